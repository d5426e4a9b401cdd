"""Kinds learnt after an independent labelled set (blind30) was scored: the user's terse note of a call with someone
at a company ("call w/ Rosa - Kestrel"), whose notes name the post and the terms to ask about: staff or freelance,
the pay or salary range. A call about a job, though no word of the notes says "job" or "role"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("description", [
    "Rosa Lind, art director @ Kestrel Studio. they want a Motion Designer in house - ask pay range",
    "Rosa Lind, art director @ Kestrel Studio. Motion Designer for the games team - ask staff or freelance",
    "Rosa Lind, art director @ Kestrel Studio. Motion Designer, 2 days in office. salary range? who owns the files",
])
def test_a_call_note_asking_the_terms_of_a_post_is_a_call_about_a_job(description):
    found = detect(event("call w/ Rosa - Kestrel", description, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Kestrel Studio"


def test_a_call_note_about_a_clients_budget_is_no_interview():
    found = detect(event("call w/ Rosa - Kestrel", "Rosa Lind, art director @ Kestrel Studio. go over the Q3 "
                         "campaign budget and the shoot dates", me_too=False, minutes=30), [ME])
    assert not found.interview
