"""isiZulu (``zu.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@thukelafreight.example", "HR")
    interviewer = person("staff@thukelafreight.example", 'Sipho Dlamini')
    found = detect(event('Inhlolokhono yomsebenzi – Thukela Freight',
                         'Sawubona, siyabonga ngesicelo sakho. Sikumema enhlolokhonweni ehhovisi lethu eThekwini, esikhundleni sika Warehouse Supervisor. Uzohlangana no Sipho Dlamini.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Thukela Freight'
    assert found.role == 'Warehouse Supervisor'
    assert 'Sipho Dlamini' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('Inhlolokhono nentatheli – Ukhozi FM', 'Intatheli izokwenza inhlolokhono bukhoma emsakazweni.'),
    ('Inhlolokhono – abafakizicelo abathathu', 'Mina noThandi sizohlola abafakizicelo. Gcwalisa amafomu okuhlola.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@thukelafreight.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
