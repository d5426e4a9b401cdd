"""A German bookkeeper's title compounded with its field ("Lohnbuchhalterin", "Finanzbuchhalter") is a role.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_bookkeepers_title_compounded_with_its_field_is_the_role():
    hr = person("bewerbung@eifelbau.example", "Personalabteilung Eifelbau")
    found = detect(event("Vorstellungsgespräch – Eifelbau GmbH",
                         "vielen Dank für Ihre Bewerbung als Lohnbuchhalterin (m/w/d). Wir freuen uns auf Sie.",
                         organizer=hr, attendees=(hr,), minutes=60), [ME])
    assert found.interview
    assert found.role == "Lohnbuchhalterin"
