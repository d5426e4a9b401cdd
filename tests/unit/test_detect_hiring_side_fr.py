"""A French note in which the user conducts the interview ("Je conduis l'entretien avec ...") puts the user on the
hiring side: the event is no interview of the user's.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("description", [
    "Je conduis l'entretien avec Mathilde. Son CV est sur le partage.",
    "Je mène les entretiens avec le chef d'atelier, deux créneaux.",
])
def test_the_user_conducting_the_interview_is_none(description):
    manager = person("mathilde.roux@ateliersdunord.example", "Mathilde Roux")
    applicant = person("kevin.l@free.example", "Kevin Lemaire")
    found = detect(event("Entretien apprenti – Kevin L.", description, organizer=manager,
                         attendees=(manager, applicant), minutes=30), [ME])
    assert not found.interview
