"""A person's own detail, written by the user about them ("her question about churn"), turned to
address them ("your question about churn"). English only: the other languages keep the user's words.
"""
from __future__ import annotations

import re

_SUBJECT = re.compile(r"\b(he|she)(?:'s)?\b(\s+)([A-Za-z]+)?", re.IGNORECASE)
_POSSESSIVE_OR_OBJECT = re.compile(r"\b(his|her|him|himself|herself)\b(\s+[A-Za-z-]+)?", re.IGNORECASE)
_NOT_A_NOUN = frozenset(
    "about to for with from on in at by and or but a an the that this these those how what why when "
    "if as so".split()
)
_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go"}


def to_second_person(text: str) -> str:
    """``text`` with he/she/his/her/him about the recipient turned into you/your."""
    text = _POSSESSIVE_OR_OBJECT.sub(_swap_possessive, text)
    return _SUBJECT.sub(_swap_subject, text)


def _swap_possessive(match: re.Match) -> str:
    word, after = match.group(1), match.group(2) or ""
    lowered = word.lower()
    if lowered in ("himself", "herself"):
        replacement = "yourself"
    elif lowered == "his":
        replacement = "your"
    elif lowered == "him":
        replacement = "you"
    else:  # "her": possessive before a noun, object otherwise
        follower = after.strip().lower()
        replacement = "your" if follower and follower not in _NOT_A_NOUN else "you"
    return _case(word, replacement) + after


def _swap_subject(match: re.Match) -> str:
    word, space, verb = match.group(1), match.group(2), match.group(3) or ""
    if match.group(0).lower().startswith(("he's", "she's")):
        return _case(word, "you're") + space + verb
    return _case(word, "you") + space + _plural(verb)


def _plural(verb: str) -> str:
    lowered = verb.lower()
    if lowered in _VERBS:
        return _VERBS[lowered]
    if lowered.endswith("ies") and len(lowered) > 4:
        return verb[:-3] + "y"
    if lowered.endswith(("shes", "ches", "xes", "sses", "oes")):
        return verb[:-2]
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and len(lowered) > 3:
        return verb[:-1]
    return verb


def _case(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement
