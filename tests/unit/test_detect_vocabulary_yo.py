"""Yoruba (``yo.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@oduduwafoods.example", "HR")
    interviewer = person("staff@oduduwafoods.example", 'Tunde Adeyemi')
    found = detect(event('Ìfọ̀rọ̀wánilẹ́nuwò iṣẹ́ – Oduduwa Foods Ltd',
                         'Ẹ kú àárọ̀. Ẹ ṣé fún ìbéèrè iṣẹ́ yín. A pè yín fún ìfọ̀rọ̀wánilẹ́nuwò ní ọ́fíìsì wa fún ipò Sales Manager. Ẹ ó pàdé Ọ̀gbẹ́ni Tunde Adeyemi.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Oduduwa Foods'
    assert found.role == 'Sales Manager'
    assert 'Tunde Adeyemi' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('Ìfọ̀rọ̀wánilẹ́nuwò pẹ̀lú oníròyìn – rédíò', 'Oníròyìn láti ilé iṣẹ́ rédíò yóò bá wa sọ̀rọ̀ lórí afẹ́fẹ́.'),
    ('Ìfọ̀rọ̀wánilẹ́nuwò àwọn olùbéèrè iṣẹ́ – Awakọ̀', 'Èmi àti Bisi yóò fọ̀rọ̀ wá àwọn olùbéèrè iṣẹ́ lẹ́nu wò. Olùbéèrè iṣẹ́ mẹ́ta ni.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@oduduwafoods.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
