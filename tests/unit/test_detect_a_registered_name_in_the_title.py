"""A title that writes a firm's name with its legal form ("Glas a Gwyn Cyf", "Dupont Frères SARL") names the company
as much as "Interview at ..." does: beside an interview word that alone only hints at one ("cyfweliad", "entretien"),
it is an interview, in every language."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_FRIEND = person("rua.tane@gmail.com", "Rua Tane")


@pytest.mark.parametrize(("title", "company"), [
    ("Cyfweliad – Glas a Gwyn Cyf", "Glas a Gwyn"),
    ("Entretien – Dupont Frères SARL", "Dupont Frères"),
])
def test_an_interview_word_and_a_registered_name_make_an_interview(title, company):
    found = detect(event(title, organizer=_FRIEND, attendees=(_FRIEND,)), [ME])
    assert found.interview
    assert found.company == company
