"""Marathi (``mr.toml``): an employer's invitation to a "मुलाखत", a recruiter's phone screen and the user's own
note of an interview call are interviews; a newspaper's "मुलाखत", the yearly appraisal and the user's own
interview of a candidate are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("hr@sahyadri-dairy.example", "मनुष्यबळ विभाग")


def test_an_employers_invitation_is_an_interview_with_the_people_met():
    manager = person("v.kulkarni@sahyadri-dairy.example", "विनायक कुलकर्णी")
    found = detect(event("मुलाखत – लेखापाल पद (सह्याद्री डेअरी)",
                         "आदरणीय महोदया,\nआपल्या अर्जाच्या अनुषंगाने लेखापाल पदासाठी आपणास मुलाखतीसाठी बोलावण्यात "
                         "येत आहे. मुलाखत मुख्य कार्यालयात होईल; वित्त व्यवस्थापक विनायक कुलकर्णी उपस्थित असतील.",
                         organizer=HR, attendees=(HR, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert "v.kulkarni@sahyadri-dairy.example" in {p.email for p in found.people}


def test_a_recruiters_phone_screen_is_an_interview():
    recruiter = person("sneha@talentsetu.example", "स्नेहा जोशी")
    found = detect(event("फोनवरून मुलाखत – विक्री व्यवस्थापक",
                         "नमस्कार, आमच्या क्लायंट कंपनीतील विक्री व्यवस्थापक पदासाठी पहिली फेरी. मी तुम्हाला फोनवर "
                         "कॉल करेन, सुमारे २० मिनिटे.", organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_an_interview_call_is_an_interview():
    found = detect(event("मुलाखत (फोन) – पुणे ऑटो पार्ट्स", "गुणवत्ता अभियंता पदासाठी. बायोडाटा जवळ ठेवणे.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("मुलाखत – नवीन प्रकल्प (दैनिक नवा काळ)", "पत्रकार आणि छायाचित्रकार सकाळी १० वाजता कारखान्यात येतील."),
    ("वार्षिक कामगिरी मूल्यांकन – अमित", "पुढील वर्षाची उद्दिष्टे आणि प्रशिक्षण यावर चर्चा."),
    ("मुलाखत: कनिष्ठ लेखापाल उमेदवार", "मी आणि राजेश मुलाखत घेणार. उमेदवार: प्रिया देशमुख, बी.कॉम. "
     "गुणांकन पत्रक भरून पाठवा."),
])
def test_a_press_appraisal_or_own_interview_of_a_candidate_is_none(title, description):
    colleague = person("rajesh.p@my-employer.example", "राजेश पाटील")
    found = detect(event(title, description, organizer=colleague, attendees=(colleague,), minutes=45), [ME])
    assert not found.interview
