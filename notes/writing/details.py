"""What the user remembers, and what the invitation says, turned into material for a note.

Details are lines: ``Name: detail`` lines belong to one person (matched by full or first name,
case-insensitive), other lines to the whole interview. A line that says when the employer will
answer ("they'll get back to me by Friday") is the timeline, and a line that starts with the
user's own plan ("I'll read the book she suggested") is a next step; neither is a detail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from providers.base import Person

from .phrases import Phrasebook
from .textutil import clean_line, html_to_text, trim_words

MAX_LINES = 40
MAX_DETAIL_WORDS = 30
MAX_DETAIL_CHARS = 220
_PREFIX = re.compile(r"^(?P<name>[^:\n]{1,60}?)\s*(?::|\s[-–—]\s)\s*(?P<rest>.+)$")
HONORIFICS = frozenset(
    "mr mrs ms mx dr prof herr frau madame monsieur mme m sr sra srta don doña dott".split()
)


@dataclass
class Details:
    """The user's details sorted out: per person (by address), general, timeline and steps."""

    per_person: dict[str, list[str]] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)
    timeline: str | None = None
    steps: list[str] = field(default_factory=list)
    trimmed: bool = False

    def for_person(self, person: Person) -> tuple[list[str], bool]:
        """The details to use in ``person``'s note, and whether they are their own."""
        own = self.per_person.get(person.email, [])
        return (own, True) if own else (self.general, False)


def first_name(name: str) -> str:
    """The given name in ``name``, skipping titles such as "Dr." or "Frau"."""
    for token in name.split():
        if token.rstrip(".").lower() not in HONORIFICS:
            return token
    return name.split()[0] if name.split() else ""


def parse_details(text: str, people: list[Person], book: Phrasebook) -> Details:
    """Sort the user's details for the notes to ``people``."""
    names = _name_index(people)
    found = Details()
    for raw in (text or "").splitlines()[:MAX_LINES]:
        line = clean_line(raw)
        if not line:
            continue
        owners, rest = _owners(line, names)
        _file(found, rest, owners, book)
    return found


def _name_index(people: list[Person]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for person in people:
        name = person.name.strip() if person.name and "@" not in person.name else ""
        for key in {name.lower(), first_name(name).lower()} - {""}:
            index.setdefault(key, []).append(person.email)
    return index


def _owners(line: str, names: dict[str, list[str]]) -> tuple[list[str], str]:
    match = _PREFIX.match(line)
    if match:
        key = " ".join(match["name"].split()).lower()
        if key in names:
            return names[key], match["rest"].strip()
    return [], line


def _file(found: Details, text: str, owners: list[str], book: Phrasebook) -> None:
    if not text:
        return
    when = find_timeline(text, book)
    if when:
        found.timeline = found.timeline or when
        return
    text, cut = trim_words(text.rstrip(" .;,"), MAX_DETAIL_WORDS, MAX_DETAIL_CHARS)
    text = text.rstrip(" .;,")
    found.trimmed = found.trimmed or cut
    if book.step_line.match(text):
        found.steps.append(text)
    elif owners:
        for email in owners:
            found.per_person.setdefault(email, []).append(text)
    else:
        found.general.append(text)


def find_timeline(text: str, book: Phrasebook) -> str | None:
    """The time expression of a sentence announcing the employer's answer ("by Friday"), if any."""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n", text[:4000]):
        if book.timeline_cue.search(sentence):
            match = book.when.search(sentence)
            if match:
                return _normal_when(match.group(0), book)
    return None


def _normal_when(when: str, book: Phrasebook) -> str:
    parts = " ".join(when.split()).lower().split(" ")
    parts = [p.capitalize() if p in book.when_capitalized else p for p in parts]
    text = " ".join(parts)
    if book.code == "en" and text.startswith(("end of", "the end of")):
        text = "by " + (text if text.startswith("the") else "the " + text)
    return text


def invitation_hint(person: Person, facts_title: str, description: str, others: list[str]) -> tuple[str, str] | None:
    """What the invitation says about ``person``: ("agenda", "system design"), ("title", ...), ("team", ...)."""
    text = html_to_text(description, 4000)
    name = person.name.strip() if person.name and "@" not in person.name else ""
    if name:
        for kind, pattern in (("agenda", _AGENDA), ("title", _TITLE)):
            value = _match_about(pattern, name, text, others)
            if value:
                return kind, value
    team = _TEAM.search(f"{facts_title}\n{text}")
    if team and team.group(1).lower() not in _NOT_TEAM:
        return "team", team.group(1)
    agenda = _AGENDA_LINE.search(text)
    if agenda:
        value = clean_line(agenda.group(1)).rstrip(" .")
        if 0 < len(value.split()) <= 8:
            return "agenda", value
    return None


_INTERVIEW_WORDS = re.compile(r"interview|gespräch|entretien|entrevista|call\b|meeting", re.IGNORECASE)
_AGENDA = r"(?m)^(?:[\d:.h\s apm–-]*?)(?P<value>[^\n\d:]{{2,40}}?)\s+(?:with|mit|avec|con)\s+{name}\b"
_TITLE = r"{name}\s*(?:,\s*|\(\s*|\s[-–—]\s*)(?P<value>[^\n.;,()]{{2,40}})"
_TEAM = re.compile(r"\b(?:the|our)\s+([A-Za-z][\w-]{1,20})\s+team\b", re.IGNORECASE)
_NOT_TEAM = frozenset("whole entire hiring recruiting interview same new".split())
_AGENDA_LINE = re.compile(
    r"(?im)^\s*(?:agenda|topic|topics|thema|tagesordnung|sujet|ordre du jour|tema|temas)\s*:\s*(.{3,120})$"
)


def _match_about(pattern: str, name: str, text: str, others: list[str]) -> str | None:
    regex = re.compile(pattern.format(name=re.escape(name)), re.IGNORECASE)
    match = regex.search(text)
    if not match:
        return None
    value = " ".join(match["value"].split()).strip(" -–—:")
    if not value or len(value.split()) > 5 or _INTERVIEW_WORDS.search(value):
        return None
    if any(other and other.lower() in value.lower() for other in others):
        return None
    return value
