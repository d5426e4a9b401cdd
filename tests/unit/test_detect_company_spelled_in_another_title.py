"""An interview whose company is written as its domain spells it ("Fernhill Studio" of fernhillstudio.example) keeps
that name: another event's title that ends with the same name ("Final round – Product Designer @ Fernhill Studio")
writes it the same way, it does not spell it out."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect_calendar
from providers.detection.company_names import abbreviates
from tests.unit.test_detect import ME, START, event, person


def test_a_title_ending_with_the_name_a_domain_spells_is_no_fuller_name():
    rowan = person("rowan@fernhillstudio.example", "Rowan Ashby")
    talent = person("talent@fernhillstudio.example", "Fernhill Talent")
    first = event("Design challenge review - Product Designer @ Fernhill Studio",
                  "Hi Casey, you'll walk Rowan Ashby through your design challenge for the Product Designer role.",
                  organizer=talent, attendees=(rowan,), minutes=60)
    start = START + timedelta(days=9)
    later = replace(event("Final round - Product Designer @ Fernhill Studio", "Final stage with Rowan.",
                          organizer=talent, attendees=(rowan,), minutes=45),
                    event_id="evt-2", start=start, end=start + timedelta(minutes=45))
    verdicts = detect_calendar([first, later], [ME])
    assert [v.company for v in verdicts] == ["Fernhill Studio", "Fernhill Studio"]


def test_a_phrase_that_ends_with_the_spelled_name_does_not_abbreviate_to_it():
    assert not abbreviates("fernhillstudio.example", "Final round - Product Designer @ Fernhill Studio")
    assert abbreviates("hwcrane.example", "Hartwell & Crane")
