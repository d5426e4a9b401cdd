"""The printable handwritten card (ETIQUETTE C2, T3): an HTML page with print styles, or a PDF.

The card is A6 landscape (148 × 105 mm), the size of a standard note card, in print (``@page``)
and in the PDF; a second page holds the envelope address when the invitation gave one. The type
shrinks until the note fits on the card, and a note too long even then runs on to another card
rather than being cut. The page carries the reminder to write and mail the card today, shown on
screen and left off the print.
"""
from __future__ import annotations

import html
import io
from functools import cache
from pathlib import Path

from ..values import Draft
from .compose import draft_nudge
from .recipients import known_name

CARD_MM = (148, 105)
_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)
_STYLE = """
@page { size: 148mm 105mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f1ea; color: #1d2a44; }
.sheet { width: 148mm; min-height: 105mm; margin: 8mm auto; padding: 9mm 11mm; background: #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.2); break-after: page; }
.sheet:last-child { break-after: auto; }
.card { font-size: 10.5pt; }
.card p { margin: 0 0 2.2mm; font-family: "Segoe Script", "Bradley Hand", "Comic Neue", cursive; line-height: 1.35; }
.envelope { display: flex; align-items: center; justify-content: center; text-align: left;
  font: 12pt/1.5 Georgia, serif; }
.howto { max-width: 148mm; margin: 6mm auto 0; font: 10pt/1.4 system-ui, sans-serif; }
@media print {
  body { background: none; }
  .sheet { margin: 0; box-shadow: none; }
  .howto { display: none; }
}
"""


def card_html(draft: Draft, company: str = "") -> str:
    """A printable HTML page of the card, with its envelope address when known; all text escaped."""
    name = known_name(draft.to) or draft.to.display_name()
    howto = "".join(f"<p>{html.escape(line)}</p>" for line in draft_nudge(draft))
    paragraphs = [p for p in draft.body_text.split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.strip("\n").split("\n")) + "</p>" for p in paragraphs
    )
    size = html_type_size(draft.body_text)
    pages = [f'<section class="sheet card" dir="auto" style="font-size: {size:g}pt">{body}</section>']
    address = envelope_lines(draft, company)
    if address:
        lines = "<br>".join(html.escape(line) for line in address)
        pages.append(f'<section class="sheet envelope" dir="auto"><div>{lines}</div></section>')
    return (
        f'<!doctype html>\n<html lang="{html.escape(draft.language)}"><head><meta charset="utf-8">'
        f"<title>{html.escape(draft.subject or 'Card')} — {html.escape(name)}</title>"
        f"<style>{_STYLE}</style></head><body>"
        f'<div class="howto" dir="auto">{howto}</div>{"".join(pages)}</body></html>'
    )


def envelope_lines(draft: Draft, company: str = "") -> list[str]:
    """Recipient, company and postal address for the envelope; empty when the address is unknown."""
    if not draft.mailing_address:
        return []
    name = known_name(draft.to) or draft.to.display_name()
    parts = [part.strip() for part in draft.mailing_address.split(",")]
    if company and parts and parts[0].lower().startswith(company.lower()):
        company = ""
    lines = [name, company, *parts]
    return [line for line in lines if line]


def card_pdf(draft: Draft, company: str = "") -> bytes:
    """The card as a PDF (A6 landscape), with an envelope page when the address is known."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    font = _font()
    buffer = io.BytesIO()
    size = (CARD_MM[0] * mm, CARD_MM[1] * mm)
    pdf = canvas.Canvas(buffer, pagesize=size, pageCompression=1)
    pdf.setTitle(draft.subject or "Card")
    pdf.setAuthor("Afterview")
    _draw_text(pdf, font, draft.body_text, size, margin=10 * mm)
    address = envelope_lines(draft, company)
    if address:
        pdf.showPage()
        _draw_text(pdf, font, "\n".join(address), size, margin=30 * mm, largest=13)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _fit(text: str, width: float, height: float, largest: float, leading: float, gap: float = 0.0,
         smallest: float = 6.0) -> tuple[float, list[str]]:
    """The largest type size (points, in halves) at which ``text`` wrapped to ``width`` fills at
    most ``height`` (``gap``: extra space between paragraphs), and its lines."""
    from reportlab.lib.utils import simpleSplit

    font, font_size = _font(), largest
    while True:
        lines = []
        for line in text.split("\n"):
            lines.extend(simpleSplit(line, font, font_size, width) or [""])
        paragraphs = text.count("\n\n")
        if len(lines) * font_size * leading + paragraphs * gap <= height or font_size <= smallest:
            return font_size, lines
        font_size -= 0.5


def html_type_size(text: str) -> float:
    """The type size of the printable page: the note's lines measured as the PDF measures them,
    a tenth narrower for a handwriting font, on the card inside its padding (11 × 9 mm)."""
    from reportlab.lib.units import mm

    width, height = (CARD_MM[0] - 22) * mm * 0.9, (CARD_MM[1] - 18) * mm
    size, _lines = _fit(text, width, height, largest=10.5, leading=1.35, gap=2.2 * mm, smallest=6.5)
    return size


def _draw_text(pdf, font: str, text: str, size: tuple[float, float], margin: float, largest: float = 11) -> None:
    """Wrap ``text`` into the page, shrinking the type until it fits."""
    width, height = size[0] - 2 * margin, size[1] - 2 * margin
    font_size, lines = _fit(text, width, height, largest, leading=1.3)
    leading = font_size * 1.3
    y = size[1] - margin - font_size
    pdf.setFont(font, font_size)
    for line in lines:
        if y < margin - leading / 2:  # too long even in the smallest type: on to another card, never cut
            pdf.showPage()
            pdf.setFont(font, font_size)
            y = size[1] - margin - font_size
        pdf.drawString(margin, y, line)
        y -= leading


@cache
def _font() -> str:
    """A Unicode TrueType font: DejaVu Sans when installed, else Vera (shipped with ReportLab)."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    bundled = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    path = next((Path(p) for p in _FONT_CANDIDATES if Path(p).exists()), bundled)
    pdfmetrics.registerFont(TTFont("AfterviewCard", str(path)))
    return "AfterviewCard"
