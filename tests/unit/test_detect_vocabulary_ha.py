"""Hausa (``ha.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@gwarzomills.example", "HR")
    interviewer = person("staff@gwarzomills.example", 'Sani Bello')
    found = detect(event('Hirar neman aiki – Gwarzo Mills Ltd',
                         'Assalamu alaikum, mun gode da neman aiki. Muna gayyatar ka hirar neman aiki a ofishinmu a matsayin Manajan Ajiya. Za ka gana da Malam Sani Bello.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Gwarzo Mills'
    assert found.role == 'Manajan Ajiya'
    assert 'Sani Bello' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('Hira da gidan rediyo', 'Dan jarida zai yi hira da manema labarai game da sabon kamfani. Za a watsa kai tsaye.'),
    ('Hirar masu neman aiki – Direba', 'Ni da Hauwa za mu yi wa masu neman aiki hira. Masu neman aiki uku ne. Cika takardar maki.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@gwarzomills.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
