"""Galician (``gl.toml``): an invitation, a recruiter's phone screen and the user's own note of a call are
interviews; the Galician kinds of "entrevista" that are no job interview are not: the yearly appraisal with one's
manager, a newspaper's or the radio's interview, the user interviewing a candidate.

Galician shares "entrevista" with Spanish and Portuguese: what these tests need of ``gl.toml`` is the rest of
the language ("posto de traballo", "enxeñeira", "avaliación do desempeño", "xornal").
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

LUCIA = person("lucia.varela@conservasarousa.example", "Lucía Varela")
BRAIS = person("brais.lema@conservasarousa.example", "Brais Lema")


def test_a_company_invitation_names_the_company_the_post_and_the_people_met():
    found = detect(event("Entrevista de traballo – Conservas Arousa",
                         "Ola! Grazas pola túa candidatura. Posto: Enxeñeira de procesos. Convidámoste a unha "
                         "entrevista nas nosas oficinas de Vilagarcía con Lucía Varela (xefa de planta) e Brais Lema.",
                         organizer=LUCIA, attendees=(LUCIA, BRAIS), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Conservas Arousa"
    assert found.role and found.role.lower().startswith("enxeñeira de procesos")


def test_a_recruiters_phone_screen_is_a_phone_screen():
    recruiter = person("antia@talentonorte.example", "Antía Castro")
    found = detect(event("Chamada telefónica – Antía (Talento Norte)",
                         "Chamareite ao móbil: un cliente noso busca xente para o posto de xefe de obra.",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.kind == "job" and found.mode == "phone"
    assert found.role == "Xefe de obra"


def test_the_users_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Chamada con Uxía – 10:30", "Naval Ferrol – posto de traballo de deseñadora técnica. "
                         "uxia@navalferrol.example", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description, host", [
    ("Entrevista de avaliación do desempeño – Marta", "Obxectivos do ano e formación.",
     person("marta.p@conservasarousa.example", "Marta Pena")),
    ("Entrevista co xornal sobre a nova fábrica", "Vén unha xornalista ás 11 e o noso fotógrafo ás 12.",
     person("comunicacion@conservasarousa.example", "Comunicación")),
    ("Entrevista a candidata – praza de administrativa", "Folla de avaliación no cartafol común. Imos "
     "entrevistar a tres persoas.", person("persoal@conservasarousa.example", "Persoal")),
])
def test_an_appraisal_a_press_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
