"""Catalan (``ca.toml``): an employer's invitation, a phone interview and the user's own coffee to learn how someone
moved on in their work are interviews; the Catalan kinds of "entrevista" that are no job interview are not: the
yearly appraisal, a radio's or a podcast's interview, a practice run, the user interviewing candidates.

Catalan shares "entrevista" with Spanish: what these tests need of ``ca.toml`` is the rest of the language
("la posició de", "telefònica", "cafè", "pòdcast", "simulacre", "cancel·lada"), whose accents differ from Spanish's.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

MERITXELL = person("meritxell.pons@vinsdelmontsant.example", "Meritxell Pons")
GERARD = person("gerard.vidal@vinsdelmontsant.example", "Gerard Vidal")


def test_an_employers_invitation_names_the_post_and_the_people_met():
    found = detect(event("Entrevista de feina – Vins del Montsant",
                         "Bon dia Marta,\nGràcies per la teva candidatura. Et confirmem l'entrevista per a la posició "
                         "de Responsable de Qualitat. Hi serem jo i en Gerard Vidal (cap de celler).\nSalutacions,\n"
                         "Meritxell", organizer=MERITXELL, attendees=(MERITXELL, GERARD), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.role and found.role.startswith("Responsable de Qualitat")
    assert {p.email for p in found.people} == {MERITXELL.email, GERARD.email}


def test_a_phone_interview_is_one_by_phone():
    recruiter = person("laia@seleccioponent.example", "Laia Bonet")
    found = detect(event("Entrevista telefònica – Selecció Ponent",
                         "Hola! Et trucaré al mòbil per parlar de l'oferta de feina d'administrativa a Lleida.",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.mode == "phone"


def test_the_users_coffee_to_learn_how_someone_moved_on_is_informational():
    oriol = person("oriol@naurobotics.example", "Oriol Camps")
    found = detect(event("Cafè amb l'Oriol (Nau Robotics)",
                         "preguntar-li: com va fer el salt de la universitat a l'empresa, què valoren en un perfil "
                         "júnior", organizer=None, attendees=(oriol,), me_too=False, minutes=45), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Entrevista d'avaluació anual amb la Glòria", "Objectius de l'any i formació."),
    ("Entrevista per a la ràdio local", "Vénen a les 11. Parlar del projecte de la cooperativa."),
    ("🎙️ Entrevista al pòdcast 'Bits i Raïms'", "em graven a l'estudi, uns 40 minuts"),
    ("Simulacre d'entrevista amb en Jaume", "preparar les preguntes difícils en anglès"),
    ("Entrevistes candidats pràctiques", "Full d'avaluació a la carpeta compartida. Entrevistem a tres alumnes."),
])
def test_an_appraisal_a_press_interview_a_practice_run_or_the_users_own_interviews_are_none(title, description):
    host = person("rrhh@vinsdelmontsant.example", "Recursos Humans")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=60), [ME])
    assert not found.interview


def test_a_cancelled_interview_is_none():
    found = detect(event("Anul·lada: entrevista Vins del Montsant", "", organizer=MERITXELL,
                         attendees=(MERITXELL,), minutes=60), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, stage", [
    ("2a entrevista – Vins del Montsant", "second round"),
    ("Entrevista telefònica amb Vins del Montsant", "phone screen"),
    ("Vins del Montsant: ronda final", "final"),
])
def test_the_stage_catalan_names_is_read(title, stage):
    found = detect(event(title, "", organizer=MERITXELL, attendees=(MERITXELL,), minutes=45), [ME])
    assert found.interview and found.stage == stage
