"""The role an interview is for, its stage, and whether it happens by video, phone or on site.

The role comes first from a labelled line ("Role: ..."), then from phrases that frame it ("for the
Data Analyst role", "pour le poste de ..."), then from a part of the title (or of a short line in
the description) headed by a job word, once the company, the user's name, requisition ids and
interview words are taken out.
"""
from __future__ import annotations

import re

from .facts import EventFacts
from .role_words import has_role_word
from .systems import REQUISITION

_LABELLED = re.compile(
    r"(?:^|[\n|•·;]|\.\s)\s*(?:role|position|job title|job|opening|vacancy|poste|stelle|puesto|cargo|vaga"
    r"|posizione|ruolo|functie|vacature|rol|職種|募集職種|ポジション)\s*[:：]\s*(?P<role>[^\n|]{2,80})",
    re.IGNORECASE,
)
_STOP = r"(?=\s+(?:at|with|in|on|for|@|bei|chez|en|na|no|presso|bij|und|and|et|y|e)\b|\s*[-–—|.,;:()\n!?]|$)"
# a role's words, never running over an article or "for"/"about" that starts another phrase
_WORDS = r"(?P<role>(?:(?!\b(?:the|this|our|your|an?|for|about)\s)[^.,;:()\n]){2,60}?)"
_FRAMED = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:for|about|regarding|on)\s+(?:the|this|our|your|an?)\s+" + _WORDS + r"\s+"
    r"(?:role|position|opening|job|vacancy|opportunity|requisition)\b",
    r"\b(?:the|this|our|your)\s+" + _WORDS + r"\s+(?:role|position|opening|vacancy)\b",
    r"\b(?:position|role|vacancy|opening)\s+(?:of\s+|as\s+(?:an?\s+)?)?(?P<role>[^\W\d_][^.,;:()\n]{2,60}?)" + _STOP,
    r"\b(?:stelle|position)\s+als\s+(?P<role>[^.,;:()\n]{2,60}?)" + _STOP,
    r"\bposte\s+(?:de\s+|d'\s*)?(?P<role>[^.,;:()\n]{2,60}?)" + _STOP,
    r"\b(?:puesto|cargo|vacante|vaga|posición|posição)\s+(?:de\s+)?(?P<role>[^.,;:()\n]{2,60}?)" + _STOP,
    r"\b(?:posizione|ruolo)\s+(?:di\s+)?(?P<role>[^.,;:()\n]{2,60}?)" + _STOP,
    r"\b(?:functie|vacature)\s+(?:van\s+|als\s+)?(?P<role>[^.,;:()\n]{2,60}?)" + _STOP,
    r"\binterview(?:ing)?\s+for\s+(?:the\s+|an?\s+)?(?P<role>[^.,;:()\n]{2,60}?)" + _STOP,
    r"\bfor\s+(?:the\s+|an?\s+)?(?P<role>[^\W\d_][^.,;:()\n]{2,60}?)" + _STOP,
))
_SEGMENTS = re.compile(r"\s+[-–—|/@]\s+|\s*[|:：()\[\]【】]\s*|\s+<>\s+|\s+x\s+|\.\s+|\n")
_NOISE = frozenset(
    "interview interviews interviewing phone video screen screening call chat round first second third final"
    " onsite on-site panel technical virtual loop with for at the a an and role position opening job"
    " entretien d'embauche de entrevista trabajo colloquio di lavoro vorstellungsgespräch bewerbungsgespräch"
    " sollicitatiegesprek gesprek interview: für als pour para per voor bei chez en presso bij 面接".split()
)
_PUNCTUATION = " .,;:-–—|/@()[]'\"“”"


def find_role(facts: EventFacts, company: str | None) -> str | None:
    """The role named on the event, or ``None``."""
    for text in (facts.description, facts.title):
        match = _LABELLED.search(text)
        if match:
            return _clean(match.group("role"), facts, company) or None
    for text in (facts.title, facts.description[:1500]):
        for pattern in _FRAMED:
            for match in pattern.finditer(text):
                role = _clean(match.group("role"), facts, company)
                if role and _acceptable(role, facts):
                    return role
    return _from_segments(facts.title, facts, company) or _from_description(facts, company)


def _acceptable(role: str, facts: EventFacts) -> bool:
    if len(role.split()) > 8 or facts.names_me(role.lower()):
        return False
    if any(tag.startswith(("interview", "stage", "info")) for tag in facts.vocabulary.scan(role.lower())):
        return False
    return has_role_word(role)


def _clean(role: str, facts: EventFacts, company: str | None) -> str:
    role = REQUISITION.sub(" ", role)
    if company:
        role = re.sub(re.escape(company), " ", role, flags=re.IGNORECASE)
    for name in facts.my_names:
        role = re.sub(re.escape(name), " ", role, flags=re.IGNORECASE)
    words = role.split()
    while words and words[0].lower().strip(_PUNCTUATION) in _NOISE | {""}:
        words.pop(0)
    while words and words[-1].lower().strip(_PUNCTUATION) in _NOISE | {""}:
        words.pop()
    return " ".join(words).strip(_PUNCTUATION)


def _from_segments(text: str, facts: EventFacts, company: str | None) -> str | None:
    if company:
        text = re.sub(re.escape(company), " | ", text, flags=re.IGNORECASE)
    for segment in _SEGMENTS.split(text):
        if not segment or not has_role_word(segment):
            continue
        role = _clean(segment, facts, company)
        if role and _acceptable(role, facts) and not _names_someone(facts, role):
            return role
    return None


def _from_description(facts: EventFacts, company: str | None) -> str | None:
    for line in facts.description[:1500].splitlines():
        if len(line) > 120 or _names_someone(facts, line):
            continue
        role = _from_segments(line, facts, company)
        if role:
            return role
    return None


def _names_someone(facts: EventFacts, text: str) -> bool:
    lowered = text.lower()
    for person in (facts.organizer, *facts.others):
        if person and person.name and "@" not in person.name:
            first = person.name.split()[0].lower()
            if len(first) > 2 and re.search(r"\b" + re.escape(first) + r"\b", lowered):
                return True
    return False


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
