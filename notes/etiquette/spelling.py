"""Names spelled as in the interview record (ETIQUETTE F3).

A mention that folds to the same letters as a recorded name but is written differently
("northwind traders", "Lucia" for "Lucía"), or a capitalised near miss ("Pria", "Contosso"), is a
misspelling. Lower-case single words are left alone: a company called "Next" or "Target" must
not turn "next steps" into a finding. A role may differ in case ("data analyst").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..writing.textutil import fold

_TOKEN = re.compile(r"\w(?:[\w'’.&-]*\w)?")
_EDGE = ".-'’&"


@dataclass(frozen=True)
class Name:
    """A recorded name to look for: its spelling, its kind and its tokens."""

    spelling: str
    kind: str  # person | company | role
    tokens: tuple[str, ...]
    folded: tuple[str, ...]


@lru_cache(maxsize=1024)
def recorded(spelling: str, kind: str) -> Name | None:
    """The ``Name`` for ``spelling``, or None when it has nothing to look for."""
    tokens = tuple(_clean(t) for t in _TOKEN.findall(spelling))
    tokens = tuple(t for t in tokens if t)
    if not tokens:
        return None
    return Name(spelling, kind, tokens, tuple(fold(t) for t in tokens))


def _clean(token: str) -> str:
    token = token.replace("’", "'").strip(_EDGE)
    return token[:-2] if token.endswith("'s") else token


def misspelled(text: str, names: list[Name], exempt: frozenset[str] = frozenset()) -> list[tuple[Name, str]]:
    """(name, how the text writes it) for each mention of ``names`` not spelled as recorded.

    A near miss that is a word of ``exempt`` (folded: other names on the record, the language's
    own words such as "Beste" beside "Beate") is not a misspelling."""
    text = text.replace("’", "'")
    by_prefix: dict[str, list[Name]] = {}
    for name in names:
        by_prefix.setdefault(name.folded[0][:2], []).append(name)
    found: dict[tuple[str, str], tuple[Name, str]] = {}
    for match in _word_starts(tuple(sorted(by_prefix))).finditer(text):
        first = _clean(match.group())
        for name in by_prefix.get(fold(first)[:2], ()):
            written = _written(name, first, text, match.start())
            if written is not None and not _exempt(name, written, exempt):
                found.setdefault((name.spelling, " ".join(written)), (name, " ".join(written)))
    return list(found.values())


def _exempt(name: Name, written: tuple[str, ...], exempt: frozenset[str]) -> bool:
    folded = tuple(fold(t) for t in written)
    return folded != name.folded and (" ".join(folded) in exempt or any(
        t in exempt and t not in name.folded for t in folded))


def _written(name: Name, first: str, text: str, start: int) -> tuple[str, ...] | None:
    """The words at ``start`` when they are a wrong spelling of ``name``, else None."""
    if text.startswith(name.spelling, start) and _ends_word(text, start + len(name.spelling)):
        return None  # written exactly as recorded
    head, size = name.folded[0], len(name.tokens)
    if size > 1 and first[:1].isupper() and _JOINERS.sub("", fold(first)) == "".join(name.folded):
        return (first,)  # "Northwind-Traders", "NorthwindTraders"
    if abs(len(first) - len(head)) > 2:
        return None
    if first[:1].islower() and (size == 1 or fold(first) != head):
        return None  # a lower-case word matters only when it spells a recorded name's first word
    end = start + len(name.spelling) + 8 * size
    window = tuple(_clean(t) for t in _TOKEN.findall(_one_phrase(text, start, end), 0)[:size])
    if len(window) < size or window == name.tokens or fold(window[-1][:1]) != name.folded[-1][:1]:
        return None
    return window if _wrong(name, window, tuple(fold(t) for t in window)) else None


def _one_phrase(text: str, start: int, end: int) -> str:
    """The text from ``start`` up to the first punctuation or line break: a name is never split
    by them ("Alicia,\n\nThank you" is no spelling of "Alicia Tan")."""
    piece = text[start:end]
    cut = _PHRASE_END.search(piece)
    return piece[:cut.start()] if cut else piece


_PHRASE_END = re.compile(r"[,;:!?()\n]|\.(?:\s|$)")


@lru_cache(maxsize=4096)  # one per interview's set of names: its notes are checked again on every edit
def _word_starts(prefixes: tuple[str, ...]) -> re.Pattern:
    """Words whose first two letters fold to one of ``prefixes``, in any case, with or without
    accents. Every spelling a finding can come from starts with its name's first two letters
    (a near miss keeps them, ``_near``), so most words of a note are never looked at."""
    choices = sorted({_letter_class(p[0]) + _MARKS + "".join(_letter_class(c) for c in p[1:2]) for p in prefixes})
    return re.compile(rf"(?<![\w'.&-])(?:{'|'.join(choices)})[\w'.&-]*")


def _ends_word(text: str, end: int) -> bool:
    return end == len(text) or text[end] in _BOUNDARY


_BOUNDARY = frozenset(" \t\n,;:!?)")
_MARKS = "[\u0300-\u036f]*"  # combining accents written after a letter


def _letter_class(letter: str) -> str:
    variants = {letter, letter.upper()} | {c for c in _ACCENTED if fold(c) == letter}
    return f"[{re.escape(''.join(sorted(variants)))}]"


_ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžĆćČčŁłŚśŹźŻżĞğİıŞş"


_JOINERS = re.compile(r"[-_.'’]")


def _wrong(name: Name, window: tuple[str, ...], folded: tuple[str, ...]) -> bool:
    if window == name.tokens:
        return False
    if len(folded) > 1 and folded[:-1] == name.folded[:-1] and window[-1][:1].isupper() \
            and folded[-1] != name.folded[-1] and _common_prefix(folded[-1], name.folded[-1]) >= 4:
        return True  # "Northwind Trading" for "Northwind Traders"
    if folded == name.folded:
        if name.kind == "role" and _same_letters(window, name.tokens):
            return False
        return not (len(window) == 1 and window[0].islower())
    if not window[0][:1].isupper() or len("".join(name.folded)) < 5:
        return False
    return _near(" ".join(folded), " ".join(name.folded))


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def _same_letters(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return [t.lower() for t in a] == [t.lower() for t in b]


def _near(a: str, b: str) -> bool:
    """One or two edits apart (relative to length): a typo, not another word."""
    if a[:2] != b[:2] or a in (b + "s", b + "es"):
        return False
    allowed = 1 if len(b) < 8 else 2
    return _distance(a, b, allowed) <= allowed


def _distance(a: str, b: str, cap: int) -> int:
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > cap:
            return cap + 1
        previous = current
    return previous[-1]
