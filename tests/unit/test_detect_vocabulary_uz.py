"""Uzbek (``uz.toml``), in Latin and in Cyrillic letters: a company's invitation to an "ish suhbati", a recruiter's
"telefon orqali suhbat" and the user's own note of a call about a post are interviews; the kinds of "suhbat" and
"intervyu" that are no job interview of the user's are not: a yearly appraisal, a channel's interview, the user's own
interview of a candidate.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    hr = person("hr@samarqandtekstil.example", "Kadrlar bo‘limi")
    dilshod = person("d.karimov@samarqandtekstil.example", "Dilshod Karimov")
    found = detect(event("Ish suhbati – Samarqand Tekstil",
                         "Hurmatli Casey, arizangiz uchun rahmat. Sizni Toshkentdagi ofisimizda suhbatga taklif "
                         "qilamiz.\nLavozim: Sifat nazorati muhandisi\nSuhbatni Dilshod Karimov (ishlab chiqarish "
                         "direktori) o‘tkazadi.", organizer=hr, attendees=(hr, dilshod), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Samarqand Tekstil"
    assert found.role == "Sifat nazorati muhandisi"
    assert "Dilshod Karimov" in [p.name for p in found.people]


def test_a_recruiters_telephone_interview_in_cyrillic_is_a_phone_screen():
    host = person("malika@kadrlar-markazi.example", "Малика Юсупова")
    found = detect(event("Телефон орқали суҳбат – бош бухгалтер",
                         "Ассалому алайкум, эртага соат 11 да мижозимиз бўлган йирик банк вакансияси бўйича сизга "
                         "қўнғироқ қиламан.", organizer=host, attendees=(host,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Qo‘ng‘iroq – Jasur (Ipak Yo‘li Soft)", "Lavozim: Backend dasturchi. Rezyumeni tayyorla.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Ipak Yo‘li Soft"


@pytest.mark.parametrize("title, description, host", [
    ("Yillik baholash – Nodira", "Kelgusi yil uchun maqsadlar va treninglar.",
     person("nodira@buxoro-qurilish.example", "Nodira Rahimova")),
    ("Intervyu – «Sevimli» telekanali", "Jurnalist va operator soat 10 da yangi zavod haqida suhbat uchun keladi.",
     person("pr@buxoro-qurilish.example", "Matbuot xizmati")),
    ("Nomzod bilan suhbat – Otabek M. (ombor)", "Suhbatni Zarina bilan birga o‘tkazamiz. Baholash varaqasi "
     "papkada.", person("hr@buxoro-qurilish.example", "Kadrlar bo‘limi")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
