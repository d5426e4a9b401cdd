"""Swahili (``sw.toml``): an invitation to an "usaili", a recruiter's "mahojiano kwa simu" and the user's own
"Simu na Bw. ..." note about a post are interviews; a performance appraisal ("tathmini ya utendaji"), a newspaper's
"mahojiano", a study the user answers and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_an_usaili_is_an_interview():
    hr = person("hr@simbacargo.example", "Rasilimali Watu Simba")
    wanjiru = person("wanjiru.kamau@simbacargo.example", "Wanjiru Kamau")
    found = detect(event("Usaili – Simba Cargo Ltd",
                         "Habari, asante kwa maombi yako ya nafasi ya Afisa Ununuzi. Unaalikwa kwenye usaili ana kwa "
                         "ana katika ofisi zetu, Mombasa. Utakutana na Bi. Wanjiru Kamau. Tafadhali njoo na vyeti "
                         "vyako halisi.", organizer=hr, attendees=(hr, wanjiru), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Simba Cargo"
    assert found.role == "Afisa Ununuzi"
    assert "Wanjiru Kamau" in [p.name for p in found.people]


def test_a_recruiters_mahojiano_kwa_simu_for_a_client_is_a_phone_screen():
    amina = person("amina@mlimasearch.example", "Amina Said")
    found = detect(event("Mahojiano kwa simu – Mlima Search",
                         "Habari, nitakupigia kesho saa nne asubuhi kuhusu nafasi ya Mhasibu Mkuu kwa mteja wetu "
                         "jijini Dar es Salaam. Kwa sasa hatuwezi kutaja jina la mteja.",
                         organizer=amina, attendees=(amina,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"
    assert found.role == "Mhasibu Mkuu"


def test_a_final_usaili_names_the_stage():
    host = person("ajira@ziwaenergy.example", "Ajira Ziwa")
    found = detect(event("Usaili wa mwisho – Ziwa Energy", "Hongera kwa kufaulu hatua ya kwanza. Nafasi: Mhandisi "
                         "wa Umeme.", organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview and found.stage == "final"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Simu na Bw. Mwangi (Baraka Bank)", "Nafasi: Meneja wa Tawi. Kuwa na CV tayari.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Baraka Bank"


def test_a_call_note_about_no_job_is_none():
    found = detect(event("Simu na Mama (Mombasa)", "Harusi ya Zawadi.", organizer=None, me_too=False, minutes=30),
                   [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, host", [
    ("Tathmini ya utendaji – Juma", "Malengo ya mwaka ujao (OPRAS).",
     person("juma.h@simbacargo.example", "Juma Hassan")),
    ("Mahojiano na gazeti la Mwananchi", "Mwandishi wa habari atakuhoji kuhusu kiwanda kipya. Mpiga picha atakuja "
     "saa nne.", person("mawasiliano@simbacargo.example", "Mawasiliano")),
    ("Usaili wa waombaji – Dereva", "Mimi na Halima tutawasaili waombaji watatu. Jaza fomu ya alama baada ya kila "
     "usaili.", person("hr@simbacargo.example", "HR")),
    ("Mahojiano ya utafiti – Chuo Kikuu", "Nashiriki kama mhojiwa katika utafiti wa tasnifu.",
     person("mtafiti@chuo.example", "Neema")),
])
def test_an_appraisal_a_press_interview_the_users_own_interviews_or_a_study_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
