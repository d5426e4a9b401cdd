"""Egyptian Arabic, in Arabic script (``vocabulary/ar.toml``) and in Latin letters and digits (Arabizi,
``vocabulary/ar-latn.toml``), and the English of a recruiter's own calendar: a coffee to ask about a career move
is an informational interview, a forwarded invitation copies whom the user meets, a practice run the user holds
for a friend and an assessment day the user runs are not interviews."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

NADA = person("nada.hassan@wadistudio.example", "Nada Hassan")


def test_an_arabizi_coffee_to_ask_about_a_career_move_is_an_informational_interview():
    found = detect(event("Coffee m3 Youssef", "Youssef Nabil – Design Lead @ Wadi Studio (youssef@wadistudio.example). "
                         "As2alo 3an el shift men agency le in-house w ezay el team bey-hire.", organizer=None,
                         me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title", ["Mo2ablet shoghl – Wadi Studio", "Mo2abla m3 Wadi Studio"])
def test_an_egyptian_job_interview_is_one(title):
    found = detect(event(title, "", organizer=NADA, attendees=(NADA,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title", ["مقابلة شغل – استوديو وادي (اتلغى)", "Interview – Wadi Studio (etlaghet)"])
def test_an_interview_said_cancelled_in_egyptian_arabic_is_not_one(title):
    assert not detect(event(title, "", organizer=NADA, attendees=(NADA,), minutes=60), [ME]).interview


def test_a_practice_interview_the_user_runs_for_a_friend_in_arabizi_is_not_one():
    friend = person("karim.adel@gmail.com", "Karim Adel")
    found = detect(event("Karim – bank", "Ana ha3mel interviewer, 3ando interview fe sherka el Sunday. "
                         "Behavioural questions.", organizer=None, attendees=(friend,), me_too=False,
                         minutes=60), [ME])
    assert not found.interview


@pytest.mark.parametrize("description", [
    "Ana facilitator. Case exercise + panel interviews with 9 candidates. Lunch at 1.",
    "I'm facilitating. Case exercise + panel interviews with 9 candidates. Lunch at 1.",
])
def test_an_assessment_day_the_user_facilitates_is_not_their_interview(description):
    found = detect(event("Assessment Centre – Sales Graduates 2027", description, organizer=None, me_too=False,
                         minutes=420), [ME])
    assert not found.interview


def test_an_arabic_forwarded_invitation_meets_the_people_its_copy_line_names():
    description = ("---------- الرسالة المُعاد توجيهها ---------\nمن: Nada Hassan <nada.hassan@wadistudio.example>\n"
                   "الموضوع: Wadi Studio – Product Designer – second round\nإلى: <casey.nguyen@proton.me>\n"
                   "نسخة إلى: Sherif Amin <sherif.amin@wadistudio.example>, Careers <careers@wadistudio.example>\n\n"
                   "Dear Casey,\nWe are pleased to invite you to a second round with Sherif Amin (Design Director) "
                   "and myself at our office.\nBest regards,\nNada Hassan")
    found = detect(event("Wadi Studio – Zamalek office", description, organizer=None, me_too=False, minutes=90), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["nada.hassan@wadistudio.example", "sherif.amin@wadistudio.example"]


@pytest.mark.parametrize("title_of_role", ["People Partner", "Talent Acquisition Partner"])
def test_a_partner_in_people_and_talent_teams_is_a_role(title_of_role):
    found = detect(event("Wadi Studio x Casey", f"Great to e-meet you! 45 minutes to get to know you for the "
                         f"{title_of_role} role.", organizer=NADA, attendees=(NADA,), minutes=45), [ME])
    assert found.interview and found.role == title_of_role


def test_a_field_of_work_after_for_is_no_role():
    found = detect(event("Wadi Studio – case presentation", "Present your hiring roadmap for engineering (case "
                         "study) to our CTO and me. 30 minutes + Q&A.", organizer=NADA, attendees=(NADA,),
                         minutes=60), [ME])
    assert found.role is None
