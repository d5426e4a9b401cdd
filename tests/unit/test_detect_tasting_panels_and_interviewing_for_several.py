"""A panel of tasters ("Sensory panel", "Judging panel") is no interview panel; and the user who writes that they
interview with a colleague for several posts ("Mia and I interviewing for 3 seasonal pickers") is on the hiring side."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title", ["Sensory panel - cheese ripening trials", "Judging panel - regional olive oil show"])
def test_a_panel_of_tasters_is_no_interview(title):
    colleagues = (person("omar@saltmarshdairy.com.au", "Omar Haddad"), person("ivy@saltmarshdairy.com.au", "Ivy Chen"))
    found = detect(event(title, "Bring your notes. Blind where possible.", organizer=person(ME, "Casey Nguyen"),
                         attendees=colleagues, minutes=60, location="Saltmarsh Dairy lab"), [ME])
    assert not found.interview


@pytest.mark.parametrize("description", [
    "Mia and me interviewing for 3 seasonal pickers. 9:00 Sam K, 9:40 Lea P, 10:20 Ahmed R.",
    "Mia and I are interviewing for two harvest casuals. 9:00 Sam K, 9:40 Lea P.",
    "We're interviewing for 5 summer packers: 9:00 Sam K, 9:40 Lea P, 10:20 Ahmed R.",
])
def test_the_user_interviewing_with_a_colleague_for_several_posts_is_on_the_hiring_side(description):
    colleague = person("mia@orchardridge.com.au", "Mia Ross")
    found = detect(event("Picker interviews - 2027 harvest", description, organizer=person(ME, "Casey Nguyen"),
                         attendees=(colleague,), minutes=120, location="Orchard Ridge - packing shed"), [ME])
    assert not found.interview


def test_the_user_interviewing_for_a_post_with_a_friend_stays_a_candidate():
    recruiter = person("mia@orchardridge.com.au", "Mia Ross")
    found = detect(event("Orchard Ridge - group interview", "Sam and I interviewing for the orchard supervisor role.",
                         organizer=recruiter, attendees=(recruiter,), minutes=60), [ME])
    assert found.interview
