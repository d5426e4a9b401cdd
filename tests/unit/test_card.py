"""The printable handwritten card: an HTML page with print styles, and a PDF read back with pypdf."""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from notes.values import Candidate, InterviewFacts
from notes.writing.card import card_html, card_pdf, envelope_lines
from notes.writing.compose import compose_notes
from providers.base import Person

END = datetime(2026, 3, 23, 11, 45, tzinfo=UTC)
LUCIA = Person("lucia.fernandez@woodgrovebank.es", "Lucía Fernández", "accepted")
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+34 600 123 456")
FACTS = InterviewFacts(
    title="Entrevista de trabajo - Analista Financiero, Woodgrove Bank", company="Woodgrove Bank",
    role="Analista Financiero", stage=None, kind="job", start=END - timedelta(minutes=45), end=END,
    people=(LUCIA,), location="Woodgrove Bank, Paseo de la Castellana 81, 28046 Madrid",
)


def card(facts=FACTS, details="Lucía: la migración del sistema de riesgos a la nube", candidate=ME):
    drafts = compose_notes(facts, candidate, details)
    return next(d for d in drafts if d.channel == "handwritten")


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_the_card_page_is_printable_on_a_card():
    page = card_html(card(), "Woodgrove Bank")
    assert page.startswith("<!doctype html>") and '<html lang="es">' in page
    assert "@page { size: 148mm 105mm" in page and "@media print" in page
    assert "Lucía Fernández" in page and "migración del sistema de riesgos" in page
    assert "Escriba la tarjeta para Lucía Fernández y envíela hoy por correo" in page  # T3, on screen only
    assert "Paseo de la Castellana 81" in page


def test_the_card_page_escapes_everything():
    hostile = replace(LUCIA, name='Lucía <script>alert(1)</script>')
    facts = replace(FACTS, people=(hostile,), location='<img src=x onerror=alert(1)> 12 Main St, Springfield')
    page = card_html(card(facts), '<b>Bank</b>')
    assert "<script>" not in page and "<img" not in page and "<b>Bank" not in page
    assert "&lt;script&gt;" in page


def test_the_pdf_holds_the_notes_words_and_the_envelope():
    data = card_pdf(card(), "Woodgrove Bank")
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (148, 105)
    front, envelope = pdf_text(data)
    flat = " ".join(front.split())
    for words in ("Hola, Lucía", "migración del sistema de riesgos", "Analista Financiero", "Woodgrove Bank",
                  "Alex Rivera", "alex.rivera.jobs@gmail.com"):
        assert words in flat, flat
    assert "Paseo de la Castellana 81" in envelope and "Lucía Fernández" in envelope


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_every_language_renders(lang):
    data = card_pdf(card(candidate=replace(ME, language=lang, channel="handwritten")))
    assert "Analista Financiero" in " ".join(pdf_text(data)[0].split())


def test_without_an_address_there_is_no_envelope_page():
    draft = card(replace(FACTS, location="https://zoom.us/j/123"))
    assert envelope_lines(draft) == [] and len(PdfReader(io.BytesIO(card_pdf(draft))).pages) == 1


def test_a_long_card_still_fits_on_one_page():
    draft = card(details="Lucía: " + "la arquitectura de datos de riesgos " * 40)
    assert len(PdfReader(io.BytesIO(card_pdf(draft))).pages) == 2


LONG = ("Dear Lucía,\n\n" + "Thank you for walking me through the risk platform and its move to the cloud. " * 16
        + "\n\nWith best wishes,\nAlex Rivera")


def test_the_printable_page_shrinks_the_type_of_a_long_note_to_fit_the_card():
    from notes.writing.card import html_type_size

    assert html_type_size(card().body_text) == 10.5
    assert 6.5 <= html_type_size(LONG) < 10.5
    assert 'style="font-size: ' in card_html(replace(card(), body_text=LONG))


def test_a_pdf_note_too_long_for_one_card_runs_on_to_another_and_loses_nothing():
    endless = "Dear Lucía,\n\n" + "\n".join(f"Line {n} of a very long note." for n in range(1, 121)) + "\nAlex"
    draft = replace(card(FACTS), body_text=endless, mailing_address="")
    pages = pdf_text(card_pdf(draft))
    assert len(pages) >= 2
    for page in PdfReader(io.BytesIO(card_pdf(draft))).pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert tuple(round(points / 72 * 25.4) for points in size) == (148, 105)
    assert "Line 1 " in pages[0] and "Alex" in pages[-1] and "Alex" not in pages[0]
