"""Text that goes into a message header Afterview writes (a subject, a recipient's name).

Event titles, names on invitations and user edits can hold line breaks of every kind (CR, LF,
NEL U+0085, U+2028, U+2029), other control characters and direction overrides. In a header, a
line break is either refused by the mail library (the message is never sent) or starts a new
header. So each of them becomes a space, direction overrides are dropped, and runs of spaces
are folded into one.
"""
from __future__ import annotations

import re
import unicodedata

_DIRECTION = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BREAKING = {"Cc", "Zl", "Zp"}  # controls (CR, LF, NEL, tab...), line and paragraph separators


def header_text(value: str | None, limit: int | None = None) -> str:
    """``value`` as one clean line, at most ``limit`` characters."""
    text = _DIRECTION.sub("", value or "")
    text = "".join(" " if unicodedata.category(ch) in _BREAKING else ch for ch in text)
    text = " ".join(text.split())
    return text[:limit] if limit else text
