"""A company whose domain spells only its first words, written in full in a later part of the title: in the brackets
after a person's name ("Coffee - Imani (Harbor Soil Lab)"), or ending the title with the kind of firm it is
("... - Kestrel Aerial Mapping"). A branch's town after the name ("(Bergblick Zermatt)") is no part of it."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_brackets_after_a_persons_name_write_the_company_in_full():
    imani = person("imani.k@harborsoil.org", "Imani Kariuki")
    found = detect(event("Coffee - Imani (Harbor Soil Lab) career chat",
                         "I asked her how she moved from agronomy to soil science.",
                         organizer=person(ME, "Casey Nguyen"), attendees=(imani,), minutes=60), [ME])
    assert found.interview and found.company == "Harbor Soil Lab"


def test_the_titles_last_part_ending_in_the_firms_kind_writes_it_in_full():
    organizer = person("talent@kestrelaerial.com", "Kestrel Aerial Recruiting")
    lead = person("j.moss@kestrelaerial.com", "Jo Moss")
    found = detect(event("Interview Invitation: Field Technician - Kestrel Aerial Mapping",
                         "We are pleased to invite you to a first interview for the position of Field Technician.",
                         organizer=organizer, attendees=(lead,)), [ME])
    assert found.interview and found.company == "Kestrel Aerial Mapping"


def test_a_branchs_town_in_the_brackets_after_a_role_is_not():
    chef = person("hr@bergblick.ch", "Bergblick HR")
    found = detect(event("Interview – Sous Chef (Bergblick Zermatt)", "Your interview for the Sous Chef position.",
                         organizer=chef, attendees=(chef,)), [ME])
    assert found.interview and found.company != "Bergblick Zermatt"
