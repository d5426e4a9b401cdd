"""The user's own note of a call from an employer's HR person: nobody invited, the job title in the title, the
person's address at the employer and their call in the notes, and the pay they will ask about."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, notes", [
    ("Arta HR Drini Energji – inxhinier rrjeti",
     "Arta Krasniqi, burime njerëzore. Do të më telefonojë. Do pyesë për pritshmëritë e pagës. "
     "arta.krasniqi@drinienergji.example"),
    ("Priya HR Northwind Foods – production planner",
     "Priya Shah, HR. She will call me on my mobile. Wants my current salary. priya.shah@northwindfoods.example"),
])
def test_a_note_of_an_hr_call_about_a_job_title_and_pay_is_an_interview(title, notes):
    found = detect(event(title, notes, me_too=False, minutes=20), [ME])
    assert found.interview
    assert len(found.people) == 1 and found.people[0].email.split("@")[0] in notes


@pytest.mark.parametrize("title, notes", [
    # no one's address at an organisation: a friend's call about pay
    ("Call Mira – planner", "Mira will call me about her salary expectations at the new place."),
    # no call: a reminder to look the pay up
    ("Production planner – pay", "Look up the current salary range. priya.shah@northwindfoods.example"),
])
def test_a_note_about_pay_without_a_hiring_contact_calling_is_none(title, notes):
    assert not detect(event(title, notes, me_too=False, minutes=20), [ME]).interview
