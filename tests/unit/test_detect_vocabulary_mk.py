"""Macedonian (``mk.toml``): an invitation to a job interview ("интервју за работа", "интервју за позицијата"), a
recruiter's telephone interview and the user's own note of a call about a post are interviews; the kinds of
"интервју" that are no job interview of the user's are not: a yearly appraisal with one's manager, a newspaper's
interview, the user's own interview of a candidate.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    host = person("vrabotuvanje@ohridtekstil.example", "Билјана Стојановска")
    manager = person("g.trajkovski@ohridtekstil.example", "Горан Трајковски")
    found = detect(event("Интервју за работа – Охрид Текстил ДООЕЛ",
                         "Почитувана, ви благодариме за интересот за позицијата Инженер за квалитет. Ве покануваме "
                         "на интервју во нашите простории во Охрид. На интервјуто ќе присуствуваат Билјана "
                         "Стојановска (човечки ресурси) и Горан Трајковски, раководител на производството.",
                         organizer=host, attendees=(host, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company in ("Охрид Текстил", "Ohridtekstil", "Ohrid Tekstil")
    assert found.role and found.role.startswith("Инженер за квалитет")
    assert {p.name for p in found.people} >= {"Горан Трајковски"}


def test_a_recruiters_telephone_interview_is_a_phone_screen():
    host = person("m.petreska@kadar-plus.example", "Марија Петреска")
    found = detect(event("Телефонско интервју – Финансиски контролор",
                         "Здраво, ќе ви се јавам на вашиот телефон за краток разговор за позицијата кај наш клиент, "
                         "голема логистичка компанија во Скопје.", organizer=host, attendees=(host,), minutes=30),
                   [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Разговор со Дарко (Вардар Софт)", "За позицијата Java програмер. CV при рака.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Вардар Софт"


@pytest.mark.parametrize("title, description, host", [
    ("Годишно оценување – Елена", "Цели за наредната година и обуки.",
     person("e.nikolova@pelister-gradba.example", "Елена Николова")),
    ("Интервју за весник „Утрински“", "Новинар и фотограф доаѓаат во 10 ч. за новата фабрика.",
     person("pr@pelister-gradba.example", "Односи со јавност")),
    ("Интервју со кандидат – Петар С. (магацин)", "Спроведуваме интервју заедно со Елена. Листот за оценување е во "
     "папката.", person("hr@pelister-gradba.example", "Човечки ресурси")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
