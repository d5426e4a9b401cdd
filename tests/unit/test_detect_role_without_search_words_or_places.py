"""A role is the title alone: a word saying the search is confidential is no part of it ("Confidential Head of
Research" is "Head of Research"), nor is the town after "in" ("Senior Audiologist in Mosgiel"), unless the head of
the title is one a field follows ("Lecturer in Law")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_SENDER = person("priya.nair@fabrikam.com", "Priya Nair")


@pytest.mark.parametrize(("title", "role"), [
    ("Interview – Confidential Chief Risk Officer", "Chief Risk Officer"),
    ("Interview – Confidential Director of Operations", "Director of Operations"),
    ("Interview – Staff Physiotherapist in Whanganui", "Staff Physiotherapist"),
    ("Interview: Warehouse Manager in Port Augusta", "Warehouse Manager"),
    ("Interview – Lecturer in Marine Biology", "Lecturer in Marine Biology"),
])
def test_the_role_is_the_title_alone(title, role):
    found = detect(event(title, organizer=_SENDER, attendees=(_SENDER,)), [ME])
    assert found.interview and found.role == role
