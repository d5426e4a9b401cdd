"""A team's mailbox sends the invitation and the notes name the people met, then give their addresses on a line of
their own ("Gespräch mit Herrn Yilmaz und Frau Şahin ... m.yilmaz@..., j.sahin@..."): those people are met, not the
mailbox."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("jobs@lernhaus-mosel.example", "Jobs Lernhaus Mosel")


def test_people_named_and_given_by_address_under_a_team_mailbox_are_the_ones_met():
    found = detect(event("Gespräch Lernhaus Mosel – Fachbereichsleitung Mathematik", "Gespräch mit Herrn Yilmaz "
                         "(Schulleitung) und Frau Şahin (Verwaltung) zur Stelle Fachbereichsleitung Mathematik.\n"
                         "m.yilmaz@lernhaus-mosel.example, j.sahin@lernhaus-mosel.example",
                         organizer=HR, minutes=45), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["j.sahin@lernhaus-mosel.example", "m.yilmaz@lernhaus-mosel.example"]


def test_a_contact_address_the_notes_do_not_name_leaves_the_mailbox_met():
    found = detect(event("Interview Lernhaus Mosel – Fachbereichsleitung Mathematik", "Vorstellungsgespräch zur "
                         "Stelle Fachbereichsleitung Mathematik. Bei Fragen: info@lernhaus-mosel.example, "
                         "s.brand@lernhaus-mosel.example", organizer=HR, minutes=45), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["jobs@lernhaus-mosel.example"]
