"""Detection weighs evidence for and against an interview; no single phrase decides by itself.

The cases of issue 14, each written here afresh: a word that usually means something else (a mock
interview, a reminder, a panel) is evidence, weighed against the rest of the invitation.
"""
from __future__ import annotations

import pytest

from providers.base import Person
from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person, said


def test_a_board_meeting_whose_agenda_mentions_solar_panels_and_vendor_interviews_is_not_an_interview():
    chair = person("h.okafor@greenfield-coop.org", "Helen Okafor")
    found = detect(event(
        "Board meeting – rooftop energy project",
        "Agenda:\n1. Minutes of the last meeting\n2. Quotes for 60 solar panels on the depot roof\n"
        "3. Interviews with two installers (shortlist attached)\n4. Any other business",
        organizer=chair, attendees=(chair,), minutes=90), [ME])
    assert not found.interview
    assert said(found, "meeting of another kind") or said(found, "suppliers")


@pytest.mark.parametrize("title", [
    "Your interview with Lumen Bank is confirmed – please review the preparation guide before Tuesday",
    "Your interview with Lumen Bank is confirmed – please prepare a short case on loan pricing",
])
def test_a_long_confirmation_title_asking_the_candidate_to_prepare_is_still_the_interview(title):
    recruiter = person("ines.moreau@lumenbank.example", "Ines Moreau")
    manager = person("t.berg@lumenbank.example", "Tomas Berg")
    found = detect(event(title, "Hello Casey, you will meet Tomas Berg, hiring manager for the Credit Risk Analyst "
                                "position.", organizer=recruiter, attendees=(recruiter, manager)), [ME])
    assert found.interview and found.company == "Lumen Bank"
    assert not any("mock" in reason for reason in found.reasons)


def test_a_follow_up_conversation_with_the_hiring_manager_is_no_reminder():
    recruiter = person("p.nair@orchardfoods.example", "Priya Nair")
    manager = person("l.adeyemi@orchardfoods.example", "Lara Adeyemi")
    found = detect(event(
        "Follow-up conversation",
        "Thanks for your time on Monday. Lara Adeyemi, the hiring manager, would like a follow-up conversation "
        "about the Category Buyer position.", organizer=recruiter, attendees=(recruiter, manager)), [ME])
    assert found.interview and found.role == "Category Buyer"
    assert not said(found, "reminder")


def test_a_follow_up_the_user_writes_as_a_to_do_stays_a_to_do():
    found = detect(event("Follow up with Orchard Foods about the interview", organizer=None, me_too=False,
                         minutes=15), [ME])
    assert not found.interview and said(found, "reminder")


def test_a_spanish_magazines_interview_request_is_not_a_job_interview():
    editor = person("marta.gil@revistaempresa.example", "Marta Gil")
    found = detect(event(
        "Solicitud de entrevista – Revista Empresa Hoy",
        "Hola Casey: nos gustaría entrevistarte para el número de mayo sobre mujeres en la tecnología. "
        "Serán unos 30 minutos; te enviaremos el texto antes de publicarlo.",
        organizer=editor, attendees=(editor,), minutes=30), [ME])
    assert not found.interview
    assert said(found, "medium") or said(found, "press")


def test_an_airport_global_entry_interview_is_not_a_job_interview():
    found = detect(event("Global Entry interview – SFO enrollment center",
                         "Bring passport and conditional approval letter.", organizer=None, me_too=False,
                         minutes=20), [ME])
    assert not found.interview and said(found, "official")


def test_a_coffee_the_user_set_up_with_someone_at_a_company_is_an_informational_interview():
    contact = person("dana.okoro@fernbank.example", "Dana Okoro")
    found = detect(event(
        "Coffee – Dana Okoro",
        "Dana leads the payments data team at Fernbank.\nQuestions: how did she move from consulting into "
        "product analytics? What does the team look for in a first analyst?",
        organizer=CASEY, attendees=(contact,), minutes=45), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == ["dana.okoro@fernbank.example"]


def test_a_lunch_with_a_friend_who_works_at_a_company_is_not_one():
    friend = person("sam@fernbank.example", "Sam Lee")
    found = detect(event("Lunch with Sam", organizer=CASEY, attendees=(friend,), minutes=60), [ME])
    assert not found.interview


def test_a_webinar_mentioned_in_passing_is_weighed_against_a_real_invitation_not_a_veto():
    recruiter = person("jo.park@tailwind.example", "Jo Park")
    found = detect(event(
        "Interview – Data Engineer – Tailwind",
        "Your interview for the Data Engineer position with Jo Park. If you like, our webinar recording about "
        "the team is on the careers page.", organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview
    assert said(found, "weighed against: a webinar, class or event")


def test_what_weighs_most_against_an_event_leads_its_reasons():
    coach = person("lee@careercoach.example", "Lee Chan")
    found = detect(event("Mock interview – product manager", organizer=coach, attendees=(coach,)), [ME])
    assert not found.interview and "mock or practice" in found.reasons[0]
    assert any(reason.startswith("for it: ") for reason in found.reasons)


def test_cancelled_and_declined_stay_rules():
    recruiter = person("jo.park@tailwind.example", "Jo Park")
    strong = "Your interview for the Data Engineer position with Jo Park."
    assert detect(event("Interview – Tailwind", strong, organizer=recruiter, attendees=(recruiter,),
                        status="cancelled"), [ME]).reasons == ("cancelled",)
    declined = event("Interview – Tailwind", strong, organizer=recruiter,
                     attendees=(recruiter, Person(ME, "Casey", "declined")), me_too=False)
    assert detect(declined, [ME]).reasons == ("you declined",)
