"""Georgian names the role in the genitive before the word for the post ("გაყიდვების მენეჯერის პოზიციაზე", for the
position of sales manager): the role is the nominative, "გაყიდვების მენეჯერი".

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_role_before_the_word_for_the_post_is_named_in_the_nominative():
    hr = person("hr@kutaisibank.example", "HR")
    found = detect(event("გასაუბრება — Kutaisi Bank",
                         "გიწვევთ გასაუბრებაზე გაყიდვების მენეჯერის პოზიციაზე. შეხვედრა ჩვენს ოფისში.",
                         organizer=hr, attendees=(hr,), minutes=45), [ME])
    assert found.interview
    assert found.role == "გაყიდვების მენეჯერი"
