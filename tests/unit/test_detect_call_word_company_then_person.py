"""The user's own note of a call that writes the organisation between the call word and the person ("Call Harborline
Dental – Priya") is a call about a job when its notes name one; the organisation is the name as written, its
lower-case words included. A call with family so written is none."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_call_word_an_organisation_and_a_person_is_a_call_about_the_job_in_the_notes():
    found = detect(event("Phone Harborline Dental – Priya",
                         "re the receptionist vacancy they posted on Seek. She will call me.",
                         organizer=None, me_too=False, minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Harborline Dental"


def test_lower_case_words_inside_the_name_are_kept():
    found = detect(event("Anruf Zahnarztpraxis am Hafen – Frau Ortmann",
                         "wegen der Stelle als Rezeptionistin. Sie ruft mich an.",
                         organizer=None, me_too=False, minutes=20), [ME])
    assert found.interview and found.company == "Zahnarztpraxis am Hafen"


def test_a_call_with_family_so_written_is_none():
    found = detect(event("Call Grandma – Mum", "her birthday plans, she will call me", organizer=None, me_too=False,
                         minutes=20), [ME])
    assert not found.interview
