"""Georgian job titles in their case forms: a title is read in the genitive before the word for the post
("ინჟინრის ვაკანსია"), including the titles that drop a vowel there (ინჟინერი: ინჟინრის), and the role is named in
the nominative again.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("description, role", [
    ("ინჟინრის ვაკანსია", "ინჟინერი"),
    ("მასწავლებლის ვაკანსია", "მასწავლებელი"),
    ("ექთნის პოზიცია, რეზიუმე მზად", "ექთანი"),
    ("თარჯიმნის ვაკანსია", "თარჯიმანი"),
    ("მოლარის ვაკანსია", "მოლარე"),
])
def test_a_title_in_the_genitive_is_the_role_of_a_call_about_a_job(description, role):
    found = detect(event("ზარი – ნინო – რაჭის ღვინო 10:00", description, organizer=None, me_too=False, minutes=30),
                   [ME])
    assert found.interview and found.company == "რაჭის ღვინო" and found.role == role
