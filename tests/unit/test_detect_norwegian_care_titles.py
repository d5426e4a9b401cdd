"""Norwegian care professions head a role like "Sykepleier": "Vernepleier", "Tannpleiar"."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_care_profession_in_the_title_is_the_role():
    leader = person("kari.nes@fjordbu-omsorg.example", "Kari Nes")
    found = detect(event("Interview: Vernepleier - Fjordbu Omsorg", "Velkommen til intervju med Kari Nes.",
                         organizer=leader, attendees=(leader,), minutes=45), [ME])
    assert found.interview and found.role == "Vernepleier"
