"""A group's company of a country, registered with the country before its legal form ("Talvora Foods Kenya Ltd"),
is thanked by the group's name the title writes: the country is no part of it."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_country_before_a_legal_form_is_left_off_the_group_name():
    manager = person("wanjiru.kamau@talvorafoods.com", "Wanjiru Kamau")
    found = detect(event("Interview – Talvora Foods | Supply Planner",
                         "Dear candidate,\n\nThank you for applying to Talvora Foods Kenya Ltd. You will meet Wanjiru "
                         "Kamau, Supply Chain Lead, for a first interview.",
                         organizer=manager, attendees=(manager,), minutes=45), [ME])
    assert found.interview and found.company == "Talvora Foods"


def test_a_country_in_spanish_before_a_legal_form_is_left_off_too():
    manager = person("r.quiroga@brunelmed.com", "Rodrigo Quiroga")
    found = detect(event("Entrevista – Brunel Médica",
                         "Hola, gracias por postular al cargo de Especialista de Aplicaciones en Brunel Médica Perú "
                         "S.A.C. Te invitamos a una primera entrevista con Rodrigo Quiroga.",
                         organizer=manager, attendees=(manager,), minutes=60), [ME])
    assert found.interview and found.company == "Brunel Médica"
