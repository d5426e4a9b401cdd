"""The sentences notes are made of, one module per language.

Each slot of a note (greeting, thanks, memorable detail, interest, next steps, closing) has
several wordings; the composer picks one per slot deterministically, so panel notes differ.
Placeholders: ``{first}``/``{full}`` the person's name, ``{d}`` a memorable detail, ``{title}``,
``{activity}``, ``{team}`` what the invitation says, ``{when}`` the timeline, ``{step}`` the
user's next step, and the language's own references to the role and company (``refs``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..textutil import words


@dataclass(frozen=True)
class Phrasebook:
    """Every wording the composer uses in one language."""

    code: str
    greeting: tuple[str, ...]
    greeting_formal: tuple[str, ...]
    greeting_bare: str
    thanks: tuple[str, ...]
    thanks_advice: tuple[str, ...]
    detail_about: tuple[str, ...]  # a noun phrase: "about {d}"
    detail_colon: tuple[str, ...]  # any phrase or sentence after a colon
    detail_more: tuple[str, ...]
    detail_title: tuple[str, ...]
    detail_agenda: tuple[str, ...]
    detail_team: tuple[str, ...]
    detail_none: tuple[str, ...]
    detail_none_advice: tuple[str, ...]
    interest: tuple[str, ...]
    appreciation: tuple[str, ...]
    next_when: tuple[str, ...]
    next_open: tuple[str, ...]
    next_mine: tuple[str, ...]
    step_first_person: str  # the user's own step, when it starts with "I ..."
    step_other: str
    closing: tuple[str, ...]
    subject_role: str
    subject_company: str
    subject_plain: str
    subject_advice: str
    nudge: dict[str, str]
    refs: Callable[[str | None, str | None], dict[str, str]]
    determiners: frozenset[str]  # a detail starting with one of these reads as a noun phrase
    lower_first: frozenset[str]  # first words lowercased when the detail follows a colon
    step_line: re.Pattern  # a details line that is the user's own next step
    timeline_cue: re.Pattern  # words that announce when the employer will answer
    when: re.Pattern  # the time expression itself ("by Friday")
    when_capitalized: frozenset[str] = frozenset()  # words written with a capital in a timeline
    # a detail that is a clause ("we talked about pricing", "you asked about ...") reads in these;
    # an empty ``detail_colon`` means every other detail reads as a noun phrase ("about {d}")
    detail_clause: tuple[str, ...] = ()
    detail_more_clause: tuple[str, ...] = ()
    clause_starts: frozenset[str] = frozenset()


def weekday_month_pattern(weekdays: str, months: str) -> tuple[str, str]:
    """Alternations for weekday and month names, longest first."""
    return (
        "(?:" + "|".join(sorted(weekdays.split(), key=len, reverse=True)) + ")",
        "(?:" + "|".join(sorted(months.split(), key=len, reverse=True)) + ")",
    )


@cache
def phrasebook(code: str) -> Phrasebook:
    """The phrasebook of ``code`` (en, de, fr, es); English for anything else."""
    from . import de, en, es, fr

    books = {"en": en.BOOK, "de": de.BOOK, "fr": fr.BOOK, "es": es.BOOK}
    return books.get(code, en.BOOK)


@cache
def template_words(code: str) -> frozenset[str]:
    """Every word the composer itself can write in ``code``: none of them is a memorable detail."""
    book = phrasebook(code)
    texts: list[str] = [book.greeting_bare, book.step_first_person, book.step_other]
    texts += [book.subject_role, book.subject_company, book.subject_plain, book.subject_advice]
    for value in book.__dict__.values():
        if isinstance(value, tuple):
            texts.extend(v for v in value if isinstance(v, str))
        elif isinstance(value, dict):
            texts.extend(value.values())
    texts.extend(book.refs(None, None).values())
    texts.extend(book.refs("R", "C").values())
    found = {part for word in words(" ".join(texts).lower()) for part in (word, *word.split("'"))}
    return frozenset(found - {"first", "full", "d", "when", "step"})
