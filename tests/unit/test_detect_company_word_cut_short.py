"""A company's name whose last word the title cuts short ("Karoo Cop"), written whole in the location or the notes
("Karoo Copper, Pit 4 office"): the name as written in full."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_word_the_title_cuts_short_is_written_whole_where_the_location_names_the_company():
    manager = person("dvanwyk@krcop.co.za", "Danie van Wyk")
    found = detect(event("Karoo Cop - final interview, Kimberley", "Final interview with Danie and the mine manager.",
                         organizer=manager, attendees=(manager,), location="Karoo Copper, Pit 4 office, Kimberley",
                         minutes=120), [ME])
    assert found.interview and found.company == "Karoo Copper"
