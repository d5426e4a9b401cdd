"""A note's "re" (regarding) before the post is no part of the role a thank-you note names."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("regarding", ["re", "Re:", "RE:", "regarding"])
def test_regarding_before_the_post_is_no_part_of_the_role(regarding):
    found = detect(event("Ph call w/ Tama – Kowhai Optometry 9.15",
                         f"{regarding} Practice Optometrist (Tama = owner). Have CV handy. tama@kowhaioptometry.example",
                         minutes=30), [ME])
    assert found.interview
    assert found.role == "Practice Optometrist"
