"""German notes that speak of a selection board ("Auswahlgremium", "Auswahlausschuss") list its members: an address
on a line of its own there is one more member met."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_board_members_address_on_its_own_line_is_met():
    found = detect(event("Diakoniewerk Saar – zweite Runde", "Zweites Gespräch mit dem Auswahlausschuss: Dr. Ute "
                         "Kramer (Vorstand), Jens Falk (Kuratorium, j.falk@dw-saar.example) und Lea Brun "
                         "(Mitarbeitervertretung, l.brun@dw-saar.example).\nu.kramer@dw-saar.example",
                         organizer=None, minutes=90), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["j.falk@dw-saar.example", "l.brun@dw-saar.example",
                                                     "u.kramer@dw-saar.example"]
