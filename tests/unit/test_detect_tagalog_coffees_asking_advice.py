"""Tagalog coffees: "Kape kasama si …" (a coffee with someone) asking for their advice about a career is an
informational interview; a coffee or a lunch with a friend that speaks of no advice or career is not."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_career_advice_named_in_the_title_is_an_informational_interview():
    found = detect(event("Kape kasama si Marites – payo sa karera",
                         "Marites (Bayanihan Bank). marites@bayanihanbank.ph", me_too=False), [ME])
    assert found.interview and found.kind == "informational" and found.company == "Bayanihan Bank"


def test_a_coffee_to_ask_advice_about_changing_career_is_an_informational_interview():
    found = detect(event("Magkape kasama si Jun",
                         "Jun (Alon Solar). Hihingi ng payo tungkol sa paglipat ng karera mula sa pagtuturo. "
                         "jun@alonsolar.ph", me_too=False), [ME])
    assert found.interview and found.kind == "informational"


def test_a_coffee_with_a_friend_is_no_interview():
    assert not detect(event("Kape kasama si Bea", "Bea (Alon Solar). bea@alonsolar.ph", me_too=False), [ME]).interview


def test_a_lunch_to_catch_up_is_no_interview():
    assert not detect(event("Tanghalian kasama si Bea", "Kumustahan lang. bea@alonsolar.ph", me_too=False),
                      [ME]).interview
