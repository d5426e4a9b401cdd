"""Maltese (``mt.toml``): a company's invitation to an "intervista għax-xogħol", a recruiter's "intervista
bit-telefon" and the user's own note of a call about a post are interviews; the kinds of "intervista" that are no
job interview of the user's are not: a yearly appraisal, a paper's interview, the user's own interview of a
candidate. An Italian journalist's "intervista" stays none.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    hr = person("hr@hamrunshipping.example", "Riżorsi Umani")
    ganni = person("g.borg@hamrunshipping.example", "Ġanni Borg")
    found = detect(event("Intervista għax-xogħol – Ħamrun Shipping",
                         "Għażiża Casey, grazzi talli applikajt għall-pożizzjoni ta' Maniġer tal-Maħżen. Nixtiequ "
                         "nistednuk għal intervista fl-uffiċċju tagħna f'Marsa. Se tiltaqa' ma' Ġanni Borg, "
                         "direttur tal-operazzjonijiet.", organizer=hr, attendees=(hr, ganni), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Ħamrun Shipping"
    assert found.role and found.role.startswith("Maniġer tal-Maħżen")
    assert "Ġanni Borg" in [p.name for p in found.people]


def test_a_recruiters_telephone_interview_is_a_phone_screen():
    host = person("maria@talentmalta.example", "Maria Camilleri")
    found = detect(event("Intervista bit-telefon – Analista Finanzjarju",
                         "Bonġu, għada fil-11 se nċemplek dwar il-pożizzjoni mal-klijent tagħna, bank kbir "
                         "f'Tas-Sliema.", organizer=host, attendees=(host,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Call – Karl (Gozo Digital)", "Pożizzjoni: Backend Developer. Ħejji s-CV.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Gozo Digital"


@pytest.mark.parametrize("title, description, host", [
    ("Evalwazzjoni annwali – Rita", "L-għanijiet għas-sena d-dieħla u t-taħriġ.",
     person("rita@gozoconstruction.example", "Rita Farrugia")),
    ("Intervista mal-gazzetta – il-fabbrika l-ġdida", "Il-ġurnalist u l-fotografu jaslu fl-10.",
     person("pr@gozoconstruction.example", "Relazzjonijiet Pubbliċi")),
    ("Intervista mal-kandidat – Mark V. (maħżen)", "Se nintervistaw flimkien ma' Claire. Il-formola ta' "
     "evalwazzjoni qiegħda fil-folder.", person("hr@gozoconstruction.example", "Riżorsi Umani")),
    ("Intervista al Corriere – nuovo stabilimento", "Il giornalista arriva alle 10 con il fotografo.",
     person("stampa@ceramichevalsesia.example", "Ufficio stampa")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
