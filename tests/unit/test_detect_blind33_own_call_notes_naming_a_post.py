"""The user's own note of a call with someone at an organisation whose notes write a job title followed by the word
for a post ("Grants officer post – ...", "the analyst position") and give the person's address: a call about a job,
where "post" alone may be a message or a letter."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, notes", [
    ("Call w/ Mr. Obi – Harlow Trust",
     "Uncle's colleague. Grants officer post – their new education fund. He decides after we talk. "
     "ken.obi@harlowtrust.example"),
    ("Call with Ms. Patel – Coastline Housing",
     "Housing officer post for their Leeds team. She will decide after our chat. a.patel@coastlinehousing.example"),
])
def test_a_call_note_naming_a_post_with_the_persons_address_is_an_interview(title, notes):
    found = detect(event(title, notes, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert [p.email.split("@")[0] for p in found.people] == [notes.rsplit(" ", 1)[1].split("@")[0]]


@pytest.mark.parametrize("title, notes", [
    # a message posted, not a post to fill
    ("Call w/ Mr. Obi – Harlow Trust",
     "His manager post on LinkedIn about the fund went viral; ask how. ken.obi@harlowtrust.example"),
    # no job title before the word for a post
    ("Call w/ Mr. Obi – Harlow Trust", "Send the post by Friday. ken.obi@harlowtrust.example"),
])
def test_a_call_note_without_a_post_to_fill_is_none(title, notes):
    assert not detect(event(title, notes, me_too=False, minutes=30), [ME]).interview
