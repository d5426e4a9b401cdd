"""The wordings of the notes of thanks for help, one module per language.

A kind's wording has slots: the thanks that names the help (``for_help`` after "for", when the help
reads as a noun phrase or a gerund; ``that_help`` for a clause; ``colon`` for anything else, after a
colon), what the help means to the user (``meaning``) and the last lines (``after``: a promise to say
how it went, the user's own next step, or thanks again; never a new request).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..phrases import phrasebook
from ..textutil import words


@dataclass(frozen=True)
class KindWords:
    """The wording of one kind of thanks in one language."""

    subject: str
    for_help: tuple[str, ...]  # "Thank you so much for {d}." ({d}: a noun phrase or a gerund)
    that_help: tuple[str, ...]  # "I am so grateful that {d}." ({d}: a clause)
    colon: tuple[str, ...]  # "Thank you so much for the referral: {d}." ({d}: anything)
    meaning: tuple[str, ...]
    after: tuple[str, ...]


@dataclass(frozen=True)
class ThanksBook:
    """Every wording of the notes of thanks in one language; greetings and closings are the
    language's own (``notes.writing.phrases``)."""

    code: str
    kinds: dict[str, KindWords]
    you: str = ""  # put before a help that starts with a verb ("referred me ..." -> "you referred me ...")
    past_verbs: frozenset[str] = frozenset()  # verbs a help may start with ("referred", "spoke")
    gerund_suffix: str = ""  # a help starting with such a word reads after "for" ("referring me ...")


@cache
def thanks_book(code: str) -> ThanksBook:
    """The wordings of ``code`` (en, de, fr, es); English for anything else."""
    from . import de, en, es, fr

    books = {"en": en.BOOK, "de": de.BOOK, "fr": fr.BOOK, "es": es.BOOK}
    return books.get(code, en.BOOK)


@cache
def thanks_words(code: str) -> frozenset[str]:
    """Every word the notes of thanks can write themselves in ``code``: none of them names the help."""
    book = thanks_book(code)
    texts = [kind.subject for kind in book.kinds.values()]
    for kind in book.kinds.values():
        for options in (kind.for_help, kind.that_help, kind.colon, kind.meaning, kind.after):
            texts.extend(options)
    language = phrasebook(code)
    texts += [*language.greeting, *language.closing, language.greeting_bare]
    found = {part for word in words(" ".join(texts).lower()) for part in (word, *word.split("'"))}
    return frozenset(found - {"d"})
