"""Swahili, Persian and Urdu coffees asking someone's career advice ("Kahawa na Baraka – ushauri wa kazi", "قهوه با
نگار – مشاوره شغلی", "چائے – عمر کے ساتھ، کیریئر مشورہ") are informational interviews; a coffee with a friend that
asks no advice is not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description", [
    ("Kahawa na Baraka – ushauri wa kazi", "Baraka (Ziwa Bank) – kuomba ushauri kuhusu kuhamia fintech"),
    ("قهوه با نگار – مشاوره شغلی", "نگار (آریا پرداخت) – مشورت درباره تغییر مسیر به تحلیل داده"),
    ("چائے – عمر کے ساتھ، کیریئر مشورہ", "عمر (Ravi Foods) – مارکیٹنگ میں جانے کے بارے میں مشورہ لینا"),
])
def test_a_coffee_asking_career_advice_is_an_informational_interview(title, description):
    found = detect(event(title, description, me_too=False), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title", ["Kahawa na Baraka", "قهوه با نگار", "چائے – عمر کے ساتھ"])
def test_a_coffee_with_a_friend_is_no_interview(title):
    assert not detect(event(title, "", me_too=False), [ME]).interview
