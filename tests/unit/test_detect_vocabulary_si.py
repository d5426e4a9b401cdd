"""Sinhala (``si.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a paper's interview and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@ruhuna-tea.example", "මානව සම්පත් අංශය")
    interviewer = person("k.perera@ruhuna-tea.example", "කසුන් පෙරේරා")
    found = detect(event("සම්මුඛ පරීක්ෂණය – Ruhuna Tea",
                         "ගරු මහත්මයාණෙනි,\nඔබගේ අයදුම්පතට ස්තූතියි. තනතුර: Factory Supervisor\nඅපගේ කාර්යාලයේ "
                         "පැවැත්වෙන ප්\u200dරථම වටයේ සම්මුඛ පරීක්ෂණයට ඔබට ආරාධනා කරමු. කසුන් පෙරේරා මහතා සම්මුඛ "
                         "පරීක්ෂණය පවත්වනු ඇත.",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Ruhuna Tea"
    assert found.role == "Factory Supervisor"
    assert "k.perera@ruhuna-tea.example" in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ("සම්මුඛ සාකච්ඡාව – නව කර්මාන්තශාලාව ගැන (පුවත්පත)", "වාර්තාකරු සහ ඡායාරූප ශිල්පී උදේ දහයට පැමිණේ."),
    ("අපේක්ෂකයින් සම්මුඛ පරීක්ෂණය – රියදුරු තනතුර", "මම සහ නිමල් අපේක්ෂකයින් තුන් දෙනෙකු සම්මුඛ පරීක්ෂණය "
     "කරමු. ඇගයීම් පත්\u200dරය පුරවන්න."),
])
def test_a_press_interview_or_the_users_own_interviews_of_candidates_is_none(title, description):
    host = person("office@ruhuna-tea.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
