"""Kannada (``kn.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a paper's interview and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@kaveri-textiles.example", "ಮಾನವ ಸಂಪನ್ಮೂಲ ವಿಭಾಗ")
    interviewer = person("n.hegde@kaveri-textiles.example", "ನಾಗರಾಜ ಹೆಗಡೆ")
    found = detect(event("ಉದ್ಯೋಗ ಸಂದರ್ಶನ – Kaveri Textiles",
                         "ಆತ್ಮೀಯ ಅಭ್ಯರ್ಥಿಯೇ,\nನಿಮ್ಮ ಅರ್ಜಿಗಾಗಿ ಧನ್ಯವಾದಗಳು. ಹುದ್ದೆ: Production Supervisor\n"
                         "ನಿಮ್ಮನ್ನು ನಮ್ಮ ಕಚೇರಿಯಲ್ಲಿ ಸಂದರ್ಶನಕ್ಕೆ ಆಹ್ವಾನಿಸುತ್ತೇವೆ. ನಾಗರಾಜ ಹೆಗಡೆ ಅವರು ಸಂದರ್ಶನ ನಡೆಸುತ್ತಾರೆ.",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Kaveri Textiles"
    assert found.role == "Production Supervisor"
    assert "n.hegde@kaveri-textiles.example" in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ("ಸಂದರ್ಶನ – ಹೊಸ ಕಾರ್ಖಾನೆಯ ಬಗ್ಗೆ (ದಿನಪತ್ರಿಕೆ)", "ವರದಿಗಾರ ಮತ್ತು ಛಾಯಾಗ್ರಾಹಕ ಬೆಳಿಗ್ಗೆ ಹತ್ತು ಗಂಟೆಗೆ ಬರುತ್ತಾರೆ."),
    ("ಅಭ್ಯರ್ಥಿಗಳ ಸಂದರ್ಶನ – ಚಾಲಕ ಹುದ್ದೆ", "ನಾನು ಮತ್ತು ರಮೇಶ್ ಮೂವರು ಅಭ್ಯರ್ಥಿಗಳನ್ನು ಸಂದರ್ಶಿಸುತ್ತೇವೆ. ಮೌಲ್ಯಮಾಪನ ನಮೂನೆ "
     "ತುಂಬಿಸಿ."),
])
def test_a_press_interview_or_the_users_own_interviews_of_candidates_is_none(title, description):
    host = person("office@kaveri-textiles.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
