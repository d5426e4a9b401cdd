"""A person whose surname is the word for a room ("Marta Sala", "Luc Salle") is someone met, not a room; "Sala de
Juntes" and "Salle Rivoli" are rooms."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.systems import address_kind
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("email, name, kind", [
    ("marta.sala@olivereslleida.example", "Marta Sala", "person"),
    ("luc.salle@verreriedujura.example", "Luc Salle", "person"),
    ("sala.juntes@olivereslleida.example", "Sala de Juntes", "thing"),
    ("rivoli@verreriedujura.example", "Salle Rivoli", "thing"),
    ("big.room@verreriedujura.example", "Conference Room", "thing"),
])
def test_a_room_word_as_a_surname_is_a_person(email, name, kind):
    assert address_kind(email, name) == kind


def test_the_interviewer_whose_surname_is_the_word_for_a_room_is_met():
    host = person("jaume.puig@olivereslleida.example", "Jaume Puig")
    other = person("marta.sala@olivereslleida.example", "Marta Sala")
    found = detect(event("Entrevista de feina – Oliveres Lleida", "Hi serem jo i la Marta Sala, cap de producció.",
                         organizer=host, attendees=(host, other), minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {host.email, other.email}
