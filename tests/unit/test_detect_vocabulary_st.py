"""Sesotho (``st.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@maluti-brick.example", "HR")
    interviewer = person("thabo@maluti-brick.example", 'Thabo Mokoena')
    found = detect(event('Puisano ya mosebetsi – Maluti Brick',
                         'Dumela,\nre a leboha ka kopo ya hao. Re o mema puisanong ofising ya rona Maseru, bakeng sa boemo ba Site Supervisor. O tla kopana le Thabo Mokoena.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Maluti Brick'
    assert found.role == 'Site Supervisor'
    assert 'thabo@maluti-brick.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ('Puisano le moqolotsi wa ditaba – seea-le-moya', 'Moqolotsi wa ditaba o tla etsa puisano; e tla phatlalatswa ka kotloloho seea-le-moya.'),
    ('Puisano – bakopi ba bararo', 'Nna le Palesa re tla buisana le bakopi. Tlatsa difomo tsa tekolo.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@maluti-brick.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
