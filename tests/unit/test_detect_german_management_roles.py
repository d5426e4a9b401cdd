"""German titles for running an organisation ("Kaufmännische Geschäftsführung", "Geschäftsführerin") head a role
after "Bewerbung als"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("role", ["Kaufmännische Geschäftsführung", "Geschäftsführerin"])
def test_a_management_title_after_an_application_is_the_role(role):
    chair = person("h.steffens@tafelwerk-ruhr.example", "Dr. Hannes Steffens")
    found = detect(event("Erstgespräch Tafelwerk Ruhr", f"Sehr geehrte Frau Berger, vielen Dank für Ihre Bewerbung "
                         f"als {role}. Gerne lernen wir Sie in einem ersten Gespräch per Teams kennen.",
                         organizer=chair, attendees=(chair,), minutes=60), [ME])
    assert found.interview and found.role == role
