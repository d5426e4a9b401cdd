"""A Chilean note of a call about an opening: Chile calls an opening a "cupo" ("por el cupo de Tecnólogo
Médico"), a "Tecnólogo Médico" is a profession of its own, and "me llamará" says the person will call."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_call_note_about_a_cupo_is_an_interview():
    found = detect(event("Llamada Sr. Rojas",
                         "Laboratorio Clínico Rojas Hnos. Me llamará a las 18:00 por el cupo de Tecnólogo Médico "
                         "en la sede de Temuco. r.rojas@labrojas.cl"), [ME])
    assert found.interview
    assert found.role == "Tecnólogo Médico"


def test_a_credit_cards_cupo_is_no_opening():
    found = detect(event("Llamada banco", "Subir el cupo de la tarjeta. Me llama la ejecutiva."), [ME])
    assert not found.interview
