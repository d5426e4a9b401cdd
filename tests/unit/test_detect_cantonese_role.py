"""Cantonese notes name the role after "佢哋請" (they are hiring) and end a sentence with the Chinese full stop, which
ends the role as a Latin one does ("佢哋請 Site Supervisor。").

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_the_role_they_are_hiring_ends_at_the_chinese_full_stop():
    found = detect(event("見工 Kowloon Bay Builders 2pm", "佢哋招緊 Site Supervisor。Peter Lam 會見我，帶埋證書。",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview
    assert found.role == "Site Supervisor"
