"""A rank or a kind of a title written with an interview word stays part of the title ("Second Officer", "Video
Editor"), where the same word before another title is a round or a medium ("Second interview – Data Engineer")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

PRIYA = person("priya.shah@northwind.co.uk", "Priya Shah")


def _found(title: str, description: str):
    return detect(event(title, description, organizer=PRIYA, attendees=(PRIYA,)), [ME])


@pytest.mark.parametrize("title, role", [
    ("Interview – Second Officer", "Second Officer"),
    ("Interview – Third Engineer", "Third Engineer"),
    ("Interview – Video Editor", "Video Editor"),
    ("Phone interview – Phone Technician", "Phone Technician"),
    ("Second interview – Data Engineer", "Data Engineer"),  # a round, not a rank
    ("Video interview – Editor", "Editor"),  # a medium, not a kind of editor
])
def test_a_rank_or_a_kind_written_as_an_interview_word_stays_part_of_the_title(title, role):
    found = _found(title, "See you then.")
    assert found.interview and found.role == role
