"""What the etiquette checks look for, one module per language.

Patterns are matched against a note's text in lower case, with apostrophes made straight and
the record's names (person, company, role, the user) masked out, so a company called "Gift Card Co" or a
role called "Call Center Lead" is never mistaken for a gift or a call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Lexicon:
    """The words and phrases that each rule recognises in one language."""

    code: str
    thanks: re.Pattern  # P1
    interest: re.Pattern  # P3, job interviews
    advice: re.Pattern  # P3, informational interviews
    next_steps: re.Pattern  # P4, job interviews
    own_step: re.Pattern  # P4, informational interviews
    call_or_text: re.Pattern  # C3
    gift: re.Pattern  # C4
    generic_greeting: re.Pattern  # F2: "To whom it may concern"
    greeting: re.Pattern  # a greeting word at the start of a line
    group: re.Pattern  # F1: "all", "team", "everyone" after a greeting word
    conjunction: re.Pattern  # F1: "Priya and Leo"
    slang: re.Pattern  # F5
    casual_greeting: re.Pattern  # F5
    closing: re.Pattern  # a closing line such as "Best regards,"
    stopwords: frozenset[str]
    generic: frozenset[str]  # words any note may use: none of them makes a detail specific
    subject_example: str


def words_of(text: str) -> frozenset[str]:
    """A word set from a space-separated literal."""
    return frozenset(text.split())


def rx(pattern: str) -> re.Pattern:
    """A lexicon pattern: written in lower case, matched against lower-cased text (much faster
    than a case-insensitive pattern). Alternatives of words are tried only at word starts."""
    return re.compile(_at_word_start(pattern))


def _at_word_start(pattern: str) -> str:
    """``(?:\\bgift|flowers)`` as ``\\b(?:gift|flowers)``: one word-boundary test per position
    instead of one per alternative, several times faster on a note's length of text."""
    inner = pattern[3:-1] if pattern.startswith("(?:") and len(_alternatives(pattern)) == 1 else pattern
    if inner.startswith("(?:") and inner.endswith(")") and len(_alternatives(inner)) == 1:
        return pattern
    alternatives = _alternatives(inner)
    if any(alt.startswith(("^", "\\s", ",", ".", "\\w")) or not alt for alt in alternatives):
        return pattern
    return r"\b(?:" + "|".join(alt[2:] if alt.startswith(r"\b") else alt for alt in alternatives) + ")"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    parts, current, depth, i = [], "", 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current += pattern[i:i + 2]
            i += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*parts, current]


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of ``code`` (en, de, fr, es); English for anything else."""
    from . import de, en, es, fr

    return {"en": en.LEXICON, "de": de.LEXICON, "fr": fr.LEXICON, "es": es.LEXICON}.get(code, en.LEXICON)
