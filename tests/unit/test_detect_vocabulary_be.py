"""Belarusian (``be.toml``): an invitation to a "сумоўе", a recruiter's phone screen and the user's own note of a
call ("Званок – Алесь, 11:00") are interviews; the Belarusian kinds of interview that are no job interview are not:
an appraisal ("атэстацыя"), a newspaper's interview, the user interviewing a candidate.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

VOLHA = person("volha.kavalchuk@nioman-agra.example", "Вольга Кавальчук")
ZMITSER = person("zmitser.ivanou@nioman-agra.example", "Зміцер Іваноў")


def test_a_company_invitation_is_a_job_interview_with_its_company_and_people():
    found = detect(event("Сумоўе – Нёман Агра",
                         "Добры дзень! Дзякуй за водгук. Пасада: інжынер-тэхнолаг. Запрашаем вас на сумоўе ў нашым "
                         "офісе ў Гродне з Вольгай Кавальчук і Зміцерам Івановым.",
                         organizer=VOLHA, attendees=(VOLHA, ZMITSER), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company in {"Нёман Агра", "Nioman Agra"}  # (as written, or as its address spells it)
    assert {p.email for p in found.people} >= {VOLHA.email, ZMITSER.email}


def test_a_recruiters_phone_interview_is_a_phone_screen():
    recruiter = person("hanna@talentby.example", "Ганна Лук'янава")
    found = detect(event("Тэлефоннае сумоўе – Talent BY",
                         "Патэлефаную вам наконт вакансіі ў нашага кліента.",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.stage == "phone screen" and found.mode == "phone"


def test_the_users_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Званок – Алесь, 11:00", "Белтэкстыль – пасада: менеджар па продажах. "
                         "ales@beltextyl.example", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description, host", [
    ("Штогадовая атэстацыя – Сяргей", "Вынікі года і мэты на наступны.",
     person("siarhei.p@nioman-agra.example", "Сяргей Пашкевіч")),
    ("Інтэрв'ю для газеты «Звязда»", "Журналістка і фатограф прыедуць на завод у 10:00.",
     person("pr@nioman-agra.example", "Прэс-служба")),
    ("Сумоўе з кандыдатам – бухгалтар", "Рэзюмэ кандыдата ў агульнай тэчцы. Праводзім сумоўе ўдваіх з Ірынай.",
     person("kadry@nioman-agra.example", "Аддзел кадраў")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
