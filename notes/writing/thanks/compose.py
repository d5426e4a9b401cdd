"""One note of thanks for help: the person greeted by name, the help the user names, what it means
to the user, a last line that fits the kind (a promise to say how it went, the user's own next step,
thanks again) and the user's signature.

The help is the user's own words. In English it reads after "for" when it is a noun phrase or a
gerund ("referring me to Ana"), after "that" when it is a clause ("you spoke to the hiring manager";
"referred me ..." and "Maria referred me ..." to Maria become "you referred me ..."), and after a
colon otherwise; in the other languages always after a colon, where any phrase reads well.
Wordings are picked deterministically from the kind, the person and the help.
"""
from __future__ import annotations

import hashlib
import re

from providers.base import Person

from ...values import Candidate, Draft
from ..compose import render_html
from ..phrases import phrasebook
from ..recipients import greeting_names
from ..sentences import greeting_form, signature_lines
from ..textutil import trim_words
from .book import KindWords, ThanksBook, thanks_book

MAX_HELP_WORDS = 60
GREETING, HELP, MEANING, AFTER, CLOSING = range(5)
_PRONOUNS = frozenset(("he", "she", "they"))
_VERBS = {"was": "were", "is": "are", "has": "have", "does": "do", "wasn't": "weren't", "isn't": "aren't"}
_THEIR = re.compile(r"\b(?:his|their)\b", re.IGNORECASE)


def compose_thanks(kind: str, person: Person, help_text: str, candidate: Candidate, language: str) -> Draft:
    """The email note thanking ``person`` for ``help_text`` (a ``NoteKind`` of ``HELP``), in
    ``language``. Deterministic: the same input gives the same note."""
    book = thanks_book(language)
    words = book.kinds[kind]
    digest = hashlib.sha256(f"{kind}|{person.email.lower()}|{help_text}".encode("utf-8", "replace")).digest()
    first = " ".join([help_sentence(book, words, person, help_text, digest), _pick(digest, MEANING, words.meaning)])
    closing = _pick(digest, CLOSING, phrasebook(book.code).closing)
    lines = [_greeting(book, person, digest), "", first, "", _pick(digest, AFTER, words.after), "", closing,
             *signature_lines(candidate)]
    text = "\n".join(lines)
    return Draft(to=person, channel="email", language=book.code, subject=words.subject, body_text=text,
                 body_html=render_html(text))


def help_sentence(book: ThanksBook, words: KindWords, person: Person, help_text: str, digest: bytes) -> str:
    """The sentence that thanks for the help, in the user's words."""
    help_text = " ".join(help_text.split()).rstrip(" .!;,:")
    help_text = trim_words(help_text, MAX_HELP_WORDS, 12 * MAX_HELP_WORDS)[0].rstrip(" .!;,:…")
    if book.you:
        clause = _as_clause(book, person, help_text)
        if clause is not None and words.that_help:
            return _pick(digest, HELP, words.that_help).format(d=clause)
        if _is_noun_phrase(book, help_text) and words.for_help:
            return _pick(digest, HELP, words.for_help).format(d=help_text)
    return _pick(digest, HELP, words.colon).format(d=help_text)


def _as_clause(book: ThanksBook, person: Person, help_text: str) -> str | None:
    """The help as a clause addressed to ``person`` ("you referred me ..."), or None."""
    tokens = help_text.split(" ")
    first = tokens[0].lower().strip(",")
    name = (person.name or "").split()
    if name and help_text.lower().startswith(" ".join(name).lower() + " "):
        return _second_person(book.you, help_text[len(" ".join(name)) + 1:])
    if name and first == name[0].lower() and len(tokens) > 1:
        return _second_person(book.you, " ".join(tokens[1:]))
    if first in _PRONOUNS and len(tokens) > 1:
        return _second_person(book.you, " ".join(tokens[1:]))
    if first == book.you:
        return book.you + help_text[len(tokens[0]):]
    if first in book.past_verbs:
        return f"{book.you} {help_text}"
    return None


def _second_person(you: str, rest: str) -> str:
    verb, _, tail = rest.partition(" ")
    verb = _VERBS.get(verb.lower(), verb)
    return " ".join(part for part in (you, verb, _THEIR.sub("your", tail)) if part)


def _is_noun_phrase(book: ThanksBook, help_text: str) -> bool:
    first = help_text.split(" ")[0].lower()
    gerund = bool(book.gerund_suffix) and first.endswith(book.gerund_suffix) and len(first) > 4
    return gerund or first in phrasebook(book.code).determiners


def _greeting(book: ThanksBook, person: Person, digest: bytes) -> str:
    language = phrasebook(book.code)
    names = greeting_names(person)
    if names is None:
        return language.greeting_bare
    first, full = names
    return greeting_form(language, False, digest, [person]).format(first=first, full=full)


def _pick(digest: bytes, slot: int, options: tuple[str, ...]) -> str:
    return options[digest[slot] % len(options)]
