"""The user's terse Persian note of a call about a post: the role is the post's short name, never the line of notes
that goes on about the employer ("در یک شرکت ...", at a company) after the Persian comma or "که" (which)."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("notes", [
    "کارشناس ارشد خرید برای یک شرکت تولید لوازم خانگی در کرج، رزومه آماده باشد",
    "درباره موقعیت کارشناس ارشد خرید در یک کارخانه لوازم خانگی، رزومه آماده باشد",
    "موقعیت شغلی: کارشناس ارشد خرید در یک کارخانه لوازم خانگی که دفتر مرکزی آن در کرج است، رزومه آماده باشد",
])
def test_the_role_of_a_persian_call_note_is_the_posts_name(notes):
    found = detect(event("تماس – نگار – پارس تلنت ساعت ۹", notes, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.role == "کارشناس ارشد خرید"
