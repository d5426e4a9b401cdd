"""Malagasy (``mg.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@vanilla-sava.example", "HR")
    interviewer = person("hery@vanilla-sava.example", 'Hery Rakoto')
    found = detect(event('Resadresaka momba ny asa – Vanilla Sava',
                         "Salama tompoko,\nmisaotra anao nangataka asa. Manasa anao hanao resadresaka ao amin'ny biraonay izahay, ho an'ny toerana Export Coordinator. Hihaona amin'i Hery Rakoto ianao.",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Vanilla Sava'
    assert found.role == 'Export Coordinator'
    assert 'hery@vanilla-sava.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ("Resadresaka miaraka amin'ny mpanao gazety – onjam-peo", "Ny mpanao gazety dia hanao resadresaka mivantana amin'ny onjam-peo."),
    ('Resadresaka – kandida telo', "Izaho sy Fara dia hanao resadresaka amin'ireo kandida. Fenoy ny taratasy fanombanana."),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@vanilla-sava.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
