"""Interview detection: what is never the user's interview, whatever the wording says."""
from __future__ import annotations

import pytest

from providers.base import Person
from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, company_event, event, person, said


@pytest.mark.parametrize("title, description, reason", [
    ("Mock interview with Jordan", "", "mock or practice"),
    ("Interview practice: behavioral questions", "", "mock or practice"),
    ("Vorstellungsgespräch üben mit Lisa", "", "mock or practice"),
    ("Simulacro de entrevista con mi mentora", "", "mock or practice"),
    ("模擬面接", "", "mock or practice"),
    ("Interview prep: STAR stories", "", "mock or practice"),
    ("Podcast interview — The Data Pod", "", "press, podcast or media"),
    ("Interview with Contoso", "Recording of episode 112 of our show.", "press, podcast or media"),
    ("Press interview: TechCrunch", "", "press, podcast or media"),
    ("取材インタビュー", "", "press, podcast or media"),
    ("Customer interview: onboarding research", "", "research or customer interview"),
    ("Webinar: how to ace your technical interview", "", "webinar, class or event"),
    ("Interview skills workshop", "", "webinar, class or event"),
    ("面接対策セミナー", "", "mock or practice"),
    ("Watch 'The Interview' with Mia", "", "film or book"),
    ("Book club: Interview with the Vampire", "", "film or book"),
    ("Lesen: „Das Interview“", "", "film or book"),
    ("[Hold] Interview - Backend Engineer", "", "hold or placeholder"),
    ("Placeholder: Contoso onsite", "", "hold or placeholder"),
    ("仮押さえ 面接", "", "hold or placeholder"),
    ("Take-home assignment due (Contoso interview)", "", "deadline, reminder or to-do"),
    ("Reminder: Contoso interview tomorrow", "", "deadline, reminder or to-do"),
    ("Send thank-you notes after the interview", "", "deadline, reminder or to-do"),
    ("Follow up with Contoso about the interview", "", "deadline, reminder or to-do"),
    ("Buy an interview outfit", "", "deadline, reminder or to-do"),
    ("Email the recruiter", "", "deadline, reminder or to-do"),
    ("Research Contoso before the interview", "", "deadline, reminder or to-do"),
    ("Tentative: interview slot", "", "hold or placeholder"),
    ("Practice coding interview on LeetCode", "", "mock or practice"),
    ("Informational interview with my mentee", "", "career-coach"),
    ("Frist: Unterlagen für das Vorstellungsgespräch", "", "deadline, reminder or to-do"),
    ("Interview debrief with my career coach", "", "career-coach"),
    ("Bewerbungscoaching: Vorstellungsgespräch", "", "career-coach"),
    ("Entretien Pôle emploi", "", "career-coach"),
    ("Exit interview with HR", "", "exit interview"),
    ("Entretien annuel avec ma manager", "", "exit interview"),
    ("Visa interview at the consulate", "", "official, school or admissions"),
    ("Parent-teacher interview", "", "official, school or admissions"),
])
def test_exclusions(title, description, reason):
    found = detect(company_event(title, description), [ME])
    assert not found.interview
    assert reason in found.reasons[0]


@pytest.mark.parametrize("description", [
    "Great to meet you at the career fair! This is your first interview.",
    "Walk us through a usability study you ran.",
    "We sponsor visa applications.",
    "We'll start with a resume review, then a case.",
    "Here is your interview prep guide: https://example.org/prep",
    "Complete your candidate profile before the interview.",
    "Tell us about feedback you got in a performance review.",
])
def test_what_a_real_interview_description_says_in_passing_does_not_exclude_it(description):
    assert detect(company_event("Interview – Contoso", description), [ME]).interview


def test_a_follow_up_interview_is_an_interview_not_a_follow_up():
    assert detect(company_event("Follow-up interview – Contoso"), [ME]).interview


@pytest.mark.parametrize("title, role", [
    ("Interview – Practice Lead (Contoso)", "Practice Lead"),
    ("Interview – Print Designer (Contoso)", "Print Designer"),
    ("Interview at Urban Outfitters", None),
])
def test_exclusion_words_inside_roles_and_names_do_not_exclude(title, role):
    found = detect(company_event(title), [ME])
    assert found.interview and found.role == role


def test_quoted_interview_words_are_a_title_but_quoted_roles_are_not():
    assert said(detect(event("“Interview” at the Roxy cinema"), [ME]), "film or book")
    assert detect(company_event("Interview for 'Senior Engineer' – Contoso"), [ME]).interview


@pytest.mark.parametrize("fields, title", [
    ({"status": "cancelled"}, "Interview – Contoso"),
    ({}, "Cancelled: Interview – Contoso"),
    ({}, "Abgesagt: Vorstellungsgespräch – Contoso"),
    ({}, "Interview – Contoso (postponed)"),
    ({}, "面接（Contoso）延期"),
])
def test_cancelled_events(fields, title):
    found = detect(company_event(title, **fields), [ME])
    assert not found.interview and found.reasons[0] == "cancelled"


def test_cancelled_in_the_description():
    found = detect(company_event("Interview – Contoso", "This interview has been cancelled and will be rescheduled."),
                   [ME])
    assert not found.interview and found.reasons[0] == "cancelled"


def test_declined_by_the_user_but_not_by_someone_else():
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    declined = event("Interview – Contoso", organizer=lena, attendees=(lena, Person(ME, "Casey", "declined")),
                     me_too=False)
    found = detect(declined, [ME])
    assert not found.interview and found.reasons[0] == "you declined"
    tim = person("tim@contoso.com", "Tim Cole", "declined")
    found = detect(event("Interview – Contoso", organizer=lena, attendees=(lena, tim)), [ME])
    assert found.interview and [p.email for p in found.people] == ["lena.meyer@contoso.com"]


WORK = "casey@contoso.com"


def test_hiring_side_when_the_organizer_shares_the_users_domain():
    kai = person("kai.wong@contoso.com", "Kai Wong")
    candidate = person("priya.raman@gmail.com", "Priya Raman")
    hiring = event("Interview: Priya Raman – Senior Backend Engineer", organizer=person("recruiting@contoso.com"),
                   attendees=(person(WORK, "Casey"), kai, candidate), me_too=False)
    found = detect(hiring, [WORK])
    assert not found.interview and "hiring side" in found.reasons[0]


def test_hiring_side_when_an_applicant_tracking_system_invites_the_user_with_colleagues():
    colleague = person("kai.wong@contoso.com", "Kai Wong")
    invite = event("Interview with Jose Alvarez", organizer=person("no-reply@greenhouse.io"),
                   attendees=(person(WORK, "Casey"), colleague, person("jose@yahoo.com", "Jose Alvarez")), me_too=False)
    assert "hiring side" in detect(invite, [WORK]).reasons[0]


def test_interviewer_material_means_the_hiring_side_whatever_the_domains():
    found = detect(company_event("Interview – Contoso", "Interview kit: https://app.greenhouse.io/guides/1\n"
                                                        "Please submit your scorecard."), [ME])
    assert not found.interview and "interviewer material" in found.reasons[0]


def test_inviting_a_candidate_yourself_is_the_hiring_side():
    tom = person("tom.baker@gmail.com", "Tom Baker")
    found = detect(event("Interview – Tom Baker (Data Analyst candidate)", organizer=CASEY, attendees=(tom,)), [ME])
    assert not found.interview and "hiring side" in found.reasons[0]


def test_the_same_user_is_a_candidate_elsewhere_with_a_personal_address():
    noor = person("noor.ali@adatum.com", "Noor Ali")
    found = detect(event("Final round — Adatum (Staff Engineer)", organizer=person("talent@adatum.com"),
                         attendees=(noor,)), [WORK, ME])
    assert found.interview and found.company == "Adatum" and found.role == "Staff Engineer"


def test_a_personal_domain_that_organizes_is_not_the_hiring_side():
    julie = person("julie.martin@fabrikam.fr", "Julie Martin")
    me = person("casey@caseynguyen.dev", "Casey Nguyen")
    found = detect(event("Informational interview with Julie Martin (Fabrikam)", organizer=me, attendees=(julie, me),
                         me_too=False), ["casey@caseynguyen.dev"])
    assert found.interview and found.kind == "informational"
