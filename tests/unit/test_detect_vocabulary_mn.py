"""Mongolian (``mn.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@selengedata.example", "HR")
    interviewer = person("staff@selengedata.example", 'Ганбаатар Болормаа')
    found = detect(event('Ажлын ярилцлага – Сэлэнгэ Дата',
                         'Сайн байна уу! Анкет илгээсэнд баярлалаа. Албан тушаал: Нягтлан бодогч\n'
                         'Таныг манай оффист ярилцлагад урьж байна. Тантай уулзах: Ганбаатар Болормаа.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Сэлэнгэ Дата'
    assert found.role == 'Нягтлан бодогч'
    assert 'Ганбаатар Болормаа' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('Interview – Үндэсний телевиз', 'Сэтгүүлчтэй ярилцлага, шууд эфирт оролцоно.'),
    ('Interview: горилогчидтой ярилцлага – жолооч', 'Би болон Батаа гурван горилогчтой ярилцлага хийнэ. Үнэлгээний хуудсыг бөглөнө үү.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@selengedata.example", "Office")
    guest = person("b.bataa@selengedata.example", "Батаа")
    found = detect(event(title, description, organizer=host, attendees=(host, guest), minutes=45), [ME])
    assert not found.interview
