"""A site of operations a final stage takes place at ("the Roe Basin operation", "Kalla Ridge mine site") is
where the company works, not the company: the hiring process's earlier rounds name the company."""
from __future__ import annotations

import pytest

from providers.base import Person
from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, event

PRIYA = Person("priya.nair@granitepeak.example", "Priya Nair", "accepted")
OWEN = Person("owen.price@granitepeak.example", "Owen Price", "accepted")


@pytest.mark.parametrize("title, description, location", [
    ("Final interview: day at the Roe Basin operation", "We'd like you to spend the day at Roe Basin with Owen (Chief "
     "Metallurgist): plant tour and a sit-down. The bus leaves the depot at 06:00.", ""),
    ("Final round – visit", "Join Owen for the day at Kalla Ridge. Boots provided.", "Kalla Ridge mine site"),
])
def test_a_site_of_operations_is_not_the_company(title, description, location):
    first = event("Interview – Plant Metallurgist, Granite Peak Minerals", "Thanks for applying to Granite Peak "
                  "Minerals Ltd for the Plant Metallurgist role.", organizer=PRIYA, attendees=(PRIYA, OWEN))
    final = event(title, description, organizer=PRIYA, attendees=(OWEN,), location=location, minutes=600)
    alone = detect(final, [ME])
    assert alone.interview and alone.company not in ("Roe Basin", "Kalla Ridge")
    found = detect_calendar([first, final], [ME])
    assert found[1].company == "Granite Peak Minerals" and found[1].role == "Plant Metallurgist"


def test_a_company_named_before_its_plant_by_its_own_domain_stays_the_company():
    found = detect(event("Final interview – Granite Peak plant", "A tour of the plant with Owen, then a chat.",
                         organizer=PRIYA, attendees=(OWEN,), minutes=180), [ME])
    assert found.interview and found.company == "Granite Peak"
