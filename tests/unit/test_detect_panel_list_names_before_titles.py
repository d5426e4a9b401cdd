"""A panel listed as "Name, Title (address)" names each person by the name, not the title before the address (a
note greets them by it: never "Hello Nordic", "Dear Finland")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_panel_listed_with_titles_is_named_by_the_names():
    sender = person("joanna.pike@harbourfresh.example", "Joanna Pike")
    found = detect(event("Harbourfresh - final interview",
                         "Hi Sam,\n\nGreat to have you in the final stage for Category Buyer, Nordics. The panel:\n"
                         "- Aino Korhonen, Head of Buying Finland & Estonia (aino.korhonen@harbourfresh.example)\n"
                         "- Lars Østby, Commercial Director Norway (lars.ostby@harbourfresh.example)\n"
                         "- Birgit Å. Dahl, Senior Buyer (b.dahl@harbourfresh.example)\n\n"
                         "I set this up but will not be on the call.\n\nBest regards,\nJoanna Pike, Talent Acquisition",
                         organizer=sender), [ME])
    assert found.interview
    names = {p.email: p.name for p in found.people}
    assert names == {"aino.korhonen@harbourfresh.example": "Aino Korhonen",
                     "lars.ostby@harbourfresh.example": "Lars Østby",
                     "b.dahl@harbourfresh.example": "Birgit Å. Dahl"}


def test_a_label_before_the_name_is_no_part_of_it():
    sender = person("joanna.pike@harbourfresh.example", "Joanna Pike")
    found = detect(event("Harbourfresh - interview", "Interview details:\n- Interviewer: Aino Korhonen, Head of "
                         "Buying (aino.korhonen@harbourfresh.example)\n\nBest regards,\nJoanna Pike",
                         organizer=sender), [ME])
    assert found.interview
    assert [p.name for p in found.people if p.email.startswith("aino")] == ["Aino Korhonen"]


def test_a_title_and_name_written_before_the_address_stay_as_written():
    sender = person("joanna.pike@harbourfresh.example", "Joanna Pike")
    found = detect(event("Harbourfresh - interview", "You will meet:\n- Dr. José Antonio Gil "
                         "(antonio.gil@harbourfresh.example)\n\nBest regards,\nJoanna Pike",
                         organizer=sender), [ME])
    assert found.interview
    assert [p.name for p in found.people if p.email.startswith("antonio")] == ["Dr. José Antonio Gil"]
