"""Samoan (``sm.toml``): an interview for a job, in each spelling of the glottal stop, is an interview; a talk
("faʻatalanoaga") with nothing of a job and nobody of an organisation is not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title", [
    "Faʻatalanoaga mo le galuega – Vailima Motors (tausi tusi)",
    "Fa'atalanoaga mo le galuega – Vailima Motors",
    "faatalanoaga mo galuega Vailima Motors",
])
def test_an_interview_for_a_job_is_an_interview_in_each_spelling(title):
    found = detect(event(title, "Aumai le CV.", me_too=False), [ME])
    assert found.interview and found.kind == "job" and found.company == "Vailima Motors"


def test_an_employers_invitation_to_a_talk_is_an_interview():
    hr = person("hr@vailimamotors.example", "Vailima Motors HR")
    found = detect(event("Faʻatalanoaga – Vailima Motors", "Talofa, matou te valaaulia oe.", organizer=hr,
                         attendees=(hr,)), [ME])
    assert found.interview


def test_a_talk_noted_alone_is_not():
    assert not detect(event("Faatalanoaga ma le faifeau", "", me_too=False), [ME]).interview
