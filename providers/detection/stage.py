"""The stage of an interview ("phone screen", "final"...) and whether it happens by video, phone or on site."""
from __future__ import annotations

import re

from .facts import EventFacts

_STAGE_MODES = {"phone screen": "phone", "video": "video", "onsite": "onsite"}


def find_stage(facts: EventFacts, informational: bool) -> str | None:
    """The interview's stage ("phone screen", "final"...), title first."""
    for hits in (facts.title_hits, facts.text_hits):
        for tag in hits:
            if tag.startswith("stage="):
                return tag[6:]
    return "informational" if informational else None


_ADDRESS = re.compile(r"\d+\s+\w+|\b(?:st|street|ave|avenue|road|rd|blvd|straße|strasse|rue|calle|via|straat"
                      r"|floor|suite|building|hq|office|campus)\b", re.IGNORECASE)


def find_mode(facts: EventFacts, stage: str | None) -> str | None:
    """``video``, ``phone`` or ``onsite`` when the event makes it evident."""
    for tag in facts.title_hits:
        if tag.startswith("mode="):
            return tag[5:]
    if stage in _STAGE_MODES:
        return _STAGE_MODES[stage]
    if facts.event.conference_url:
        return "video"
    for tag in facts.text_hits:
        if tag.startswith("mode="):
            return tag[5:]
    location = facts.event.location
    if location and _ADDRESS.search(location):
        return "onsite"
    return None
