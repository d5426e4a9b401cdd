"""Luxembourgish (``lb.toml``): a company's invitation to a "Virstellungsgespréich" is an interview, with its
company and role; a radio interview about a subject and an interview the user holds with a colleague are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_virstellungsgespreich_is_an_interview():
    hr = person("rh@moselbau.example", "Ressources humaines")
    found = detect(event("Virstellungsgespréich – Mosel Bau",
                         "Léif Madame Nguyen, merci fir Är Kandidatur. Mir invitéieren Iech op e Gespréich bei eis "
                         "am Büro zu Gréiwemaacher.\nPlaz: Projet Ingenieur\nMat beschte Gréiss",
                         organizer=hr, attendees=(hr,), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Mosel Bau"
    assert found.role == "Projet Ingenieur"


@pytest.mark.parametrize("title, description", [
    ("Radio Uelzecht – Interview iwwer d'Wunnengsnout", "Op der Antenn, eis Lauschterer stellen och Froen."),
    ("Gespréich mam Kandidat – Lager", "Ech féieren d'Gespréich mam Marc. De Bewäertungsformular ass am Dossier."),
])
def test_a_radio_interview_or_the_users_own_interview_of_a_candidate_is_none(title, description):
    host = person("office@mamerbureau.example", "Sekretariat")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=30), [ME])
    assert not found.interview
