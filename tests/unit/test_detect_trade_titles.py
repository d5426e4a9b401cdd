"""Trades and crafts name their people by the work's head word: a maker, a grower, a keeper ("Cheesemaker",
"Vegetable Grower", "Greenkeeper"), a smith or a wright ("Locksmith", "Shipwright"), a brewer, a distiller, a
hand ("Farm Hand"). They head a role as an engineer or a manager does."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, role", [
    ("Hollow Oak Dairy - Head Cheesemaker - first chat", "Head Cheesemaker"),
    ("Hollow Oak Dairy - Cabinetmaker - first chat", "Cabinetmaker"),
    ("Hollow Oak Dairy - Vegetable Grower - first chat", "Vegetable Grower"),
    ("Hollow Oak Dairy - Senior Greenkeeper - first chat", "Senior Greenkeeper"),
    ("Hollow Oak Dairy - Locksmith - first chat", "Locksmith"),
    ("Hollow Oak Dairy - Marine Shipwright - first chat", "Marine Shipwright"),
    ("Hollow Oak Dairy - Craft Brewer - first chat", "Craft Brewer"),
    ("Hollow Oak Dairy - Head Distiller - first chat", "Head Distiller"),
    ("Hollow Oak Dairy - Farm Hand - first chat", "Farm Hand"),
])
def test_a_trades_title_is_the_role(title, role):
    recruiter = person("maya.lind@hollowoak.com.au", "Maya Lind")
    found = detect(event(title, "Thanks for applying. A 30-minute conversation about the role and your experience.",
                         organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title", [
    "Interview with Rosa Goldsmith", "Interview with Dan Cartwright",
])
def test_a_surname_ending_like_a_trade_is_no_role(title):
    recruiter = person("maya.lind@hollowoak.com.au", "Maya Lind")
    found = detect(event(title, "A 30-minute conversation about your experience.",
                         organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.role is None
