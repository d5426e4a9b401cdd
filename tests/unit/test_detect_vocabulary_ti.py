"""Tigrinya (``ti.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@asmara-textiles.example", "HR")
    interviewer = person("yonas@asmara-textiles.example", 'Yonas Tesfay')
    found = detect(event('ናይ ስራሕ ቃለ መሕትት – Asmara Textiles',
                         'ሰላም፣\nዘቕረብኩምዎ መመልከቲ ተቐቢልና። መዝነት: Quality Supervisor\nንቓለ መሕትት ተዓዲምኩም ኣብ ቤት ጽሕፈትና። ምስ ሰላምታ',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Asmara Textiles'
    assert found.role == 'Quality Supervisor'
    assert 'yonas@asmara-textiles.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ('ቃለ መሕትት ምስ ጋዜጠኛ – ሬድዮ', 'ጋዜጠኛ ብሬድዮ ብቐጥታ ስርጭት ክሓተና እዩ።'),
    ('ንተወዳደርቲ ቃለ መሕትት – መራሒ መኪና', 'ኣነን ሳባን ሰለስተ ተወዳደርቲ ቃለ መሕትት ክንገብረሎም ኢና። ቅጥዒ ገምጋም ምልኡ።'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@asmara-textiles.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
