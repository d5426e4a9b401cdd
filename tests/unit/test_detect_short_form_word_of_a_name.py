"""A company written with a shortened last word ("Co-op", "Intl", "Bros") where the invitation writes it in full
("... Co-operative Dairy Society", "... International") is named in full."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("address, title, signature, company", [
    ("rhys@murrayplains.com.au", "Murray Plains Co-op - Payroll Officer - phone interview",
     "Finance Lead, Murray Plains Co-operative Dairy", "Murray Plains Co-operative Dairy"),
    ("rhys@haldenfreight.com", "Halden Freight Intl - Payroll Officer - phone interview",
     "Finance Lead\nHalden Freight International", "Halden Freight International"),
    # the trade's own short forms: a diagnostics firm ("Dx"), a therapeutics one ("Tx")
    ("rhys@quillbrookdx.com", "Quillbrook Dx: phone interview - Casey N.",
     "Head of Assay Development\nQuillbrook Diagnostics", "Quillbrook Diagnostics"),
    ("rhys@sorrelbaytx.com", "Sorrel Bay Tx - Payroll Officer - phone interview",
     "Finance Lead, Sorrel Bay Therapeutics", "Sorrel Bay Therapeutics"),
])
def test_a_name_with_a_shortened_last_word_is_written_in_full(address, title, signature, company):
    sender = person(address, "Rhys Tanner")
    found = detect(event(title, f"Hi Casey,\n\nThanks for applying. I will call you at 9am.\n\nRegards,\nRhys Tanner\n"
                                f"{signature}", organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == company


def test_a_shortened_word_the_text_never_writes_in_full_stays():
    sender = person("rhys@murrayplains.com.au", "Rhys Tanner")
    found = detect(event("Murray Plains Co-op - Payroll Officer - phone interview",
                         "Hi Casey,\n\nThanks for applying. I will call you at 9am.\n\nRegards,\nRhys Tanner",
                         organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == "Murray Plains Co-op"
