"""A property developer's name ends with "Developments" or "Developers" as a shipping line's ends with "Shipping":
the word goes on with the name its domain spells ("Lantau Peak Developments" at lantaupeak.example).

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_developers_name_keeps_its_last_word():
    sam = person("sam.wong@lantaupeak.example", "Sam Wong")
    found = detect(event("Interview – Lantau Peak Developments (Project Coordinator)",
                         "Hi, thanks for applying. Sam Wong, Head of Projects, will meet you at our office.",
                         organizer=sam, attendees=(sam,), minutes=45), [ME])
    assert found.interview
    assert found.company == "Lantau Peak Developments"
