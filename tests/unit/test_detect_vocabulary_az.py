"""Azerbaijani (``az.toml``): a company's invitation to an "iş müsahibəsi", a recruiter's "telefon müsahibəsi" and
the user's own note of a call about a post are interviews; the kinds of "müsahibə" that are no job interview of the
user's are not: a yearly appraisal, a newspaper's or a channel's interview, the user's own interview of a candidate.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    hr = person("kadrlar@xezerlogistika.example", "Kadrlar şöbəsi")
    rauf = person("r.aliyev@xezerlogistika.example", "Rauf Əliyev")
    found = detect(event("İş müsahibəsi – Xəzər Logistika",
                         "Hörmətli Casey, müraciətiniz üçün təşəkkür edirik. Sizi Bakı ofisimizdə müsahibəyə dəvət "
                         "edirik.\nVəzifə: Anbar meneceri\nMüsahibəni Rauf Əliyev (əməliyyatlar direktoru) "
                         "aparacaq.", organizer=hr, attendees=(hr, rauf), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company and found.company.startswith("Xəzər Logistika")
    assert found.role == "Anbar meneceri"
    assert "Rauf Əliyev" in [p.name for p in found.people]


def test_a_recruiters_telephone_interview_is_a_phone_screen():
    host = person("nigar@istedadlar-az.example", "Nigar Hüseynova")
    found = detect(event("Telefon müsahibəsi – Maliyyə analitiki",
                         "Salam, sabah saat 11-də müştərimiz olan böyük bir bank üçün vakansiya barədə sizə zəng "
                         "edəcəyəm.", organizer=host, attendees=(host,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Zəng – Elvin (Qafqaz Soft)", "Vəzifə: Backend proqramçı. CV-ni hazırla.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Qafqaz Soft"


@pytest.mark.parametrize("title, description, host", [
    ("İllik qiymətləndirmə – Səbinə", "Gələn il üçün hədəflər və təlimlər.",
     person("sebine@gence-tikinti.example", "Səbinə Məmmədova")),
    ("Müsahibə – „Azərbaycan“ qəzeti", "Jurnalist və fotoqraf saat 10-da yeni zavod barədə müsahibə üçün gələcək.",
     person("pr@gence-tikinti.example", "İctimaiyyətlə əlaqələr")),
    ("Namizədlə müsahibə – Orxan M. (anbar)", "Müsahibəni Leyla ilə birlikdə aparırıq. Qiymətləndirmə forması "
     "qovluqdadır.", person("hr@gence-tikinti.example", "İnsan resursları")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
