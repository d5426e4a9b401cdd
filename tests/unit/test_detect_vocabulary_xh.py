"""isiXhosa (``xh.toml``): a company's invitation to a job interview is an interview, with its company and
role; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@keiriver-foods.example", "HR")
    interviewer = person("lwazi@keiriver-foods.example", 'Lwazi Mbeki')
    found = detect(event('Udliwano-ndlebe lomsebenzi – Kei River Foods',
                         'Molo,\nenkosi ngesicelo sakho. Siyakumema kudliwano-ndlebe eofisini yethu eMonti, kwisikhundla se Stock Controller. Uza kudibana no Lwazi Mbeki.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Kei River Foods'
    assert found.role == 'Stock Controller'
    assert 'lwazi@keiriver-foods.example' in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ('Udliwano-ndlebe nentatheli – Umhlobo Wenene', 'Intatheli iza kwenza udliwano-ndlebe ngqo kunomathotholo.'),
    ('Udliwano-ndlebe – abafaki-zicelo abathathu', 'Mna noZola siza kudlana indlebe nabafaki-zicelo. Gcwalisa amaphepha okuvavanya.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@keiriver-foods.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
