"""Interview detection: each kind of evidence, on events built directly as ``CalendarEvent`` values.

Exclusions are in ``test_detect_exclusions.py``, extraction (company, role, stage, mode, people)
in ``test_detect_extraction.py``, the labelled calendars in ``test_detect_corpora.py``.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from providers.base import CalendarEvent, Person
from providers.detect import Detection, detect

ME = "casey.nguyen@proton.me"
CASEY = Person(ME, "Casey Nguyen", "accepted")
START = datetime(2026, 4, 7, 15, 0, tzinfo=UTC)


def person(email: str, name: str = "", response: str = "accepted", **flags) -> Person:
    """An attendee (or organizer) who accepted unless told otherwise."""
    return Person(email, name, response, **flags)


def event(title: str, description: str = "", *, organizer: Person | None = None, attendees=(), minutes=45,
          me_too: bool = True, **fields) -> CalendarEvent:
    """A 45-minute event with the user among the attendees (``me_too``) and ``fields`` as given."""
    people = tuple(attendees) + ((CASEY,) if me_too else ())
    return CalendarEvent("evt-1", title, START, START + timedelta(minutes=minutes), description=description,
                         organizer=organizer, attendees=people, **fields)


def company_event(title: str, description: str = "", **fields) -> CalendarEvent:
    """``title`` organized by a person at Contoso, the user invited."""
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    return event(title, description, organizer=lena, attendees=(lena,), **fields)


def said(detection: Detection, words: str) -> bool:
    """True when one of the detection's reasons contains ``words``."""
    return any(words in reason for reason in detection.reasons)


@pytest.mark.parametrize("title", [
    "Interview – Contoso",
    "Bewerbungsgespräch bei Contoso",
    "Entretien de recrutement – Contoso",
    "Entrevista laboral con Contoso",
    "Entrevista de emprego – Contoso",
    "Colloquio di lavoro – Contoso",
    "Sollicitatiegesprek – Contoso",
    "面接（Contoso）",
])
def test_interview_words_in_eight_languages(title):
    found = detect(company_event(title), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Contoso"
    assert said(found, "interview wording in the title")


@pytest.mark.parametrize("title, stage", [
    ("Telefoninterview – Contoso", "phone screen"),
    ("Entretien téléphonique – Contoso", "phone screen"),
    ("Segunda entrevista – Contoso", "second round"),
    ("Entrevista final – Contoso", "final"),
    ("Secondo colloquio – Contoso", "second round"),
    ("Tweede sollicitatiegesprek – Contoso", "second round"),
    ("最終面接 – Contoso", "final"),
    ("Hiring manager conversation – Contoso", "hiring manager"),
    ("Recruiter call – Contoso", "recruiter screen"),
    ("Phone call: Contoso recruiter", "recruiter screen"),
    ("Case interview – Contoso", "case"),
    ("Technical assessment – Contoso", "technical"),
    ("Superday – Contoso", "final"),
])
def test_stage_words_are_interview_wording_and_name_the_stage(title, stage):
    found = detect(company_event(title), [ME])
    assert found.interview
    assert found.stage == stage


@pytest.mark.parametrize("title, description, role", [
    ("Video call with Contoso", "Next step in our hiring process for the Data Engineer role.", "Data Engineer"),
    ("Zoom: Casey & Lena", "Looking forward to chatting about the Senior Analyst opportunity.", "Senior Analyst"),
    ("Rencontre avec Contoso", "Échange sur le poste de Chef de projet.", "Chef de projet"),
])
def test_a_meeting_with_an_organisation_about_a_named_role(title, description, role):
    found = detect(company_event(title, description), [ME])
    assert found.interview and found.role == role and found.company == "Contoso"
    assert said(found, "a conversation about a role")


def test_interview_wording_in_the_description_of_a_plain_title():
    found = detect(company_event("Contoso – next steps", "Your second interview with the data team."), [ME])
    assert found.interview and found.stage == "second round"
    assert said(found, "interview wording in the description")


@pytest.mark.parametrize("sender, system", [
    ("no-reply@us.greenhouse-mail.io", "Greenhouse"),
    ("no-reply@hire.lever.co", "Lever"),
    ("no-reply@ashbyhq.com", "Ashby"),
    ("contoso@myworkday.com", "Workday"),
    ("notifications@smartrecruiters.com", "SmartRecruiters"),
    ("noreply@personio.de", "Personio"),
])
def test_applicant_tracking_sender_is_evidence_without_any_interview_word(sender, system):
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    found = detect(event("Contoso | Casey Nguyen", organizer=person(sender, "Contoso"), attendees=(lena,)), [ME])
    assert found.interview
    assert said(found, f"applicant-tracking sender ({system})")
    assert [p.email for p in found.people] == ["lena.meyer@contoso.com"]


def test_interview_scheduler_sender():
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    found = detect(event("Contoso: Casey Nguyen", organizer=person("scheduling@goodtime.io"), attendees=(lena,)), [ME])
    assert found.interview and said(found, "interview-scheduling sender (GoodTime)")


@pytest.mark.parametrize("link, system", [
    ("https://contoso.odoo.com/calendar/meeting/accept?token=abc", "Odoo"),
    ("https://erp.contoso.com/app/interview/HR-INT-2026-0042", "Frappe HRMS"),
    ("https://app.greenhouse.io/interviews/123", "Greenhouse"),
])
def test_applicant_tracking_links_in_the_description(link, system):
    found = detect(company_event("Casey Nguyen", f"Details: {link}"), [ME])
    assert found.interview and said(found, f"applicant-tracking link ({system})")


def test_a_booking_page_alone_is_not_an_interview_but_its_event_type_can_be():
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    link = "Cancel: https://calendly.com/cancellations/abc"
    plain = event("30 Minute Meeting between Lena Meyer and Casey Nguyen", link, organizer=lena, attendees=(lena,))
    screen = event("Phone Screen between Lena Meyer and Casey Nguyen", link, organizer=lena, attendees=(lena,))
    assert not detect(plain, [ME]).interview
    found = detect(screen, [ME])
    assert found.interview and found.stage == "phone screen"
    assert said(found, "booked through a scheduling page (Calendly)")
    assert said(found, "booking-page title shape")


def test_cal_com_booking_about_a_role():
    tomas = person("tomas.ruiz@lamnahealthcare.com", "Tomás Ruiz")
    found = detect(event("30 Min Meeting between Tomás Ruiz and Casey Nguyen",
                         "Additional notes: a chat about the Product Designer position.\n"
                         "Reschedule: https://cal.com/reschedule/abc", organizer=tomas, attendees=(tomas,)), [ME])
    assert found.interview and found.role == "Product Designer"
    assert found.company == "Lamna Healthcare"
    assert said(found, "a conversation about a role")


@pytest.mark.parametrize("title, requisition", [
    ("JR-0042871 Senior Accountant", "JR-0042871"),
    ("R-104233 Financial Analyst", "R-104233"),
    ("Req #4521 Data Analyst", "Req #4521"),
])
def test_requisition_id_in_the_title(title, requisition):
    found = detect(company_event(title), [ME])
    assert found.interview and said(found, f"requisition id in the title ({requisition})")
    assert requisition not in (found.role or "")


def test_shared_interview_calendar_and_candidate_calendar_organizers():
    tom = person("tom.reed@proseware.io", "Tom Reed")
    shared = person("c_9f2e1@group.calendar.google.com", "Interview Calendar")
    found = detect(event("Casey Nguyen – Proseware", "Support Engineer", organizer=shared, attendees=(tom,)), [ME])
    assert found.interview and said(found, "shared interview calendar")
    assert [p.email for p in found.people] == ["tom.reed@proseware.io"]
    candidates = person("candidate-calendar@proseware.io", "Proseware Candidate Calendar")
    found = detect(event("Casey Nguyen – Proseware", organizer=candidates, attendees=(tom,)), [ME])
    assert found.interview and said(found, "shared interview calendar")
    assert [p.email for p in found.people] == ["tom.reed@proseware.io"]


def test_recruiting_mailbox_organizer():
    mailbox = person("talent@relecloud.com", "Relecloud Talent")
    found = detect(event("Phone screen", organizer=mailbox), [ME])
    assert found.interview and said(found, "organized by a recruiting mailbox (talent@relecloud.com)")


def test_people_from_another_organisation_than_the_user():
    found = detect(company_event("Intro call"), [ME])
    assert found.interview and said(found, "people from another organisation (contoso.com)")
    alone = detect(event("Intro call"), [ME])
    assert not alone.interview


def test_title_that_is_only_a_person_name_with_a_description_saying_what_it_is():
    daniel = person("daniel.kim@fabrikamfiber.com", "Daniel Kim")
    described = event("Daniel Kim", "Hiring manager interview for the Data Engineer role at Fabrikam Fiber.",
                      organizer=daniel, attendees=(daniel,))
    found = detect(described, [ME])
    assert found.interview and found.role == "Data Engineer" and found.company == "Fabrikam Fiber"
    assert said(found, "the title is only a person's name")
    assert not detect(event("Daniel Kim", organizer=daniel, attendees=(daniel,)), [ME]).interview


def test_title_that_is_the_users_own_name_as_candidate_calendars_write_it():
    sofia = person("sofia@adventure-works.com", "Sofia Marquez")
    found = detect(event("Casey Nguyen", "Second interview for the position Marketing Coordinator.",
                         organizer=sofia, attendees=(sofia,)), [ME])
    assert found.interview and found.company == "Adventure Works"
    assert said(found, "the title is your name")


def test_conferencing_link_and_duration_are_reasons_and_the_mode():
    found = detect(company_event("Interview – Contoso", conference_url="https://zoom.us/j/1"), [ME])
    assert found.mode == "video"
    assert said(found, "conferencing link") and said(found, "45 minutes, a usual interview length")


def test_all_day_entries_and_day_long_events_weigh_against():
    assert not detect(company_event("Interview – Contoso", all_day=True, minutes=24 * 60), [ME]).interview
    long_one = detect(company_event("Interview – Contoso", minutes=10 * 60), [ME])
    assert said(long_one, "longer than a working day")


@pytest.mark.parametrize("title, company", [
    ("Informational interview with Sam Patel (Datum)", "Datum"),
    ("Coffee chat with Sam — career advice (Datum)", "Datum"),
    ("Informationsgespräch mit Sam Patel (Datum)", "Datum"),
    ("Entretien informatif avec Sam Patel (Datum)", "Datum"),
    ("OB訪問（Datum）", "Datum"),
])
def test_informational_interviews_have_their_own_kind(title, company):
    sam = person("sam.patel@gmail.com", "Sam Patel")
    found = detect(event(title, organizer=CASEY, attendees=(sam,)), [ME])
    assert found.interview and found.kind == "informational" and found.stage == "informational"
    assert found.company == company
    assert [p.email for p in found.people] == ["sam.patel@gmail.com"]


def test_a_coffee_to_learn_about_a_team():
    dana = person("dana@fabrikam.com", "Dana White")
    found = detect(event("Coffee with Dana — learn about Fabrikam's data team", organizer=CASEY, attendees=(dana,)),
                   [ME])
    assert found.interview and found.kind == "informational" and found.company == "Fabrikam"


def test_a_coffee_with_a_friend_is_not_an_informational_interview():
    jordan = person("jordan.k@gmail.com", "Jordan")
    assert not detect(event("Coffee with Jordan", organizer=CASEY, attendees=(jordan,)), [ME]).interview
    assert not detect(event("Coffee chat with Jordan", organizer=CASEY, attendees=(jordan,)), [ME]).interview


def test_confidence_rises_with_evidence_and_the_json_line_has_the_scan_shape():
    weak = detect(company_event("Intro call"), [ME])
    strong = detect(company_event("Interview – Contoso", "Role: Data Analyst", conference_url="https://zoom.us/j/1"),
                    [ME])
    assert 0.5 <= weak.confidence < strong.confidence <= 1
    line = strong.as_json("evt-1")
    assert set(line) == {"uid", "interview", "kind", "confidence", "company", "role", "stage", "interviewers",
                         "reasons"}
    assert line["interviewers"] == [{"name": "Lena Meyer", "email": "lena.meyer@contoso.com"}]
    assert line["role"] == "Data Analyst"


def test_an_ordinary_event_says_why_it_is_not_an_interview():
    found = detect(event("Dentist", me_too=False), [ME])
    assert not found.interview and found.reasons == ("no interview wording",) and found.company is None


def test_a_verdict_of_no_interview_made_the_quick_way_is_the_one_the_dataclass_makes():
    from providers.detect import _no_interview

    def why() -> tuple[str, ...]:
        return ("no interview wording",)

    quick, made = _no_interview(0.25, why), Detection(False, 0.25, why=why)
    assert vars(quick) == vars(made) and quick == made and repr(quick) == repr(made)
    assert quick.reasons == ("no interview wording",)
    with pytest.raises(AttributeError):
        quick.company = "Contoso"  # frozen as any verdict
