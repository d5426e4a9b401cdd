"""Hindi (``hi.toml``): "साक्षात्कार" (interview) from a company, in any of its forms, is an interview; a
journalist's interview and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title", ["साक्षात्कार – Narmada Polymers", "साक्षात्कारों का दूसरा दौर – Narmada Polymers"])
def test_a_companys_interview_in_hindi_is_an_interview(title):
    hr = person("hr@narmadapolymers.example", "HR")
    interviewer = person("alok@narmadapolymers.example", "Alok Mishra")
    found = detect(event(title, "नमस्ते, कल सुबह दस बजे हमारे कार्यालय में आएं। आलोक मिश्रा आपसे मिलेंगे।",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Narmada Polymers"


@pytest.mark.parametrize("title, description", [
    ("पत्रकार के साथ साक्षात्कार – दैनिक समाचार पत्र", "पत्रकार और फोटोग्राफर दस बजे आएंगे।"),
    ("उम्मीदवारों का साक्षात्कार – स्टोर कीपर", "मैं और रीना तीन उम्मीदवारों का साक्षात्कार लेंगे। मूल्यांकन फॉर्म भरें।"),
])
def test_a_press_interview_or_the_users_own_interviews_of_candidates_is_none(title, description):
    host = person("office@narmadapolymers.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
