"""Kinds of event detection learnt to read after an independent labelled set (blind10) was scored: a final stage
or a final chat of a hiring process, a final stage that takes a day with the travel to it, the user's own notes of
a call or a meeting with someone at an organisation about a job, a posting's gender marker ("(m/w/d)"), a
pasted forward inviting the user to talk through their experience, a coffee to hear how someone got where they
are, and press interviews said the way a radio or a paper says them."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

# -- a final stage, or a final chat, of a hiring process ---------------------------------------------------------


@pytest.mark.parametrize("title, description", [
    ("Brightloom – final conversation with Ayo", "Last conversation before we decide: the team, how you plan work."),
    ("Final stage – Tessellate Health", "You'll meet our COO. Bring questions about the product."),
])
def test_a_final_stage_or_final_chat_with_someone_at_a_company_is_an_interview(title, description):
    ayo = person("ayo.bello@brightloom.example", "Ayo Bello")
    found = detect(event(title, description, organizer=ayo, attendees=(ayo,)), [ME])
    assert found.interview and found.kind == "job"


def test_a_final_stage_that_takes_a_day_with_the_travel_to_it_is_an_interview():
    recruiter = person("nora.quist@ironvale.example", "Nora Quist")
    manager = person("ben.ruud@ironvale.example", "Ben Ruud")
    day = event("Final stage: day at the Ridgeback plant", "We'd like you to spend the day with Ben, our plant "
                "manager, with a tour and a sit-down. The bus leaves the depot at 05:30, back by 18:00.",
                organizer=recruiter, attendees=(manager,), minutes=750)
    assert detect(day, [ME]).interview


def test_a_long_meeting_with_another_organisation_naming_no_stage_is_not_an_interview():
    client = person("nora.quist@ironvale.example", "Nora Quist")
    day = event("Ridgeback plant – commissioning", "We'll go through the commissioning plan for the new line.",
                organizer=client, attendees=(client,), minutes=750)
    assert not detect(day, [ME]).interview


# -- press interviews, the way a radio or a paper says them ------------------------------------------------------


def test_a_guesting_on_a_show_is_press_not_a_job_interview():
    found = detect(event("TV guesting – 'Umaga Na' (interview on caregivers abroad)", "Studio 3. Call time 6am.",
                         me_too=False, minutes=30), [ME])
    assert not found.interview


@pytest.mark.parametrize("description", [
    "Marco is writing about apprentices who retrain as electricians. 15 min, on the record.",
    "I would like to ask you about the depot for a story on the new tram line; quotes may be used.",
])
def test_a_reporters_interview_for_a_story_is_press(description):
    marco = person("marco.ferri@valleycourier.example", "Marco Ferri")
    found = detect(event("Valley Courier – phone interview", description, organizer=marco, attendees=(marco,),
                         minutes=30), [ME])
    assert not found.interview


# -- German: an invitation to get to know the candidate, a hearing before a selection committee ------------------


def test_a_pasted_german_forward_inviting_the_user_to_get_to_know_them_is_an_interview():
    found = detect(event("WG: Termin Donnerstag", "-----Ursprüngliche Nachricht-----\nVon: Huber Sabine "
                         "<s.huber@murtalbau.example>\nBetreff: Termin Donnerstag\n\nSehr geehrter Herr Nguyen,\n\n"
                         "wir freuen uns darauf, Sie am Donnerstag um 10 Uhr in unserem Büro in Graz kennenzulernen.\n\n"
                         "Sabine Huber", me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_a_hearing_before_a_selection_committee_is_an_interview():
    office = person("office@lebensraum-wohnen.example", "Geschäftsführung")
    found = detect(event("Hearing – Kaufmännische Leitung", "Wir laden Sie zu einem Hearing vor unserem "
                         "Auswahlgremium ein. Bitte bereiten Sie eine kurze Präsentation vor.", organizer=office,
                         attendees=(person("j.wallner@lebensraum-wohnen.example", "Johanna Wallner"),), minutes=60),
                   [ME])
    assert found.interview and found.kind == "job"


def test_a_hearing_at_a_tribunal_is_not_an_interview():
    solicitor = person("r.khan@khanlegal.example", "Rina Khan")
    found = detect(event("Hearing – Employment Tribunal", "Preliminary hearing before the tribunal. Bring the bundle.",
                         organizer=solicitor, attendees=(solicitor,), minutes=120), [ME])
    assert not found.interview


# -- the user's own note of a call or a meeting with someone at an organisation, about a job ---------------------


@pytest.mark.parametrize("title, description", [
    # what the call is about after "x" or "por" (Argentine notes) or "for"
    ("Llamada con Paula (Andes Talento) x puesto en Molinos Sur", "Me llama Paula, paula@andestalento.example, por el "
     "puesto de Analista de Datos en Molinos Sur."),
    ("Call with Tom (Brookfield Search) for the Controller role", "tom@brookfieldsearch.example, calls my mobile."),
    # a call word right before a titled name
    ("Anruf Hr. Dr. Keller (Alpenlink Consulting) – Brenner Transporte", "Er ruft mich an. Position: Teamleiter "
     "Logistik bei Brenner Transporte GmbH. keller@alpenlink.example"),
    # no call word: a person at an organisation, and what it is about
    ("Dr. Haruka Mori (Head of Pharmacy) – Eastgate Hospital", "In person, 3F pharmacy office. Position: Clinical "
     "Pharmacist. haruka.mori@eastgate.example"),
    ("Tomasz @ Baltic Crew – confidential Gdańsk gig", "tomasz@balticcrew.example calls me at 9. Shipowner, not named "
     "yet. Marine Superintendent, office-based."),
])
def test_the_users_own_note_of_a_call_or_meeting_about_a_job_is_an_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("Sam @ Rosemount Hotel – Friday gig", "Load-in 6pm, two sets. sam@rosemounthotel.example"),
    ("Jess @ Acme – catch up about her new gig", "She started at Acme in May. jess@acme.example"),
    ("Dr. Reyes (Dentist) – Smile Clinic", "Cleaning and x-ray."),
    ("Call Dr. Patel (Northside Clinic) – results", "Blood test results."),
    ("Llamada con Andrea (dentista) x la muela", "Confirmar la cita."),
])
def test_a_note_of_an_ordinary_call_or_meeting_with_someone_is_not_an_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=60), [ME])
    assert not found.interview


# -- a coffee to hear how someone got where they work --------------------------------------------------------------


@pytest.mark.parametrize("title, description", [
    ("Lunch w/ Kuya Ben – moving to Canada", "Ask him how he got hired at Lakeshore General, and the licensing exam."),
    ("Tea with Rhea", "How she became a charge nurse in Dubai, and whether the agency was worth it."),
])
def test_a_coffee_to_hear_how_someone_got_their_job_is_an_informational_interview(title, description):
    guest = person("ben.santos@lakeshoregeneral.example", "Ben Santos")
    found = detect(event(title, description, organizer=person(ME, "Casey Nguyen"), attendees=(guest,), minutes=60),
                   [ME])
    assert found.interview and found.kind == "informational"


def test_a_coffee_with_a_friend_about_her_wedding_is_not_an_interview():
    guest = person("rhea.cruz@gmail.com", "Rhea Cruz")
    found = detect(event("Coffee with Rhea", "How she got engaged, and the wedding venue.",
                         organizer=person(ME, "Casey Nguyen"), attendees=(guest,), minutes=60), [ME])
    assert not found.interview


# -- a pasted forward inviting the user to talk through their experience --------------------------------------------


def test_a_pasted_forward_inviting_the_user_to_talk_through_their_experience_is_an_interview():
    found = detect(event("Fwd: Quillo – Tuesday", "---------- Forwarded message ---------\nFrom: Sara Lind "
                         "<sara@quillo.example>\nSubject: Data Analyst – next step\n\nHi Casey,\nCould you walk us through "
                         "your experience so far? Tuesday at 11 suits our Head of Data and me.\n\nSara",
                         me_too=False, minutes=45), [ME])
    assert found.interview and found.kind == "job"


def test_a_company_asking_about_the_users_experience_of_its_service_is_not_an_interview():
    agent = person("care@brightfibre.example", "Brightfibre Care")
    found = detect(event("Brightfibre – your installation", "We'd like to hear how your installation went and "
                         "discuss your experience with our engineers.", organizer=agent, attendees=(agent,),
                         minutes=20), [ME])
    assert not found.interview


# -- a job posting's title, with its gender marker, on another organisation's invitation --------------------------


@pytest.mark.parametrize("title, description", [
    ("Termin – Sachbearbeiterin Lohnverrechnung (w/m/d)", "Wir freuen uns auf das Gespräch in unserer Zentrale."),
    ("Rendez-vous – Responsable paie (H/F)", "Au plaisir de vous rencontrer dans nos locaux."),
])
def test_another_organisations_invitation_titled_with_a_posting_is_an_interview(title, description):
    sender = person("m.gruber@donaulogistik.example", "Maria Gruber")
    found = detect(event(title, description, organizer=sender, attendees=(sender,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_a_posting_the_users_own_team_fills_is_the_hiring_side():
    me = "casey.nguyen@donaulogistik.example"
    colleague = person("m.gruber@donaulogistik.example", "Maria Gruber")
    found = detect(event("Abstimmung – Sachbearbeiterin Lohnverrechnung (w/m/d)", "Shortlist durchgehen.",
                         organizer=colleague, attendees=(colleague, person(me, "Casey Nguyen")), me_too=False,
                         minutes=60), [me])
    assert not found.interview
