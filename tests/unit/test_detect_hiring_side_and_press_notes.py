"""The user on the hiring side, and press interviews, as other people's calendars write them: a title
naming the candidate without a colon, the user's own note that they are one of the interviewers, a
journalist or writer named in the notes, a quote asked for an issue, a magazine written "mag", an
alumni gazette; and a weekly one-to-one at the user's employer, which continues no hiring process."""
from __future__ import annotations

from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person

LEAD = person("joao.pinto@azulejo.example", "João Pinto")


@pytest.mark.parametrize("title", [
    "Entrevista estágio design – candidata Marta Silva",
    "Graduate interview - candidate Tom Reyes",
    "Vorstellungsgespräch Werkstudent – Kandidatin Lea Vogt",
    "Entrevista becario – candidato Pablo Ruiz Soto",
])
def test_a_title_naming_someone_else_as_the_candidate_is_the_hiring_side(title):
    found = detect(event(title, "Eu + João. CV na pasta partilhada.", organizer=LEAD, attendees=(LEAD,),
                         minutes=30), [ME])
    assert not found.interview, found.reasons


def test_a_title_naming_the_user_as_the_candidate_is_still_their_interview():
    found = detect(event("Interview - candidate Casey Nguyen", "Your interview for the Designer role.",
                         organizer=LEAD, attendees=(LEAD,), minutes=30), [ME])
    assert found.interview


@pytest.mark.parametrize("title, description", [
    ("Graduate interview – Omar Ali (I'm 2nd interviewer)", "Graduate scheme, rotation 2. Focus on numeracy."),
    ("Interview – Priya Das", "I'm the second interviewer; Jo leads. Writing sample attached."),
    ("Entrevista estágio – Rui Costa", "Estou no painel com a Sofia."),
    ("Entrevista práctica – Lucía Gil", "Soy la segunda entrevistadora."),
])
def test_the_users_note_that_they_are_an_interviewer_is_the_hiring_side(title, description):
    hr = person("people@azulejo.example", "Azulejo People")
    found = detect(event(title, description, organizer=hr, attendees=(LEAD,), minutes=30), [ME])
    assert not found.interview, found.reasons


@pytest.mark.parametrize("title, description", [
    ("Coastal Cycling mag – phone interview re saddle fit", "Journalist: Mia Dunn. Quote for the spring issue."),
    ("FinWire – short interview (quote on stablecoin rules)", "Writer: Leo Tan. In a personal capacity."),
    ("Trail Weekly – interview about ultra training", "Reporter: Sam Kerr, 20 minutes by phone."),
])
def test_a_journalist_named_or_a_quote_asked_for_makes_a_press_interview(title, description):
    writer = person("desk@coastalmedia.example", "Mia Dunn")
    found = detect(event(title, description, organizer=writer, attendees=(), minutes=30), [ME])
    assert not found.interview, found.reasons


def test_an_interview_for_an_alumni_gazette_is_press():
    gazette = person("gaceta@exalumnos-quimica.example", "Gaceta de Exalumnos")
    found = detect(event("Entrevista para la Gaceta de Exalumnos de Química",
                         "Me van a preguntar por mi carrera. Por Zoom.", organizer=gazette, minutes=30), [ME])
    assert not found.interview, found.reasons


def test_a_quote_for_a_job_does_not_make_an_interview_press():
    recruiter = person("nina@fernlabs.example", "Nina Cole")
    found = detect(event("Interview – Fern Labs (Sales Engineer)", "We will also discuss the salary quote for the "
                         "role.", organizer=recruiter, attendees=(recruiter,), minutes=45), [ME])
    assert found.interview


def test_a_weekly_one_to_one_at_a_company_the_user_interviews_with_is_no_follow_up():
    """A weekly series with someone of a process is a standing meeting, not a step of its hiring."""
    tessa = person("tessa.moor@lindenbank.example", "Tessa Moor")
    interview = event("Interview – Linden Bank (Risk Analyst)", "Your interview with Tessa Moor, Head of Risk.",
                      organizer=tessa, attendees=(tessa,), minutes=45)
    weekly = event("Catch-up w/ Tessa", "Open items.", organizer=tessa, attendees=(tessa,), minutes=30).with_changes(
        event_id="evt-2", start=START + timedelta(days=3), end=START + timedelta(days=3, minutes=30),
        recurring=True, series_id="weekly-tessa")
    verdicts = detect_calendar([interview, weekly], [ME])
    assert verdicts[0].interview
    assert not verdicts[1].interview, verdicts[1].reasons


@pytest.mark.parametrize("title, description", [
    ("Northwind Rail – Online Technical Assessment", "Your proctored assessment (45 questions) is scheduled. "
     "Use this link to start. Do not reply to this message."),
    ("Pruebas psicométricas en línea – Aceros del Norte", "Tiempo estimado 90 minutos. No responda a este correo."),
    ("Contoso graduate scheme: numerical reasoning test", "Complete the online test within 48 hours."),
])
def test_a_test_taken_alone_that_a_mailbox_sends_is_no_interview(title, description):
    mailbox = person("no-reply@northwindrail.example", "Northwind Rail Recruitment")
    found = detect(event(title, description, organizer=mailbox, minutes=60), [ME])
    assert not found.interview, found.reasons


def test_a_technical_assessment_with_an_engineer_of_the_company_is_still_an_interview():
    engineer = person("ravi.menon@northwindrail.example", "Ravi Menon")
    found = detect(event("Northwind Rail – Technical Assessment (Signalling Engineer)", "A live technical assessment "
                         "with Ravi Menon, Principal Engineer.", organizer=engineer, attendees=(engineer,),
                         minutes=60), [ME])
    assert found.interview


def test_a_site_in_the_title_that_the_location_writes_is_no_role():
    hr = person("talent@northwindrail.example", "Northwind Rail Talent")
    assessor = person("ravi.menon@northwindrail.example", "Ravi Menon")
    found = detect(event("Northwind Rail – Assessment Day (Leeds Engineering Depot)",
                         "You have been shortlisted for the Assessment Day for the Signalling Technician (ETCS).\n"
                         "Assessors: Ravi Menon.", organizer=hr, attendees=(assessor,), minutes=300,
                         location="Northwind Rail Engineering Depot, Leeds – Gate 2"), [ME])
    assert found.interview and found.role.startswith("Signalling Technician"), found.role


def test_an_address_line_of_a_forwarded_message_is_no_role_and_its_subject_names_the_role():
    """"RN" in the user's address (jo.bloggs.rn@) is no registered nurse's post; the forwarded subject is."""
    forward = ("----- Forwarded Message -----\nFrom: Ana Reyes <ana.reyes@harbourclinic.example>\n"
               "To: Jo Bloggs <jo.bloggs.rn@mail.example>\nSubject: Interview Schedule – Theatre Nurse, Harbour "
               "Clinic\n\nDear Jo,\nYou will be interviewed by our Nurse Manager Ms Tan via Zoom.")
    found = detect(event("Fw: Interview Schedule", forward, minutes=60), ["jo.bloggs.rn@mail.example"])
    assert found.interview and found.role == "Theatre Nurse", found.role


@pytest.mark.parametrize("prefix", ["Fwd: ", "FW: ", "WG: ", "RV: ", "Re: Fwd: "])
def test_a_forward_or_reply_prefix_of_the_title_is_no_company(prefix):
    forward = ("---------- Forwarded message ---------\nFrom: Ida Berg <ida.berg@nrdl.example>\n"
               "Subject: Final round – Senior Data Scientist\nCc: Lena Vos <lena@nrdl.example>\n\n"
               "Hi! Our CEO Lena would love to meet you for the final round. I'll just set it up and won't join.\n\n"
               "Ida\nPeople Ops, Nordlicht Labs")
    found = detect(event(f"{prefix}Nordlicht – last step", forward, minutes=60), [ME])
    assert found.interview and found.company and found.company.lower() not in {"fwd", "fw", "wg", "rv", "re"}, \
        found.company


def test_a_recruiters_named_client_beats_the_agency_that_the_title_and_signature_repeat():
    recruiter = person("mara.lopez@harborlineglobal.example", "Mara Lopez")
    found = detect(event("Initial screening – Harborline Global Staffing (for Westfield General Hospital, UK)",
                         "Hi! This is your initial screening for the Theatre Nurse vacancy of our UK client, "
                         "Westfield General Hospital.\n\nMara Lopez\nRecruitment Officer, Harborline Global "
                         "Staffing Inc.", organizer=recruiter, attendees=(recruiter,), minutes=45), [ME])
    assert found.interview and found.company == "Westfield General Hospital", found.company


@pytest.mark.parametrize("title, role", [
    ("Vorstellungsgespräch HR Business Partner (m/w/d) – Bergquell Holding GmbH", "HR Business Partner"),
    ("Interview – Finance Business Partner", "Finance Business Partner"),
    ("Second interview – People Business Partner", "People Business Partner"),
])
def test_a_business_partner_is_a_role(title, role):
    hr = person("m.hackl@bergquell.example", "Martina Hackl")
    found = detect(event(title, "We look forward to the conversation.", organizer=hr, attendees=(hr,),
                         minutes=60), [ME])
    assert found.interview and found.role and found.role.startswith(role), found.role
