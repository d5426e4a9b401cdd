"""A word saying the search is kept confidential, in brackets after the title ("Finance Director (Confidential)"),
in any language the vocabularies cover, is never the company: the role is the title without it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_FRIEND = person("rua.tane@gmail.com", "Rua Tane")
_FIRM = person("priya.nair@fabrikam.com", "Priya Nair")


@pytest.mark.parametrize("title", [
    "Interview – Finance Director (Confidential)",
    "Interview – Finance Director (Undisclosed)",
    "Entrevista – Directora Financiera (Confidencial)",
    "Vorstellungsgespräch – Leiter Einkauf (Vertraulich)",
    "Cyfweliad swydd – Pennaeth Cyllid (Cyfrinachol)",
])
def test_a_bracketed_word_keeping_the_search_back_is_no_company(title):
    alone = detect(event(title, organizer=_FRIEND, attendees=(_FRIEND,)), [ME])
    assert alone.interview and alone.company is None
    at_a_firm = detect(event(title, organizer=_FIRM, attendees=(_FIRM,)), [ME])
    assert at_a_firm.interview and at_a_firm.company == "Fabrikam"


def test_the_role_is_the_title_without_the_bracketed_word():
    found = detect(event("Interview – Finance Director (Confidential)", organizer=_FRIEND, attendees=(_FRIEND,)), [ME])
    assert found.role == "Finance Director"
