"""The printable card in headless Chromium: printed on card-sized pages (A6 landscape), and a long
note shrinks to fit the card instead of being cut off."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from notes.writing.card import card_html
from tests.unit.test_card import LONG, card

pytestmark = pytest.mark.browser


def printed(page, html: str) -> tuple[list[tuple[int, int]], list[list[int]], str]:
    """The page sizes (mm) Chromium prints, each sheet's content and box heights, and the text."""
    page.set_content(html)
    page.emulate_media(media="print")
    heights = page.evaluate("() => [...document.querySelectorAll('.sheet')].map(s => [s.scrollHeight, s.clientHeight])")
    reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    sizes = [(round(float(p.mediabox.width) / 72 * 25.4), round(float(p.mediabox.height) / 72 * 25.4))
             for p in reader.pages]
    return sizes, heights, " ".join(p.extract_text() for p in reader.pages)


def test_the_card_prints_on_card_sized_pages(page):
    sizes, heights, text = printed(page, card_html(card(), "Woodgrove Bank"))
    assert sizes == [(148, 105), (148, 105)]  # the card, then the envelope
    assert all(content <= box for content, box in heights)
    assert "Paseo de la Castellana 81" in text
    assert "Escriba la tarjeta" not in text  # the reminder is on screen only


def test_a_long_note_fits_on_the_card_instead_of_being_cut(page):
    sizes, heights, _text = printed(page, card_html(replace(card(), body_text=LONG), "Woodgrove Bank"))
    assert sizes == [(148, 105), (148, 105)]
    content, box = heights[0]
    assert content <= box, f"the note needs {content}px on a {box}px card: its end would be cut off"
