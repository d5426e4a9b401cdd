"""A coffee, a lunch or a chat that names the meeting in the title ("Lunsj med Kari – Polar Havbruk", "Frokost med
Kari") is no company's name: the company is the organisation the title names after it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event


@pytest.mark.parametrize("title", ["Lunsj med Kari – Polar Havbruk", "Frokost med Kari – Polar Havbruk"])
def test_a_meal_in_the_title_is_no_company(title):
    found = detect(event(title, "Kari Dahl, leder i klyngen (kari.dahl@nordklynge.no). Spørre om jobbmarkedet i "
                                "nord: hvem ansetter? Jeg spanderer.", organizer=CASEY, me_too=False, minutes=60), [ME])
    assert found.interview and found.company == "Polar Havbruk"
