"""The user's note gives two people at a company with their addresses; one address is a lone first name ("ana@")
written right after that person's full name ("Ana Ruiz ana@..."): the note names them, so they are met too.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_first_name_address_after_the_full_name_is_someone_met():
    found = detect(event("Interview Bluefin Studio 11am",
                         "Tom Price (creative director) t.price@bluefinstudio.example said art lead Ana Ruiz "
                         "ana@bluefinstudio.example joins too. Bring the portfolio.",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"t.price@bluefinstudio.example", "ana@bluefinstudio.example"}
