"""Amharic (``am.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@abaylogistics.example", "HR")
    interviewer = person("staff@abaylogistics.example", 'Dawit Bekele')
    found = detect(event('የሥራ ቃለ መጠይቅ – Abay Logistics',
                         'ጤና ይስጥልኝ፣ ላቀረቡት ማመልከቻ እናመሰግናለን። የሥራ መደብ: Senior Accountant\nበቢሯችን በአካል ቃለ መጠይቅ ይደረጋል። ከአቶ Dawit Bekele ጋር ይገናኛሉ።',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Abay Logistics'
    assert found.role == 'Senior Accountant'
    assert 'Dawit Bekele' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('ቃለ መጠይቅ ከፋና ሬዲዮ ጋዜጠኛ ጋር', 'ስለ አዲሱ ፋብሪካ ጋዜጠኛ ቃለ መጠይቅ ያደርጋል። በቀጥታ ስርጭት ይተላለፋል።'),
    ('አመልካቾችን ቃለ መጠይቅ – ሹፌር', 'እኔና ሰላም ሦስት አመልካቾች ቃለ መጠይቅ እናደርጋለን። የምዘና ቅጽ ይሙሉ።'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@abaylogistics.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
