"""A job title that joins two fields in lower case after its head ("Chargée collections et expositions", "Head of
sales and marketing") keeps both fields."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

NADIA = person("nadia.faure@varenne-lyon.fr", "Nadia Faure")


@pytest.mark.parametrize("description, role", [
    ("Elle m'appelle pour un poste de Chargée collections et expositions chez un musée privé. Préparer mes "
     "prétentions.", "Chargée collections et expositions"),
    ("Entretien pour le poste de Responsable communication et mécénat. Apporter le portfolio.",
     "Responsable communication et mécénat"),
])
def test_a_title_joining_two_fields_keeps_both(description, role):
    found = detect(event("Entretien – Maison Varenne", description, organizer=NADIA, attendees=(NADIA,)), [ME])
    assert found.interview and found.role == role
