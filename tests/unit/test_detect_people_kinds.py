"""The people met: a sender who writes that they take part is met; an assessment day's team mailbox is not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("sentence", [
    "Next you will talk with Bram Visser (Head of Planning) and me about the role.",
    "Je spreekt met Bram Visser (hoofd planning) en mij over de functie.",
    "Le comité : Bram Visser (directeur) et moi-même.",
])
def test_a_sender_who_writes_they_take_part_is_met(sentence):
    sender = person("ilse.jong@dijkstrafoods.example", "Ilse de Jong")
    head = person("bram.visser@dijkstrafoods.example", "Bram Visser")
    found = detect(event("Final interview – Dijkstra Foods", f"Dear Casey,\n\n{sentence}\n\nIlse",
                         organizer=sender, attendees=(head,)), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["bram.visser@dijkstrafoods.example",
                                                     "ilse.jong@dijkstrafoods.example"]


def test_an_assessment_days_team_mailbox_is_not_someone_met_but_a_recruiters_is():
    team = person("grad.campus@lindqvistgroup.example", "Lindqvist Graduate Campus Team")
    day = detect(event("Assessment centre – Lindqvist Graduate Programme", "Assessors will be confirmed on the day.",
                       organizer=team, minutes=420), [ME])
    assert day.interview and day.people == ()
    talent = person("talent@lindqvistgroup.example", "Lindqvist Talent")
    screen = detect(event("Phone screen – Lindqvist", "A first call about the Analyst position.", organizer=talent,
                          minutes=30), [ME])
    assert [p.email for p in screen.people] == ["talent@lindqvistgroup.example"]
