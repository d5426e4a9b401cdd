"""Kinds learnt after an independent labelled set (blind30) was scored: the user's own note of a call with someone
named with the Zambian "ba" of respect ("call ba Mwale - Chisamba"), whose notes name the job title, say the person
will call and that the CV or the salary figure should be ready: a call about a job."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description", [
    ("call ba Mwale - Chisamba 09:00",
     "Mrs Mwale from Chisamba Grain Traders, she runs procurement. Procurement Analyst - maize desk. She will phone "
     "me. cv ready, know my notice period"),
    ("call ba Tembo - Kafue",
     "Mr Tembo at Kafue Sugar Estates. Logistics Coordinator. He will ring my mobile, have the salary figure ready"),
])
def test_a_call_note_naming_someone_with_ba_about_a_job_is_an_interview(title, description):
    found = detect(event(title, description, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


def test_a_call_note_naming_a_relative_with_ba_is_no_interview():
    found = detect(event("call ba Mulenga - Kitwe", "ask about the funeral arrangements and transport",
                         me_too=False, minutes=30), [ME])
    assert not found.interview
