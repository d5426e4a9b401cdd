"""Text that crosses the provider boundary, made safe for where it goes.

- ``html_text``: the readable text of HTML that calendars put in event descriptions (Outlook bodies,
  invitations sent by hiring systems): paragraphs and breaks kept as lines, links kept as their https
  address, scripts and styles dropped, entities decoded.
- ``header_text``: text that goes into a message header Afterview writes (a subject, a recipient's
  name). Event titles, names on invitations and user edits can hold line breaks of every kind (CR, LF,
  NEL U+0085, U+2028, U+2029), other control characters and direction overrides. In a header, a line
  break is either refused by the mail library (the message is never sent) or starts a new header. So
  each of them becomes a space, direction overrides are dropped, and runs of spaces are folded into one.
"""
from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

_DIRECTION = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BREAKING = {"Cc", "Zl", "Zp"}  # controls (CR, LF, NEL, tab...), line and paragraph separators
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table"})
_MARKUP = re.compile(
    r"<(?:p|br|b|i|u|a|div|span|strong|em|ul|ol|li|table|tr|td|h[1-6]|html|body|small|font)(?=[\s/>])[^>]{0,500}>",
    re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds HTML markup (plain text with a stray "<" does not, nor an address in angle
    brackets that starts like a tag: "Anita Ghosh <a.ghosh@...>")."""
    return "<" in text and bool(_MARKUP.search(text))


class _TextOfHtml(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("https://"):
                self.parts.append(f" {href} ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip = max(self._skip - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(content: str, limit: int = 256 * 1024) -> str:
    """The readable text of an HTML body (links kept as their https address)."""
    parser = _TextOfHtml()
    parser.feed(content[:limit])
    parser.close()
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in "".join(parser.parts).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def header_text(value: str | None, limit: int | None = None) -> str:
    """``value`` as one clean line, at most ``limit`` characters."""
    text = _DIRECTION.sub("", value or "")
    text = "".join(" " if unicodedata.category(ch) in _BREAKING else ch for ch in text)
    text = " ".join(text.split())
    return text[:limit] if limit else text
