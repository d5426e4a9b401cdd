"""The colleagues the notes name and give the address of, beside the first person met or under a team's mailbox,
are read one way: their family name as an address spells it ("Müller" as mueller@, "Şahin" as sahin@)."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_colleague_whose_umlaut_the_address_spells_out_is_met_beside_the_first():
    found = detect(event("Vorstellungsgespräch Kornhaus – Teamleitung Lager", "Gespräch mit Anja Roth und Jörg "
                         "Müller (Lagerleitung).\na.roth@kornhaus-logistik.example, j.mueller@kornhaus-logistik.example",
                         location="Kornhaus Logistik, Halle 2", organizer=None), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"a.roth@kornhaus-logistik.example",
                                               "j.mueller@kornhaus-logistik.example"}
