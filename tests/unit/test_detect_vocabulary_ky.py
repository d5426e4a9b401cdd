"""Kyrgyz (``ky.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@alatoodata.example", "HR")
    interviewer = person("staff@alatoodata.example", 'Айгүл Асанова')
    found = detect(event('Жумуш боюнча аңгемелешүү – Ала-Тоо Дата',
                         'Саламатсызбы! Резюмеңиз үчүн рахмат. Кызмат орду: Бухгалтер\nСизди кеңсебизде аңгемелешүүгө чакырабыз. Сиз жолугасыз: Айгүл Асанова.',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Ала-Тоо Дата'
    assert found.role == 'Бухгалтер'
    assert 'Айгүл Асанова' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('Маек – КТРК телеканалы', 'Журналист менен маек, түз эфирде.'),
    ('Талапкерлер менен аңгемелешүү – айдоочу', 'Мен жана Бакыт үч талапкер менен аңгемелешебиз. Баалоо барагын толтуруңуз.'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@alatoodata.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
