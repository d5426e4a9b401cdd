"""Kinyarwanda (``rw.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@kivu-logistics.example", "HR")
    interviewer = person("eric@kivu-logistics.example", 'Eric Habimana')
    found = detect(event("Ikiganiro cy'akazi – Kivu Logistics",
                         'Muraho,\nmurakoze gusaba akazi. Turagutumira mu kiganiro ku biro byacu i Kigali, ku mwanya wa Fleet Coordinator. Uzahura na Eric Habimana.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Kivu Logistics'
    assert found.role == 'Fleet Coordinator'
    assert 'eric@kivu-logistics.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ("Ikiganiro n'umunyamakuru – radiyo", 'Umunyamakuru azakora ikiganiro; bizatambuka kuri radiyo.'),
    ('Ikiganiro – abakandida batatu', "Njye na Aline tuzabaza abakandida. Uzuza urupapuro rw'amanota."),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@kivu-logistics.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
