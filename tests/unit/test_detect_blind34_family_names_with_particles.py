"""Kinds learnt after an independent labelled set (blind34) was scored: a family name written with a particle
("Pieter de Villiers", "Marta van der Berg", "Luca di Marco") is one name, which the address joins
("p.devilliers@…"): the person is named, and met, when a team's mailbox sends the invitation; and a panel listed
with titles after the names ("and Johan du Plessis, Head of Operations (j.duplessis@…)") names each by their name,
not their title."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

CAREERS = person("careers@karoobrew.example", "Karoo Brewing Careers")


def test_a_panel_the_notes_list_with_family_names_with_particles_is_met_each_by_their_name():
    found = detect(event("Karoo Brewing – final interview", "Final interview: case study, followed by questions from "
                         "the panel: Pieter de Villiers (p.devilliers@karoobrew.example), Dr Lerato Nkosi, Finance "
                         "Director (l.nkosi@karoobrew.example), and Johan du Plessis, Head of Operations "
                         "(j.duplessis@karoobrew.example).", organizer=CAREERS, minutes=120), [ME])
    assert [(p.email, p.name) for p in found.people] == [
        ("p.devilliers@karoobrew.example", "Pieter de Villiers"), ("l.nkosi@karoobrew.example", "Dr Lerato Nkosi"),
        ("j.duplessis@karoobrew.example", "Johan du Plessis")]


@pytest.mark.parametrize("description, name", [
    ("Final interview with Marta van der Berg (m.vanderberg@karoobrew.example).", "Marta van der Berg"),
    ("Colloquio con Luca di Marco (l.dimarco@karoobrew.example), domande dal team.", "Luca di Marco"),
    ("Entrevista com Ana dos Santos (ana.dossantos@karoobrew.example). Perguntas da equipa.", "Ana dos Santos"),
])
def test_a_name_written_with_particles_before_an_address_is_the_whole_name(description, name):
    found = detect(event("Karoo Brewing – interview", description, organizer=CAREERS), [ME])
    assert [p.name for p in found.people] == [name]


def test_a_department_of_an_organisation_before_its_mailbox_is_no_persons_name():
    found = detect(event("Karoo Brewing – interview", "Interview with Marta van der Berg "
                         "(m.vanderberg@karoobrew.example). Questions: People and Culture (careers@karoobrew.example)",
                         organizer=CAREERS), [ME])
    assert [p.email for p in found.people] == ["m.vanderberg@karoobrew.example"]
