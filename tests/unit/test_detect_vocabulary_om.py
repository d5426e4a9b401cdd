"""Oromo (``om.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@adama-coffee.example", "HR")
    interviewer = person("lensa@adama-coffee.example", 'Lensa Gudeta')
    found = detect(event('Af-gaaffii hojii – Adama Coffee',
                         'Akkam,\nIyyata keessaniif galatoomaa. Maqaa hojii: Quality Supervisor\nAf-gaaffiif isin affeerra, waajjira keenyatti. Lensa Gudeta ni argama.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Adama Coffee'
    assert found.role == 'Quality Supervisor'
    assert 'lensa@adama-coffee.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ('Af-gaaffii gaazexessaa wajjin – raadiyoo', 'Gaazexessaan raadiyoo sagantaa raadiyoo irratti kallattiin ni darba.'),
    ('Af-gaaffii iyyattoota – konkolaachisaa', 'Anaa fi Caaltuun iyyattoota sadii af-gaaffii goona. Unka madaallii guutaa.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@adama-coffee.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
