"""A person whose family name holds particles ("Anouk van der Meer", "Jan de Wit"), as their address
writes it run together ("a.vandermeer@"), is a person named in the invitation, never the company."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_name_with_dutch_particles_that_an_address_spells_is_no_company():
    found = detect(event("FW: Uitnodiging vervolggesprek", "Van: Werving <werving@zuiderhaven.example>\nCC: Anouk van "
                         "der Meer <a.vandermeer@zuiderhaven.example>\n\nGraag nodigen wij je uit voor een "
                         "vervolggesprek om 10:00 uur met Rik Jansen en Anouk van der Meer (teamleider).",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.company != "Anouk van der Meer"

