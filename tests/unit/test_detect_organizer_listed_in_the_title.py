"""A title that lists the first names of those who meet ("Casey / Wren / Malik - Tallgrass"), the organizer's among
them: the organizer is met too, beside the colleague they invited."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_organizer_listed_in_the_titles_names_is_met():
    wren = person("wren.ha@tallgrass.io", "Wren Ha")
    malik = person("malik.o@tallgrass.io", "Malik Osei")
    found = detect(event("Casey / Wren / Malik - Tallgrass", "second interview: walk through my case study",
                         organizer=wren, attendees=(malik,), minutes=60), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["malik.o@tallgrass.io", "wren.ha@tallgrass.io"]


def test_an_organizer_the_title_does_not_list_is_not():
    wren = person("wren.ha@tallgrass.io", "Wren Ha")
    malik = person("malik.o@tallgrass.io", "Malik Osei")
    found = detect(event("Casey / Malik - Tallgrass", "second interview: walk through my case study",
                         organizer=wren, attendees=(malik,), minutes=60), [ME])
    assert [p.email for p in found.people] == ["malik.o@tallgrass.io"]
