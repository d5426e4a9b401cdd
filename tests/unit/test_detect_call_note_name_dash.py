"""The user's own note of a call written as the call word, the person's first name, a dash and the company
("trucada Pau – Ferrer Logística", "Llamada Lucía – Grupo Norte"), whose notes name the ad the call is about and the
board it is on: a call with an employer about a job. The board in brackets after the role is where the ad was, not
part of its title."""
from __future__ import annotations

from providers.detect import detect
from providers.detection.call_notes import call_note
from tests.unit.test_detect import ME, event


def test_a_call_word_a_name_and_a_dash_is_a_note_of_a_call_with_someone_at_a_company():
    call = call_note("trucada Pau – Ferrer Logística")
    assert call is not None and call.group("person") == "Pau" and call.group("topic") == "Ferrer Logística"
    call = call_note("Llamada Lucía – Grupo Norte")
    assert call is not None and call.group("person") == "Lucía" and call.group("topic") == "Grupo Norte"
    phone_screen = call_note("Phone Screen – Acme")  # a stage and a company: "Screen" is nobody's name
    assert phone_screen is None or phone_screen.group("person") != "Screen"


def test_the_note_of_a_call_about_an_ad_on_a_job_board_is_an_interview():
    found = detect(event("trucada Pau – Ferrer Logística", "re: oferta cap de magatzem (Feina Activa). em trucarà ell",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Ferrer Logística"
    assert found.role and found.role.lower() == "cap de magatzem"


def test_the_catalan_note_of_a_call_with_someone_names_them_after_the_article():
    call = call_note("Trucada amb la Montse (Vidres Guix)")
    assert call is not None and call.group("person") == "Montse" and call.group("company") == "Vidres Guix"
