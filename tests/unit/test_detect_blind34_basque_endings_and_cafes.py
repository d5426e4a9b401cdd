"""Kinds learnt after an independent labelled set (blind34) was scored: Basque joins its case endings to a foreign
name with a hyphen ("Lurra Foods-eko kalitate arduraduna": the head of quality at Lurra Foods), which names the
organisation and is no part of its name or of the role; Basque's "with" ends the person's name in a title
("Kafea Anerekin": coffee with Ane); a café the location names at a coffee is where the two meet, not the company;
and a person whose title follows their name and a comma is named by the part of the line the address spells."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


def coffee(title: str, description: str, location: str):
    return detect(event(title, description, me_too=False, minutes=45, location=location), [ME])


def test_a_name_before_a_basque_case_ending_is_the_company_and_the_ending_is_no_part_of_it_or_of_the_role():
    found = coffee("Kafea Anerekin – aholkua", "Ane Zubia, Lurra Foods-eko kalitate arduraduna "
                   "(ane.zubia@gmail.com). Galdetu: sektorea, lan aukerak.", "Kafetegia Berria, Kale Nagusia")
    assert found.interview and found.company == "Lurra Foods"
    assert [(p.email, p.name) for p in found.people] == [("ane.zubia@gmail.com", "Ane Zubia")]


def test_a_domain_spelled_before_a_basque_case_ending_gives_the_name_without_it():
    found = coffee("Kafea Jonekin – aholkua", "Jon Arana, Acme Robotics-eko ingeniaritza burua "
                   "(jon.arana@acmer.eus). Galdetu: sektorea, lan aukerak.", "Plaza Nueva, Bilbo")
    assert found.company == "Acme Robotics" and found.role == "Ingeniaritza burua"


def test_one_capitalised_word_opening_a_sentence_before_a_hyphen_is_no_company():
    found = coffee("Kafea Jonekin – aholkua", "Jon Arana (jon.arana@gmail.com). Pre-n irakurri: sektorea, lan "
                   "aukerak, merezi duen aldaketa.", "Plaza Nueva, Bilbo")
    assert found.company is None


@pytest.mark.parametrize("title, description, location", [
    ("Kafea Jonekin – aholkua", "Jon Arana (jon.arana@gmail.com). Galdetu: sektorea, lan aukerak, merezi duen "
     "aldaketa.", "Café Iruña, Jardines de Albia"),
    ("Café con Lucía – consejos", "Lucía Ortiz (lucia.ortiz@gmail.com) trabaja en licitaciones. Preguntar: cómo "
     "cambiar de sector, quién contrata.", "Café Zurich, Plaça de Catalunya"),
    ("Coffee with Sam – advice", "Sam Ode (sam.ode@gmail.com) works in port logistics. Ask: how to move into bids, "
     "who is hiring.", "Café Nero, High Street"),
])
def test_a_cafe_the_location_names_at_a_coffee_is_no_company(title, description, location):
    found = coffee(title, description, location)
    assert found.interview and found.company is None


def test_a_cafe_the_location_names_at_an_interview_is_the_company():
    found = detect(event("Barista interview", "Interview with the owner, Lena. Bring your CV.",
                         location="Café Lumen, Mill Street"), [ME])
    assert found.interview and found.company == "Café Lumen"
