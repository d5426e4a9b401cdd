"""A note read once for all the checks: greeting, prose, signature, masked prose, languages.

The checks run on any text, including the user's own edits, so nothing here assumes the
composer's layout: the greeting is the first line when it reads like one, the signature starts
at a closing line ("Best regards,") or is the run of contact lines at the end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from providers.base import Person

from ..values import Candidate, InterviewFacts, NoteText
from ..writing.language import SUPPORTED, detect_language
from ..writing.recipients import known_name
from ..writing.textutil import html_to_text, words
from .lexicon import Lexicon, lexicon

_CONTACT = re.compile(r"@|https?://|www\.|linkedin|github|\+?\d[\d\s().-]{6,}\d|^\s*(?:tel|phone|mobile|cell)\b", re.I)
MASK = "§"


@dataclass(frozen=True)
class Reading:
    """The parts of one note that the rules look at."""

    note: NoteText
    text: str  # the whole body, apostrophes made straight
    greeting: str  # the greeting line, or "" when the note has none
    prose: str  # between greeting and closing
    signature: str  # the closing line and what follows
    masked: str  # prose with the record's names replaced by MASK
    lexicons: tuple[Lexicon, ...]
    low: str  # masked prose in lower case, what the lexicons match
    tokens: frozenset[str]  # the words of the masked prose, as written
    prose_words: tuple[str, ...]  # the words of the prose, as written

    def any(self, pattern_name: str, text: str | None = None) -> bool:
        """Whether any of the note's languages finds ``pattern_name`` in ``text`` (default: masked prose)."""
        target = self.low if text is None else text.lower()
        return any(getattr(lex, pattern_name).search(target) for lex in self.lexicons)


def read_note(note: NoteText, facts: InterviewFacts, candidate: Candidate) -> Reading:
    """Split and prepare ``note`` for the checks."""
    text = note.body_text.replace("\r\n", "\n").replace("’", "'")
    lines = text.split("\n")
    langs = _languages(note.language, text)
    lexicons = tuple(lexicon(code) for code in langs)
    start = _greeting_index(lines, lexicons)
    greeting = lines[start].strip() if start is not None else ""
    body_start = (start + 1) if start is not None else 0
    end = _signature_index(lines, body_start, lexicons, candidate)
    prose = "\n".join(lines[body_start:end]).strip()
    signature = "\n".join(lines[end:]).strip()
    masked = mask(prose, record_names(facts, candidate))
    low = masked.lower()
    return Reading(note, text, greeting, prose, signature, masked, lexicons, low, frozenset(words(masked)),
                   tuple(words(prose)))


def _languages(declared: str, text: str) -> tuple[str, ...]:
    found = detect_language(text[:700])
    declared = declared if declared in SUPPORTED else found
    return (declared,) if found == declared else (declared, found)


def _greeting_index(lines: list[str], lexicons: tuple[Lexicon, ...]) -> int | None:
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        lowered = stripped.lower()
        if any(lex.greeting.match(lowered) or lex.generic_greeting.match(lowered) for lex in lexicons):
            return index
        short = len(stripped.split()) <= 8 and stripped.endswith((",", ":"))
        return index if short else None
    return None


def _signature_index(lines: list[str], start: int, lexicons: tuple[Lexicon, ...], candidate: Candidate) -> int:
    for index in range(start, len(lines)):
        line = lines[index].strip().lower()
        if line and any(lex.closing.match(line) for lex in lexicons):
            return index
    end = len(lines)
    name = candidate.name.strip().lower()
    while end > start:
        line = lines[end - 1].strip()
        if line and not _CONTACT.search(line) and line.lower() != name:
            break
        end -= 1
    return end


def record_names(facts: InterviewFacts, candidate: Candidate) -> tuple[str, ...]:
    """Names from the interview record and the user, longest first (for masking)."""
    people = (*facts.people, *([facts.organizer] if facts.organizer else []))
    return _record_names(facts.company or "", facts.role or "", candidate.name,
                         tuple((p.name, p.email) for p in people))


@lru_cache(maxsize=1024)
def _record_names(company: str, role: str, author: str, people: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    names = {company, role, author}
    for raw, email in people:
        name = known_name(Person(email, raw))
        names.update((name, " ".join(raw.split()) if "@" not in raw else ""))
        names.update(part for part in name.split() if len(part) > 2)
    return tuple(sorted((n for n in names if n.strip()), key=len, reverse=True))


def mask(text: str, names: tuple[str, ...]) -> str:
    """``text`` with every exact occurrence of ``names`` replaced by ``MASK``."""
    for name in names:
        if name in text:
            text = text.replace(name, MASK)
    return text


@lru_cache(maxsize=128)
def invitation_words(title: str, description: str, location: str) -> frozenset[str]:
    """The words of the invitation: what the note may repeat without it being a memorable detail."""
    text = f"{title}\n{html_to_text(description, 4000)}\n{location}".lower()
    return frozenset(re.findall(r"[^\W\d_]+", text))
