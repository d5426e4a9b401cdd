"""Bulgarian (``bg.toml``): an invitation to an interview ("събеседване", "интервю за позицията"), a recruiter's
telephone interview and the user's own note of a call about a post are interviews; the kinds of "интервю" that
are no job interview of the user's are not: an appraisal with one's manager ("атестация"), a newspaper's
interview, the user's own interview of a candidate.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    host = person("podbor@rodopa-mlechni.example", "Десислава Петрова")
    manager = person("k.iliev@rodopa-mlechni.example", "Красимир Илиев")
    found = detect(event("Събеседване – Родопа Млечни ООД",
                         "Здравейте, благодарим за проявения интерес към позицията Технолог производство. Каним ви "
                         "на интервю в офиса ни в Смолян. От наша страна ще присъстват Десислава Петрова (ЧР) и "
                         "Красимир Илиев, ръководител производство.", organizer=host, attendees=(host, manager),
                         minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company in ("Родопа Млечни", "Rodopa Mlechni")  # (the domain spells the name in Latin letters)
    assert found.role and "Технолог" in found.role
    assert {p.name for p in found.people} >= {"Красимир Илиев"}


def test_a_recruiters_telephone_interview_is_a_phone_screen():
    host = person("n.georgieva@kadri-plus.example", "Надежда Георгиева")
    found = detect(event("Телефонно интервю – Финансов контрольор",
                         "Здравейте, ще ви се обадя на посочения телефон за кратък разговор относно позицията при "
                         "наш клиент – голяма логистична компания в София.", organizer=host, attendees=(host,),
                         minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Обаждане с Пламен (Балкан Софтуер)", "За позицията Java разработчик. Да имам CV подръка.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Балкан Софтуер"


@pytest.mark.parametrize("title, description, host", [
    ("Годишна атестация – Мария", "Цели за следващата година и обучения.",
     person("m.stoyanova@varna-port.example", "Мария Стоянова")),
    ("Интервю за вестник „Морски зов“", "Журналист и фотограф идват в 10 ч. за новия терминал.",
     person("pr@varna-port.example", "Връзки с обществеността")),
    ("Интервю с кандидат – Иван Д. (склад)", "Провеждаме интервю заедно с Мария. Оценъчният лист е в папката.",
     person("hr@varna-port.example", "Човешки ресурси")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
