"""Field extraction where a text speaks of the post without naming it, or of a group of people: "the team the
role supports" names no role, nor does "the Nordic sales force"; the conversation is still about a post."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person

SCHEDULING = person("scheduling@harrowfield.example", "Harrowfield Talent Scheduling")
RECRUITER = person("ines.varga@harrowfield.example", "Ines Varga")
DIRECTOR = person("olav.brekke@harrowfield.example", "Olav Brekke")


@pytest.mark.parametrize("description", [
    "Stage 2. Olav runs the sales engineering group the role supports. Expect questions on pipeline reviews.",
    "Stage 2. Olav heads the logistics coordinator team this vacancy reports to.",
])
def test_a_conversation_about_the_role_unnamed_takes_the_processs_role(description):
    first = event("Interview: Key Account Manager – Harrowfield", "Your first interview with Ines.",
                  organizer=SCHEDULING, attendees=(RECRUITER,), minutes=60)
    start = START + timedelta(days=12)
    second = replace(event("Harrowfield – conversation with Olav Brekke (Director Retail)", description,
                           organizer=SCHEDULING, attendees=(DIRECTOR,), minutes=60),
                     event_id="evt-2", start=start, end=start + timedelta(minutes=60))
    verdicts = detect_calendar([first, second], [ME])
    assert verdicts[1].interview  # a recruiting team's conversation about the post
    assert verdicts[1].role == "Key Account Manager"


@pytest.mark.parametrize("description", [
    "Olav runs the sales engineering group the role supports.",
    "Olav heads the logistics coordinator team this position reports to.",
])
def test_the_words_before_the_post_spoken_of_are_not_its_title(description):
    found = detect(event("Interview – Harrowfield", description, organizer=RECRUITER, attendees=(DIRECTOR,)), [ME])
    assert found.interview and found.role is None


@pytest.mark.parametrize("description", [
    "Olav would like your thoughts on the role of automation in our depots.",
    "Olav would like your thoughts on the role automation plays in our depots.",
    "Olav would like to go through the position before the quarter closes.",
])
def test_a_function_or_a_position_held_is_no_post(description):
    found = detect(event("Harrowfield – conversation with Olav Brekke", description, organizer=SCHEDULING,
                         attendees=(DIRECTOR,), minutes=60), [ME])
    assert not any("a conversation about a role" in reason for reason in found.reasons)


@pytest.mark.parametrize("description", [
    "Expect a discussion on territory planning for the Nordic sales force.",
    "Expect a case study for the inside sales team.",
])
def test_a_group_of_people_is_not_the_role(description):
    found = detect(event("Interview – Harrowfield", description, organizer=RECRUITER, attendees=(DIRECTOR,)), [ME])
    assert found.interview and found.role is None


@pytest.mark.parametrize("description, role", [
    ("Your interview for the position of Head of the Data Team.", "Head of the Data Team"),
    ("Your interview for the Sales Lead, Enterprise Team position.", "Sales Lead, Enterprise Team"),
])
def test_a_title_that_heads_a_team_is_a_role(description, role):
    found = detect(event("Interview – Harrowfield", description, organizer=RECRUITER, attendees=(DIRECTOR,)), [ME])
    assert found.role == role
