"""What detection knows about one event, computed once: the texts, who the user is, who else
is there, and which words were found where."""
from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable

from ..base import CalendarEvent, Person
from .scanner import Vocabulary, fold
from .systems import FREEMAIL, is_calendar_address, system_of_domain

MAX_SCANNED = 4000  # the first few thousand characters say what a meeting is; the rest is boilerplate
_LOCAL_PARTS = re.compile(r"[a-z]{3,}")
_NOT_NAMES = frozenset(
    "jobs job mail email work career careers resume cv pro official contact hello info the and".split()
)
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(:\-–—]))(?:'[^']+'|\"[^\"]+\"|“[^”]+”|‘[^’]+’|«[^»]+»|„[^“”]+[“”]|「[^」]+」|『[^』]+』)"
    r"(?=$|[\s).,:;!?\-–—])"
)


class EventFacts:
    """One event as detection sees it."""

    def __init__(self, event: CalendarEvent, me: Iterable[str], vocabulary: Vocabulary):
        self.event = event
        self.mine = frozenset(address.strip().lower() for address in me)
        self.title = event.title.strip()
        self.title_f = fold(self.title)
        self.description = event.description[:MAX_SCANNED]
        self.text_f = fold(self.description)
        self.title_hits = vocabulary.scan(self.title_f)
        self.text_hits = vocabulary.scan(self.text_f) if self.text_f else {}
        organizer = event.organizer
        self.organizer_is_me = organizer is not None and organizer.email in self.mine
        self.organizer = organizer if organizer is not None and not self.organizer_is_me else None
        self.me_attending = next((p for p in event.attendees if p.email in self.mine), None)
        self.others = tuple(p for p in event.attendees if p.email not in self.mine)
        self.vocabulary = vocabulary

    def hit(self, tag: str) -> str | None:
        """The phrase that carried ``tag`` in the title, else in the description."""
        return self.title_hits.get(tag) or self.text_hits.get(tag)

    @cached_property
    def my_domains(self) -> frozenset[str]:
        """The user's own organisation domains (free-mail providers are nobody's organisation)."""
        return frozenset(d for d in (a.rpartition("@")[2] for a in self.mine) if d and d not in FREEMAIL)

    @cached_property
    def my_names(self) -> tuple[str, ...]:
        """The user's names as written on the invitation, folded."""
        people = (self.event.organizer, *self.event.attendees)
        return tuple({fold(p.name) for p in people if p and p.email in self.mine and p.name and "@" not in p.name})

    @cached_property
    def my_name_words(self) -> frozenset[str]:
        """Words of the user's name, from the invitation and from the address itself."""
        words = {w for name in self.my_names for w in re.findall(r"\w{2,}", name)}
        for address in self.mine:
            words.update(w for w in _LOCAL_PARTS.findall(address.partition("@")[0]) if w not in _NOT_NAMES)
        return frozenset(words)

    def names_me(self, text_f: str) -> bool:
        """True when folded ``text_f`` contains the user's name."""
        if any(name and name in text_f for name in self.my_names):
            return True
        words = set(re.findall(r"\w+", text_f))
        own = [w for w in self.my_name_words if len(w) > 2]
        return len(own) >= 2 and sum(w in words for w in own) >= 2

    @cached_property
    def unquoted_title_f(self) -> str:
        """The folded title without quoted spans (film and book titles are quoted)."""
        return _QUOTED.sub(" ", self.title_f)

    @cached_property
    def outside_people(self) -> tuple[Person, ...]:
        """Organizer and attendees who are not the user and not a system or calendar address."""
        people = [p for p in (self.organizer, *self.others) if p is not None]
        return tuple(p for p in people if not is_calendar_address(p.domain) and system_of_domain(p.domain) is None)

    @cached_property
    def company_domains(self) -> tuple[str, ...]:
        """Domains of other organisations on the event, the organizer's first."""
        seen: dict[str, None] = {}
        for person in self.outside_people:
            domain = person.domain
            if domain and domain not in FREEMAIL and domain not in self.my_domains:
                seen.setdefault(domain, None)
        return tuple(seen)

    @property
    def minutes(self) -> float:
        """How long the event lasts, in minutes."""
        return self.event.duration.total_seconds() / 60
