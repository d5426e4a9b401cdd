"""The user's notes run short sentences together on one line; the role is one of them, written as a title."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_role_in_notes_that_run_sentences_together_is_found():
    found = detect(event("Priya @ Harbour Staffing – hush-hush Leeds job", "Priya Shah priya@harbourstaffing.example "
                         "calls me at 3.\nBig retailer, can't say which one yet. Senior Buyer, Leeds head office, "
                         "hybrid, two days in. Check the bonus and the car allowance against what I get now.", organizer=None, me_too=False, minutes=30),
                   [ME])
    assert found.interview and found.role == "Senior Buyer"


def test_a_lower_case_phrase_in_such_notes_is_not_taken_for_the_role():
    found = detect(event("Priya @ Harbour Staffing – hush-hush Leeds job", "Priya Shah priya@harbourstaffing.example "
                         "calls me at 3.\nSmall games producer, can't say which one yet, three studios in the north. "
                         "Check the bonus and the car allowance against what I get now.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.role != "Small games producer"
