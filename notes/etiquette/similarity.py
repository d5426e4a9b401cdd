"""How alike two notes are: Jaccard similarity of their word trigrams (ETIQUETTE F1).

Two notes of a panel that differ only in the name score close to 1; notes whose personal lines
differ score well below ``LIMIT``.
"""
from __future__ import annotations

import re

LIMIT = 0.6
_WORD = re.compile(r"\w+")


def trigrams(text: str) -> frozenset[tuple[str, str, str]]:
    """The set of consecutive word triples of ``text``, in lower case."""
    tokens = _WORD.findall(text.lower())
    return frozenset(zip(tokens, tokens[1:], tokens[2:], strict=False))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity (0..1) of the word trigrams of ``a`` and ``b``."""
    return trigram_similarity(trigrams(a), trigrams(b))


def trigram_similarity(a: frozenset, b: frozenset) -> float:
    """Jaccard similarity of two trigram sets; two empty texts are identical."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)
