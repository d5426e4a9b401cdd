"""A short word of a vocabulary does not cut a company's name written in another language: a function word of the
name's own language between its capitalised words ("Tir a Môr Cyf", Welsh "a", and), a word another language's
phrase holds ("Ty", of Vietnamese "công ty"), an organisation's initials after "with" ("with IT Regrut"), all stay
part of the name; the surname after a first name "with" introduces is no company."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.company_names import without_legal_form, writes_a_legal_form
from tests.unit.test_detect import ME, event, person

_SENDER = person("gwen.morgan@gmail.com", "Gwen Morgan")


@pytest.mark.parametrize(("title", "company"), [
    ("Job interview at Nant y Garth Cyf", "Nant y Garth"),
    ("Interview – Afon a Mynydd Cyf", "Afon a Mynydd"),
    ("Interview: Ty a Gardd Cyf", "Ty a Gardd"),
    ("Cyfweliad swydd – Coed a Cherrig Cyf", "Coed a Cherrig"),
    ("Interview – PR Forrás Kft", "PR Forrás"),
    ("Entrevista – Casa do Pão Ltda", "Casa do Pão"),
])
def test_a_short_word_inside_a_registered_name_is_part_of_it(title, company):
    found = detect(event(title, organizer=_SENDER, attendees=(_SENDER,)), [ME])
    assert found.interview and found.company == company


def test_initials_after_with_are_an_organisations_not_a_first_name():
    found = detect(event("Interview with NB Kadrowa", organizer=_SENDER, attendees=(_SENDER,)), [ME])
    assert found.company == "NB Kadrowa"


def test_the_surname_after_with_is_no_company():
    found = detect(event("Interview with Maja Lindqvist", organizer=_SENDER, attendees=(_SENDER,)), [ME])
    assert found.company is None


def test_a_function_word_without_a_legal_form_after_still_ends_the_name():
    found = detect(event("Interview at Harbour Labs a fortnight from now", organizer=_SENDER,
                         attendees=(_SENDER,)), [ME])
    assert found.company == "Harbour Labs"


@pytest.mark.parametrize(("written", "name"), [
    ("Afon a Mynydd Cyf", "Afon a Mynydd"),
    ("Afon a Mynydd Cyf.", "Afon a Mynydd"),
    ("Afon a Mynydd Cyfyngedig", "Afon a Mynydd"),
])
def test_welsh_legal_forms_end_a_name(written, name):
    assert without_legal_form(written) == name
    assert writes_a_legal_form(f"Cyfweliad gyda {written}")


def test_a_welsh_word_starting_like_a_legal_form_is_none():
    assert not writes_a_legal_form("Cyfweliad gyda Afon a Mynydd")
