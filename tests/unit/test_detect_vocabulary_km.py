"""Khmer (``km.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer, its words found where Khmer writes no space between them; a paper's interview and the user's own
interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@tonle-logistics.example", "ផ្នែកធនធានមនុស្ស")
    interviewer = person("sokha.chan@tonle-logistics.example", "Chan Sokha")
    found = detect(event("ការសម្ភាសន៍ការងារ – Tonle Logistics",
                         "ជម្រាបសួរ,\nអរគុណចំពោះពាក្យសុំរបស់អ្នក។ មុខតំណែង: Warehouse Supervisor\n"
                         "យើងសូមអញ្ជើញលោកអ្នកមកសម្ភាសន៍នៅការិយាល័យរបស់យើង។ អ្នកសម្ភាសន៍: Chan Sokha",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Tonle Logistics"
    assert found.role == "Warehouse Supervisor"
    assert "sokha.chan@tonle-logistics.example" in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ("បទសម្ភាសន៍ជាមួយកាសែត – អំពីឃ្លាំងថ្មី", "អ្នកយកព័ត៌មាន និងអ្នកថតរូបនឹងមកដល់ម៉ោងដប់ព្រឹក។"),
    ("សម្ភាសន៍បេក្ខជន – អ្នកបើកបរ", "ខ្ញុំ និងដារ៉ា នឹងសម្ភាសន៍បេក្ខជនចំនួនបីនាក់។ សូមបំពេញទម្រង់វាយតម្លៃ។"),
])
def test_a_press_interview_or_the_users_own_interviews_of_candidates_is_none(title, description):
    host = person("office@tonle-logistics.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
