"""A title in brackets after the name of someone the interview is with is theirs, not the role's, also when
the interview words before them ("final chat with …") are cut off the title's part."""
from __future__ import annotations

import pytest

from providers.base import Person
from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, event

INGRID = Person("ingrid.holm@fernwood.example", "Ingrid Holm", "accepted")
PAVEL = Person("pavel.dvorak@fernwood.example", "Pavel Dvořák", "accepted")


@pytest.mark.parametrize("title", [
    "Fernwood: final round with Ingrid (VP Engineering)",
    "Fernwood – second interview with Ingrid Holm (VP Engineering)",
])
def test_the_interviewers_title_after_their_name_is_not_the_role(title):
    first = event("Fernwood – intro call, Backend Engineer", "A first chat about the Backend Engineer opening.",
                  organizer=PAVEL, attendees=(PAVEL,))
    later = event(title, "How you work with the team, and your questions for us.", organizer=INGRID,
                  attendees=(INGRID,))
    assert detect(later, [ME]).role != "VP Engineering"
    assert detect_calendar([first, later], [ME])[1].role == "Backend Engineer"
