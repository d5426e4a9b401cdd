"""Who referred the user, when an invitation says so ("referred by Jane Doe", "empfohlen von Jana Berg",
"recommandé par Claire Martin", "recomendado por Lucía Gómez").

Read after the verdict and never weighed: it changes no interview's verdict. The words before the
name are the ``[referrer]`` lists of the vocabularies (``by``); what follows them must look like a
person's name (capitalised words, a particle such as "van" or "de" between them) and not be one of
the words that name no person (``not_people``: "our careers page", "LinkedIn", "HR"). An address
written right after the name ("Jane Doe (jane@example.com)"), or the address of an attendee of that
name, goes with it. Nothing is found in "refer to the attached", "referral bonus" or "referred to HR":
none of them is followed by a person.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..base import CalendarEvent, Person
from .lexicon import LEXICON
from .scanner import fold, phrase_regex

MAX_TEXT = 4000  # a referrer is named near the top (detection reads as much); the rest is boilerplate
_BY = phrase_regex(LEXICON.phrases("referrer", "by"))
_NOT_PEOPLE = frozenset(fold(p) for p in LEXICON.phrases("referrer", "not_people"))
_TITLES = re.compile(r"(?:(?:mr|mrs|ms|miss|dr|prof|herrn?|frau|m|mme|mlle|sr|sra|srta|don|doña)\.?\s+)",
                     re.IGNORECASE)
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "das", "do", "dos", "del", "della", "di", "du",
                        "la", "le", "y", "zu", "ten", "ter", "bin", "al"})
_WORD = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*")
_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_BETWEEN_NAME_AND_ADDRESS = re.compile(r"[\s(<\[,:;\-–—]*(?:e-?mail|mail|courriel|correo)?[\s:(<\[]*", re.IGNORECASE)
MAX_NAME_WORDS = 4
_LEAD = re.compile(r"[\s:]*")  # the blanks and colon between the words before a name and the name
_GAP = re.compile(r"[ \t]*")  # the blanks between a name's words


def find_referrer(event: CalendarEvent, me: Iterable[str] = (), folded: tuple[str, str] | None = None) -> Person | None:
    """The person who referred the user, as the invitation names them; ``None`` when it names nobody.
    ``folded`` is the description's start and the title as detection folded them (``EventFacts``), so
    they are not folded again."""
    mine = {address.lower() for address in me}
    for index, text in enumerate((event.description[:MAX_TEXT], event.title.strip())):
        if not text:
            continue  # (no description: most events)
        given = folded[index] if folded is not None else None
        if given is not None and index == 1 and len(given) != len(text):
            given = None  # detection read the title without its "Fwd:"/"Re:": positions would not match
        if given is not None:
            text = text[:len(given)]
            if not text.isascii() and len(text.lower()) != len(text):
                given = None  # a letter that lower-cases to two: positions would not match
        found = _in_text(text, given, event, mine)
        if found is not None:
            return found
    return None


def _in_text(text: str, folded: str | None, event: CalendarEvent, mine: set[str]) -> Person | None:
    folded = folded if folded is not None else fold(text)
    if len(folded) != len(text):  # a letter that lower-cases to two: find in the plain lower-case text
        folded = text.lower()
    for match in _BY.finditer(folded):
        if match.end() < len(folded) and folded[match.end()].isalnum() and folded[match.end() - 1] != ":":
            continue  # "referred byline": the phrase went on into a word
        person = _named_after(text, match.end(), event, mine)
        if person is not None:
            return person
    return None


def _named_after(text: str, start: int, event: CalendarEvent, mine: set[str]) -> Person | None:
    rest = text[start:start + 200].split("\n", 1)[0]
    lead = _LEAD.match(rest).end()
    address = _ADDRESS.match(rest, lead)
    if address:  # "referred by jane.doe@example.com"
        email = address.group(0).lower().rstrip(".")
        return None if email in mine else _with_attendee_name(email, event)
    title = _TITLES.match(rest, lead)
    position = title.end() if title else lead
    words, end = _name_words(rest, position)
    if not words or fold(words[0]) in _NOT_PEOPLE or fold(" ".join(words)) in _NOT_PEOPLE:
        return None
    if words[-1].endswith(("'s", "’s")):
        return None  # "LinkedIn's matching", "Jane's team": something of theirs, not them
    name = " ".join(words)
    email = _address_after(rest, end) or _attendee_address(name, event)
    if email and email in mine:
        return None
    return Person(email=email or "", name=name)


def _name_words(text: str, position: int) -> tuple[list[str], int]:
    """The capitalised words of a name starting at ``position`` (particles allowed between them)."""
    words: list[str] = []
    end = position
    while len(words) < MAX_NAME_WORDS:
        gap = _GAP.match(text, end).end() - end if words else 0
        match = _WORD.match(text, end + gap)
        if match is None:
            break
        word = match.group(0)
        if word[0].isupper() and not word.isupper() or (word.isupper() and len(word) > 1 and words):
            words.append(word)
            end = match.end()
            continue
        if words and word in _PARTICLES and _capitalised_after(text, match.end()):
            words.append(word)
            end = match.end()
            continue
        break
    while words and words[-1] in _PARTICLES:
        words.pop()
    if words and words[0].isupper():  # "HR", "IBM": an acronym names no person
        return [], position
    return words, end


def _capitalised_after(text: str, end: int) -> bool:
    """Whether particles ("van der") lead on to a capitalised word: part of a name."""
    while end < len(text) and text[end] == " ":
        following = _WORD.match(text, end + 1)
        if following is None:
            return False
        word = following.group(0)
        if word[0].isupper():
            return True
        if word not in _PARTICLES:
            return False
        end = following.end()
    return False


def _address_after(text: str, end: int) -> str | None:
    between = _BETWEEN_NAME_AND_ADDRESS.match(text, end)
    address = _ADDRESS.match(text, between.end())
    return address.group(0).lower().rstrip(".") if address else None


def _attendee_address(name: str, event: CalendarEvent) -> str | None:
    wanted = fold(name)
    for person in (*event.attendees, *((event.organizer,) if event.organizer else ())):
        if person.name and fold(person.name) == wanted:
            return person.email.lower()
    return None


def _with_attendee_name(email: str, event: CalendarEvent) -> Person:
    for person in (*event.attendees, *((event.organizer,) if event.organizer else ())):
        if person.email.lower() == email and person.name and "@" not in person.name:
            return Person(email=email, name=person.name)
    return Person(email=email, name="")
