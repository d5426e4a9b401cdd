"""Kinds learnt after an independent labelled set (blind30) was scored: the user's note of a phone interview a
reporter gives them for a piece or a story they are doing ("doing a piece on ...", "writing a piece about ..."),
press however much the note says of the user's own job."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description", [
    ("Harbor Gazette - phone interview about tariffs",
     "columnist Ana Ruiz doing a story about port jobs. boss approved it. don't bring up my job search"),
    ("Valley Wire phone interview",
     "Tom from the Wire, writing a piece about rural broadband. keep it short, mention the job numbers"),
])
def test_a_reporters_phone_interview_for_a_piece_is_press(title, description):
    assert not detect(event(title, description, minutes=30, me_too=False), [ME]).interview
