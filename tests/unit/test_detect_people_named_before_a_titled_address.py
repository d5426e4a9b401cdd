"""Someone the notes name with their title and address in brackets after the name ("Tomasz Nowak (Engineering
Lead, t.nowak@…)") is met under that name, and the organizer the same sentence names beside them is met too; in
Spanish, the people who "receive" the candidate are the ones met."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _emails(found) -> set[str]:
    return {p.email for p in found.people}


def test_a_name_before_a_bracket_holding_a_title_and_an_address_is_the_persons():
    priya = person("priya.raman@quillwork.io", "Priya Raman")
    found = detect(event("Quillwork – final conversation",
                         "Final conversation with Priya and Tomasz Nowak (Engineering Lead, t.nowak@quillwork.io). "
                         "Afterwards a short walk through the lab.",
                         organizer=priya, attendees=(), minutes=90), [ME])
    assert found.interview
    assert _emails(found) == {"priya.raman@quillwork.io", "t.nowak@quillwork.io"}
    assert "Tomasz Nowak" in {p.name for p in found.people}


def test_the_people_who_receive_the_candidate_are_met_with_the_addresses_given():
    lucia = person("lucia.herrera@fundacionalba.org", "Lucía Herrera")
    found = detect(event("Fundación Alba – segunda reunión",
                         "Segunda entrevista presencial. Te recibirán Lucía Herrera, Tomás Ibarra (Director, "
                         "tomas.ibarra@fundacionalba.org) y Rosa Quintero del patronato (r.quintero@fundacionalba.org).",
                         organizer=lucia, attendees=(), minutes=60), [ME])
    assert found.interview
    assert _emails(found) == {"lucia.herrera@fundacionalba.org", "tomas.ibarra@fundacionalba.org",
                              "r.quintero@fundacionalba.org"}
