"""Nepali (``ne.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a paper's interview and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("r.thapa@himal-hydro.example", "राजेन्द्र थापा")
    interviewer = person("s.gurung@himal-hydro.example", "सुनिता गुरुङ")
    found = detect(event("अन्तर्वार्ता – Himal Hydro",
                         "आदरणीय महोदय,\nतपाईंको आवेदनका लागि धन्यवाद। पदको नाम: Site Engineer\nहाम्रो कार्यालयमा हुने "
                         "अन्तर्वार्ताका लागि आमन्त्रण गर्दछौं। सुनिता गुरुङ अन्तर्वार्ता लिनुहुनेछ।",
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Himal Hydro"
    assert found.role == "Site Engineer"
    assert "s.gurung@himal-hydro.example" in {p.email for p in found.people}


@pytest.mark.parametrize("title, description", [
    ("अन्तर्वार्ता – नयाँ जलविद्युत आयोजनाबारे (पत्रिका)", "संवाददाता र फोटो पत्रकार बिहान दस बजे आउनुहुनेछ।"),
    ("उम्मेदवारहरूसँग अन्तर्वार्ता – चालक पद", "म र रमेश तीन जना उम्मेदवारहरूको अन्तर्वार्ता लिन्छौं। मूल्याङ्कन "
     "फाराम भर्नुहोस्।"),
])
def test_a_press_interview_or_the_users_own_interviews_of_candidates_is_none(title, description):
    host = person("office@himal-hydro.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
