"""A title that joins two fields in capitals after "de" or "of" ("Coordinadora de Comunicación y Eventos", "Head of
Sales and Marketing") is one role: the second field is not cut off at "y" or "and"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("description, role", [
    ("Le confirmamos su entrevista para el puesto de Coordinadora de Comunicación y Eventos del Museo Regional "
     "de Colima.", "Coordinadora de Comunicación y Eventos"),
    ("Confirming your interview for the position of Head of Sales and Marketing at Orbis Freight.",
     "Head of Sales and Marketing"),
])
def test_two_fields_joined_in_capitals_stay_in_the_role(description, role):
    recruiter = person("rh@museoregional.example", "Recursos Humanos")
    found = detect(event("Confirmación de entrevista", description, organizer=recruiter, attendees=(recruiter,),
                         minutes=60), [ME])
    assert found.interview and found.role == role


def test_a_person_after_and_is_not_a_field():
    recruiter = person("rh@orbisfreight.example", "Lena Ruiz")
    found = detect(event("Interview", "Confirming your interview for the position of Head of Sales and Anna will "
                         "join too.", organizer=recruiter, attendees=(recruiter,), minutes=60), [ME])
    assert found.role == "Head of Sales"
