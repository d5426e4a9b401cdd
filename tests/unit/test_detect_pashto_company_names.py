"""A company the text writes in Pashto, the name between "د" (of) and its word for a company ("د پامیر برېښنا شرکت",
the Pamir Power company), is the company, before the name a Latin domain only spells."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.arabic import arabic_company
from tests.unit.test_detect import ME, event, person

_KABUL = person("jobs@pamirpower.af", "Wahid Noori")


def _company(title, description=""):
    found = detect(event(title, description, organizer=_KABUL, attendees=(_KABUL,)), [ME])
    assert found.interview
    return found.company


@pytest.mark.parametrize(("title", "description"), [
    ("مرکه", "تاسو د پامیر برېښنا شرکت کې د دندې مرکې ته رابلل شوي یاست."),
    ("د دندې مرکه – د پامیر برېښنا شرکت", "تاسو د دندې مرکې ته رابلل شوي یاست."),
    ("مرکه", "تاسو د پامیر برېښنا کمپنۍ کې مرکې ته رابلل شوي یاست."),
])
def test_a_pashto_name_before_its_company_word_is_the_company(title, description):
    assert _company(title, description) == "پامیر برېښنا"


def test_the_last_of_before_the_company_word_starts_the_name():
    assert arabic_company("د مرکې لپاره د ګلستان ټرانسپورټ شرکت ته راشئ", lambda _p: True) == "ګلستان ټرانسپورټ"
    assert arabic_company("د کابل شرکت", lambda _p: True) == "کابل"
