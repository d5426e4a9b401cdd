"""The user's own note of a call, in Georgian typed in Latin letters: "zari Lashastan - Napareuli" (a call to Lasha,
the name with "-tan", at), the title before "pozicia" ("Sales Representative pozicia"), and a wine cellar's name that
ends in "Wine Cellars".

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_latin_typed_georgian_call_note_about_a_post_is_an_interview():
    found = detect(event("zari Lashastan - Napareuli",
                         "Lasha Beridze, Napareuli Wine Cellars. Sales Representative pozicia. lasha@napareuli.example",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Napareuli Wine Cellars"
    assert found.role == "Sales Representative"


def test_a_name_that_ends_with_a_georgian_suffix_only_is_no_call_word():
    found = detect(event("Zari Ahmadi - dentist", "", organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview
