"""The company guessed from the title's words keeps the kind of organisation that ends its name when the title writes
it in small letters, as Serbian, Croatian and Slovak names do ("Moravska banka", "Јадранска банка")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, company", [
    ("Poziv na razgovor – Moravska banka", "Moravska banka"),
    ("Позив на разговор – Јадранска банка", "Јадранска банка"),
])
def test_a_kind_written_small_after_the_name_is_part_of_it(title, company):
    found = detect(event(title, "Pozivamo Vas na prvi krug razgovora za poziciju sistem administratora.",
                         organizer=None, attendees=(), me_too=False), [ME])
    assert found.interview
    assert found.company == company
