"""Plain-text helpers shared by the composer and the checks.

Invitation descriptions often arrive as HTML and user input can hold anything: markup, control
and direction-override characters, emoji, very long pastes. These helpers turn such text into
one clean line without ever interpreting it.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U00002B00-\U00002BFF\U0000FE00-\U0000FE0F"
    "\U0000200D\U000020E3\U0001F1E6-\U0001F1FF\U0000203C\U00002049]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^<>]{0,500}>")
_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/tr|/h\d)\s*/?\s*>", re.IGNORECASE)
_SCRIPT = re.compile(r"<\s*(script|style)\b[^>]*>.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_LINE_BREAK = re.compile("[\r\n\x85\u2028\u2029]")  # every kind: a line never breaks inside
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_BULLET = re.compile(r"^[\s\-*•·–—>]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NO_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)+(?!\S)")


def html_to_text(text: str, limit: int = 8000) -> str:
    """Text of a possibly-HTML description: scripts dropped, tags removed, entities decoded."""
    text = text[:limit]
    if "<" in text:
        text = _SCRIPT.sub(" ", text)
        text = _BREAK.sub("\n", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """One line of user or event text fit for a note: no markup, emoji or control characters."""
    text = html_to_text(text)
    text = EMOJI.sub("", text)
    text = _SPACE.sub(" ", _LINE_BREAK.sub(" ", text))
    return _BULLET.sub("", text).strip()


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, with inner apostrophes), in order."""
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words as a reader counts them: every whitespace-separated run holding a letter or digit."""
    return len(text.split()) - len(_NO_WORD.findall(text))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents: how two spellings are compared for near misses."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words (case-sensitive)."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = text.find(phrase, start + 1)
    return False


def capitalize_first(text: str) -> str:
    """``text`` with its first letter in upper case (the rest untouched)."""
    return text[:1].upper() + text[1:] if text else text


def trim_words(text: str, max_words: int, max_chars: int) -> tuple[str, bool]:
    """``text`` cut to whole sentences (else whole words) within the limits; and whether it was cut."""
    tokens = text.split()
    if len(tokens) <= max_words and len(text) <= max_chars:
        return text, False
    kept: list[str] = []
    size = 0
    for token in tokens:
        if len(kept) >= max_words or size + len(token) + 1 > max_chars:
            break
        kept.append(token)
        size += len(token) + 1
    cut = " ".join(kept) if kept else text[:max_chars]
    sentence_end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if sentence_end >= len(cut) // 3:
        cut = cut[: sentence_end + 1]
    return cut.rstrip(" ,;:-–—"), True
