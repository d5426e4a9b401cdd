"""A name the description writes in Armenian letters is the person the invitation names in Latin ones ("Հովհաննես
Կարապետյան" for Hovhannes Karapetyan): the people met, and their titles in brackets, which are not the post."""
from __future__ import annotations

from providers.detect import detect
from providers.detection.domains import names_in_latin
from tests.unit.test_detect import ME, event, person

HOVHANNES = person("h.karapetyan@shiraksoft.am", "Hovhannes Karapetyan")
NARINE = person("n.avagyan@shiraksoft.am", "Narine Avagyan")


def test_armenian_letters_read_as_names_are_written_in_latin_ones():
    assert names_in_latin("Հովհաննես Կարապետյան") == "hovhannes karapetyan"
    assert names_in_latin("Երվանդ Ոսկանյան, Մկրտչյան") == "yervand voskanyan, mkrtchyan"


def test_the_organizer_the_description_names_in_armenian_letters_is_met():
    found = detect(event("Shirak Soft – տեխնիկական հարցազրույց",
                         "Հովհաննես Կարապետյան + Նարինե Ավագյան (ֆինանսական տնօրեն)",
                         organizer=HOVHANNES, attendees=(NARINE,), minutes=60), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {HOVHANNES.email, NARINE.email}


def test_a_title_in_brackets_after_a_name_in_armenian_letters_is_that_persons_not_the_post():
    hr = person("careers@shiraksoft.am", "Shirak Soft Careers")
    found = detect(event("Shirak Soft – տեխնիկական հարցազրույց",
                         "Մասնակիցներ՝ Հովհաննես Կարապետյան (Data Platform Lead)։",
                         organizer=hr, attendees=(hr, HOVHANNES), minutes=60), [ME])
    assert found.interview and found.role != "Data Platform Lead"
