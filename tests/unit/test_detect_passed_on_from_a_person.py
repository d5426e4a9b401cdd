"""Someone who passed the user's CV or number on is no company: "got my CV from Winnie" names a person, and the
company is the one the note writes with its legal form ("Kyaddondo Microfinance Ltd – got my CV from Winnie"); the
name ending a sentence before the role is no part of it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("passed_on", ["got my CV from Tendai", "has my resume from Tendai",
                                       "got my resume from Tendai"])
def test_who_passed_the_cv_on_is_no_company(passed_on):
    found = detect(event("Mutasa 10am", f"Harare Grain Millers Ltd – {passed_on}. Plant Accountant. He will call. "
                                        "0772 553 201", minutes=30), [ME])
    assert found.interview
    assert found.company == "Harare Grain Millers"
    assert found.role == "Plant Accountant"  # not "Tendai. Plant Accountant": a sentence ends before it


def test_a_call_from_a_company_still_names_it():
    found = detect(event("Phone interview", "Call from Harare Grain Millers about the Plant Accountant post.",
                         minutes=30), [ME])
    assert found.interview
    assert found.company == "Harare Grain Millers"
