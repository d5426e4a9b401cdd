"""Kinds learnt after an independent labelled set (blind30) was scored: a group whose name ends in "Holdings",
written in full in the invitation while the people's domain spells the shorter name ("Mopani Agri Holdings" for
mopani-agri.example): "Holdings" is part of the group's name, not a legal form to leave out."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_groups_holdings_stays_in_its_name():
    agent = person("lerato@baobabsearch.example", "Lerato Sithole")
    director = person("t.banda@mopani-agri.example", "Tawonga Banda")
    found = detect(event("Interview: Mopani Agri Holdings - Farm Operations Manager (via Baobab)",
                         "Dear Chanda,\n\nI can now share that the client is Mopani Agri Holdings. You will meet "
                         "Tawonga Banda (COO).\n\nLerato Sithole\nBaobab Search", organizer=agent,
                         attendees=(director,), minutes=60), [ME])
    assert found.interview
    assert found.company == "Mopani Agri Holdings"
