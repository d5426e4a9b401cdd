"""Kinds learnt after an independent labelled set (blind34) was scored: Moroccan Darija written in Latin letters
and digits, as notes are typed on a phone: a coffee with someone ("Qahwa m3a Karim", "9ahwa m3a"), to ask them
("nsowlo", "nsowlha") about their work or an opening ("blassa", "khdma"), is an informational interview; a coffee
with a friend about anything else is not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description", [
    ("Qahwa m3a Karim – Atlas Pharma", "Karim Benali, daba responsable qualité f Atlas Pharma. Bghit nsowlo 3la l "
     "khdma 3ndhom w wach kayn chi blassa. karim.benali@atlaspharma.ma"),
    ("9ahwa m3a Nadia – Sahara Logistics", "Nadia Alami (nadia.alami@saharalog.ma), chef d'équipe. Bghit nsowlha "
     "kifach dayrin f l planning."),
])
def test_a_darija_coffee_to_ask_about_someones_work_is_an_informational_interview(title, description):
    found = detect(event(title, description, me_too=False, minutes=60, location="Café Paul, Gauthier"), [ME])
    assert found.interview and found.kind == "informational"
    assert found.company == title.partition(" – ")[2]


@pytest.mark.parametrize("title, description", [
    ("9ahwa m3a Salma", "Salma (salma.idrissi@gmail.com). Ndiw l'cadeau dyal Mehdi."),
    ("Ftour m3a Youssef", "Youssef w Imane, n3awdo 3la l3otla."),
])
def test_a_darija_coffee_or_meal_with_a_friend_is_no_interview(title, description):
    found = detect(event(title, description, me_too=False, minutes=60, location="Café Paul, Gauthier"), [ME])
    assert not found.interview
