"""Interview detection on kinds of events a third independent calendar set brought up (healthcare,
Latin America, academia). Each test builds its own event and asserts only on what detection returns.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person

ODETTE = person("odette.marsh@fernleighclinic.co.uk", "Odette Marsh")
CASEY_SELF = CASEY  # the user as the organizer of their own entry


# -- "practice" inside a job title or a workplace is no practice interview ------------------------------

@pytest.mark.parametrize("title", [
    "Practice Nurse interview – Casey Nguyen",
    "Interview: Practice Manager, Fernleigh Clinic",
    "Interview at Fernleigh Dental Practice",
    "Entrevista – Advanced Practice Nurse",
])
def test_practice_in_a_job_title_or_a_workplace_is_not_a_mock_interview(title):
    found = detect(event(title, "We look forward to meeting you for the interview.", organizer=ODETTE,
                         attendees=(ODETTE,)), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title", ["Interview practice with Sam", "Practice interview – behavioural questions",
                                   "Practice: nursing interview questions"])
def test_practicing_for_an_interview_is_still_not_an_interview(title):
    sam = person("sam.oduya@gmail.com", "Sam Oduya")
    assert not detect(event(title, "", organizer=sam, attendees=(sam,)), [ME]).interview


# -- the user on a panel that scores candidates ----------------------------------------------------------

@pytest.mark.parametrize("title, description", [
    ("Interview panel – Staff Nurse – Candidate 2 (R. Osei)", "Please bring the question pack."),
    ("Interviews: teaching assistant candidates", "15 minutes each, back to back."),
    ("Entrevistas candidatos – Analista de datos", "Tres entrevistas de 30 minutos."),
    ("Panel interview – Band 6", "Score independently using the scoring matrix, then we compare."),
])
def test_an_event_about_scoring_candidates_is_the_hiring_side(title, description):
    colleague = person("mara.quist@fernleighclinic.co.uk", "Mara Quist")
    found = detect(event(title, description, organizer=ODETTE, attendees=(ODETTE, colleague)), [ME])
    assert not found.interview and "hiring side" in found.reasons[0]


def test_the_candidates_own_invitation_naming_them_stays_their_interview():
    found = detect(event("Interview – candidate: Casey Nguyen", "Your interview for the Staff Nurse post.",
                         organizer=ODETTE, attendees=(ODETTE,)), [ME])
    assert found.interview


# -- a journalist's feature about the user ---------------------------------------------------------------

@pytest.mark.parametrize("description", [
    "As discussed, the interview is for our feature on new graduates. Our photographer will take a portrait.",
    "Das Interview ist für unseren Beitrag über Absolventinnen; unser Fotograf kommt um 11 Uhr dazu.",
    "L'entretien servira pour notre article sur les jeunes docteurs.",
])
def test_an_interview_for_a_feature_article_is_press(description):
    eva = person("e.brandt@campusbode.example", "Eva Brandt")
    found = detect(event("Interview Campusbode", description, organizer=eva, attendees=(eva,)), [ME])
    assert not found.interview and "press" in found.reasons[0]


# -- the user's own job talk, announced as a seminar -------------------------------------------------------

def _seminar(speaker: str) -> tuple[str, str]:
    return (f"Institute Seminar: {speaker} – Causal models of cell signalling",
            f"Dear all, please join us for a talk by {speaker}, who is a candidate for the Group Leader position "
            "in Systems Biology. Afterwards the search committee meets the candidate:\n"
            "Prof. Ute Brandl (ute.brandl@ibsk.example)\nDr. Omar Sidi (omar.sidi@ibsk.example)")


def test_a_seminar_by_the_user_as_a_candidate_is_their_job_interview():
    office = person("office@ibsk.example", "IBSK Scientific Office")
    title, description = _seminar("Dr. Casey Nguyen")
    found = detect(event(title, description, organizer=office, attendees=(office,), minutes=180), [ME])
    assert found.interview and found.kind == "job"


def test_a_seminar_by_another_candidate_is_an_event_the_user_attends():
    office = person("office@ibsk.example", "IBSK Scientific Office")
    title, description = _seminar("Dr. Lena Ortiz")
    assert not detect(event(title, description, organizer=office, attendees=(office,), minutes=180), [ME]).interview


# -- someone answering the user's request for a chat: informational ----------------------------------------

def test_a_chat_someone_agrees_to_after_the_user_reached_out_is_informational():
    ines = person("ines.carvalho.rn@gmail.com", "Inês Carvalho")
    found = detect(event("Casey / Inês – chat about working in Lisbon",
                         "Thanks for reaching out! Happy to share how the move went and what the team is like "
                         "at Hospital da Luz Norte.", organizer=ines, attendees=(ines,), minutes=30,
                         conference_url="https://meet.google.com/kqe-rtvz-pla"), [ME])
    assert found.interview and found.kind == "informational"


def test_a_chat_between_friends_is_not_an_interview():
    ines = person("ines.carvalho.rn@gmail.com", "Inês Carvalho")
    found = detect(event("chat about the holidays", "Thanks for reaching out! Happy to share the photos.",
                         organizer=ines, attendees=(ines,), minutes=30,
                         conference_url="https://meet.google.com/kqe-rtvz-pla"), [ME])
    assert not found.interview


# -- a closing chat in Spanish, about a search for a role ---------------------------------------------------

def test_a_final_chat_for_a_search_for_a_role_is_a_final_interview():
    tomas = person("tomas@quebrachosoft.example", "Tomás Ibarra")
    recruiter = person("lucia@quebrachosoft.example", "Lucía Paz")
    found = detect(event("Tomás / Casey", "Charla final con Tomás (CEO de Quebracho Soft) para la búsqueda de "
                         "Data Engineer. Sin código: cultura y expectativas.", organizer=recruiter,
                         attendees=(tomas,)), [ME])
    assert found.interview and found.stage == "final"
    assert [p.email for p in found.people] == ["tomas@quebrachosoft.example"]


# -- the user's own note of a call about their application --------------------------------------------------

def test_a_note_titled_with_a_name_about_the_users_application_is_an_interview():
    found = detect(event("Hugo Lindqvist", "Video call, he sends the link.\nHugo Lindqvist – Ward Manager, "
                         "Norrvik Health\nhugo.lindqvist@norrvikhealth.example\nRe: my application for Staff Nurse "
                         "– 20 min get to know you + questions.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


def test_a_note_titled_with_a_name_about_something_else_is_not():
    found = detect(event("Hugo Lindqvist", "Get to know you over lunch – he is Mara's new partner.",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert not found.interview


def test_a_conferencing_footer_is_no_career_context():
    friend = person("ola.berg@gmail.com", "Ola Berg")
    footer = ("-::~:~::~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/kqe-rtvz-pla\n"
              "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~::~:~::-")
    found = detect(event("Coffee chat", "Catching up before the holidays!\n\n" + footer, organizer=friend,
                         attendees=(friend,), minutes=30, conference_url="https://meet.google.com/kqe-rtvz-pla"), [ME])
    assert not found.interview


# -- the company as a person writes it: institutions, shared mail, references, units -------------------------

def _nhs_invite(title: str, description: str, location: str = ""):
    coordinator = person("amy.rowe3@nhs.net", "ROWE, Amy (EASTMOOR NHS FOUNDATION TRUST)")
    matron = person("kofi.ansah@nhs.net", "ANSAH, Kofi (EASTMOOR NHS FOUNDATION TRUST)")
    return event(title, description, organizer=coordinator, attendees=(coordinator, matron), location=location)


def test_a_hospital_named_in_full_is_the_company_when_staff_write_from_shared_nhs_mail():
    found = detect(_nhs_invite("Interview - Band 6 Staff Nurse (ref 311-EM-26-0042)",
                               "Confirming your interview for the Band 6 post on Ward 9.\nLocation: Level 3, "
                               "Eastmoor General Hospital.\nMany thanks, Amy"), [ME])
    assert found.interview and found.company == "Eastmoor General Hospital"


@pytest.mark.parametrize("title", ["Interview: Staff Nurse (Job Ref 311-EM-26-0042)", "Interview (Req 88213)"])
def test_a_reference_number_is_never_the_company(title):
    found = detect(_nhs_invite(title, "We would like to invite you to an interview at Eastmoor Royal Infirmary."), [ME])
    assert found.company == "Eastmoor Royal Infirmary"


def test_a_part_of_an_organisation_is_not_the_company():
    found = detect(_nhs_invite("Interview – Surgical Division",
                               "Interview for Registered Nurse, Surgical Division.\nWyndham Community Hospital"), [ME])
    assert found.company == "Wyndham Community Hospital"


def test_a_university_named_before_its_town_is_the_company():
    dean = person("dekanat@uni-harzfeld.example", "Dekanat Fakultät 3")
    found = detect(event("Vorstellungsgespräch W2-Professur", "Sehr geehrte Frau Nguyen, wir laden Sie zum "
                         "Vorstellungsgespräch an der Universität Harzfeld ein.", organizer=dean,
                         attendees=(dean,)), [ME])
    assert found.interview and found.company == "Universität Harzfeld"


def test_a_name_the_title_shortens_is_written_in_full_from_the_description():
    aoife = person("aoife.brennan@kilbarrack.example", "Aoife Brennan")
    found = detect(event("Coffee w/ Aoife Brennan (ICU, Kilbarrack)", "I asked her for advice on getting into "
                         "critical care – she is CNM2 in ICU at Kilbarrack University Hospital.",
                         organizer=CASEY_SELF, attendees=(aoife,), me_too=False), [ME])
    assert found.interview and found.company == "Kilbarrack University Hospital"


@pytest.mark.parametrize("description, company", [
    ("Sua entrevista para a vaga de Analista de Dados na Cajuína Pagamentos está confirmada.", "Cajuína Pagamentos"),
    ("Tu entrevista para Data Engineer en Quebracho Soft está confirmada. Dudas por WhatsApp.", "Quebracho Soft"),
])
def test_portuguese_and_spanish_at_name_the_company_and_a_messaging_app_never_does(description, company):
    scheduler = person("agendamento@gupy.io", "Gupy")
    found = detect(event("Entrevista", "Dúvidas no WhatsApp. " + description, organizer=scheduler,
                         attendees=(scheduler,)), [ME])
    assert found.interview and found.company == company


# -- the people met ----------------------------------------------------------------------------------------

def _emails(found) -> list[str]:
    return sorted(p.email for p in found.people)


def test_a_teams_meeting_chat_and_the_users_work_address_are_not_people_met():
    chat = person("19_meeting_5c1d2e3f4a5b6c7d8e9f@thread.v2", "Interview chat")
    me_at_work = person("casey.nguyen2@nhs.net", "NGUYEN, Casey (EASTMOOR NHS FOUNDATION TRUST)")
    matron = person("kofi.ansah@nhs.net", "ANSAH, Kofi (EASTMOOR NHS FOUNDATION TRUST)")
    found = detect(event("Interview - Band 7 Sister - C Nguyen", "Your interview for the Band 7 post.",
                         organizer=matron, attendees=(matron, chat, me_at_work)), [ME])
    assert found.interview and _emails(found) == ["kofi.ansah@nhs.net"]


def test_a_panel_listed_under_a_recruitment_mailbox_letter_is_who_the_user_meets():
    mailbox = person("em.nursingrecruitment@nhs.net", "EM Nursing Recruitment")
    description = ("Dear Casey,\n\nThank you for your recent application. We would like to invite you to an "
                   "interview.\n\nThe interview panel will consist of:\n"
                   "• Ruth Okafor, Ward Manager (ruth.okafor@nhs.net)\n• Liam Tran, Matron (liam.tran4@nhs.net)\n"
                   "• A representative from the Workforce team\n\nKind regards\nNursing Recruitment Team")
    found = detect(event("Interview: Staff Nurse – Ward 9", description, organizer=mailbox, attendees=()), [ME])
    assert _emails(found) == ["liam.tran4@nhs.net", "ruth.okafor@nhs.net"]


def test_a_committee_member_who_cannot_come_is_not_met_and_a_dutch_greeting_is_no_sign_off():
    mailbox = person("werving@hs-waddenzee.example", "Werving & Selectie")
    description = ("Beste Casey,\n\nDe sollicitatiecommissie bestaat uit:\n"
                   "- prof. dr. Eva Smit – e.smit@hs-waddenzee.example\n"
                   "- dr. Tim Bos – t.bos@hs-waddenzee.example (helaas verhinderd)\n\nMet vriendelijke groet,\nWerving")
    found = detect(event("Sollicitatiegesprek Docent", description, organizer=mailbox, attendees=()), [ME])
    assert _emails(found) == ["e.smit@hs-waddenzee.example"]


def test_a_manager_who_sets_up_the_call_is_met_rather_than_the_careers_mailbox_copied_in():
    manager = person("nmurphy@harbourclinic.example", "Niamh Murphy")
    careers = person("careers@harbourclinic.example", "Harbour Careers", optional=True)
    found = detect(event("Microsoft Teams Meeting", "I've set up a short video call so we can talk through the post. "
                         "It will be an informal interview, about 30 minutes.", organizer=manager,
                         attendees=(careers,)), [ME])
    assert found.interview and _emails(found) == ["nmurphy@harbourclinic.example"]


# -- the role: British "post", Spanish "búsqueda", never a panel member's or the sender's own title ---------

def test_a_post_is_a_role_and_a_panel_members_title_is_not():
    found = detect(_nhs_invite("Interview - Band 6 Ward Sister - C Nguyen",
                               "Confirming your interview for the Band 6 Ward Sister post on Ward 9.\n\n"
                               "Panel: Kofi Ansah (Head of Nursing, Surgery) and Amy Rowe (Matron).\n\n"
                               "Many thanks\nAmy\n\nAmy Rowe | Divisional Administrator | Eastmoor General Hospital"),
                   [ME])
    assert found.interview and found.role == "Band 6 Ward Sister"


def test_the_senders_title_in_a_signature_is_not_the_role():
    manager = person("gill.hart@brookside-surgery.example", "Gill Hart")
    found = detect(event("Interview – Casey Nguyen", "Thank you for coming back to me so quickly. Here are the "
                         "details of your interview.\n\nKind regards,\nGill Hart\nPractice Manager\n"
                         "Brookside Surgery", organizer=manager, attendees=(manager,)), [ME])
    assert found.interview and found.role is None


def test_a_spanish_search_for_a_role_names_the_role():
    recruiter = person("lucia@quebrachosoft.example", "Lucía Paz")
    found = detect(event("Entrevista técnica", "Entrevista para la búsqueda de Data Engineer en Quebracho Soft.",
                         organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.role == "Data Engineer"


# == kinds a fourth independent set brought up (Asia-Pacific finance, public sector, kitchens and trades) ==

def test_a_webinar_registration_about_interviews_is_not_one():
    zoom = person("no-reply@zoom.us", "Careers Collective")
    found = detect(event("Getting Referred: Federal Resumes", "Thank you for registering for \"Getting Referred\". "
                         "We cover what happens after you are referred for a structured interview.\nYou can cancel "
                         "your registration at any time.", organizer=zoom, minutes=90,
                         conference_url="https://us02web.zoom.us/w/91870433211"), [ME])
    assert not found.interview


def test_a_reporters_story_with_a_photographer_is_press():
    reporter = person("mlee@valleycourier.example", "Mina Lee")
    found = detect(event("Valley Courier interview re: the food drive", "Thanks for agreeing to talk with me for our "
                         "story on the food drive. I'll bring a photographer for the last ten minutes.",
                         organizer=reporter, attendees=(reporter,), minutes=30), [ME])
    assert not found.interview and "press" in found.reasons[0]


@pytest.mark.parametrize("title", ["Oral Board – Permit Technician", "Prueba de trabajo – Casa Nodal",
                                   "Entrevue / Interview – Policy Analyst"])
def test_oral_boards_work_trials_and_entrevues_are_interviews(title):
    board = person("hr@ashby-county.example", "Ashby County HR")
    chair = person("r.lind@ashby-county.example", "Lind, Ruth")
    found = detect(event(title, "Please arrive 15 minutes early.", organizer=board, attendees=(chair,)), [ME])
    assert found.interview


def test_a_panel_at_the_users_own_workplace_seen_through_their_work_address_is_the_hiring_side():
    boss = person("h.ode@greenroots.example", "Hana Ode")
    me_at_work = person("c.nguyen@greenroots.example", "Casey Nguyen")
    candidate = person("jo.park77@gmail.com", "jo.park77@gmail.com")
    found = detect(event("Interview: Jo Park – Volunteer Lead", "Panel: Hana and Casey. Debrief right after.",
                         organizer=boss, attendees=(boss, me_at_work, candidate), me_too=False), [ME])
    assert not found.interview and "hiring side" in found.reasons[0]


def test_the_users_own_request_to_hear_about_someones_career_move_is_informational():
    alum = person("rafa.ng.sg@gmail.com", "Rafa Ng")
    found = detect(event("Coffee – Rafa Ng (alum)", "Hi Rafa – thanks so much for agreeing to meet! I'd love to hear "
                         "how you made the move from audit into private equity at Kestrel Bay Partners.",
                         organizer=CASEY, attendees=(alum,), me_too=False), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == ["rafa.ng.sg@gmail.com"]


def test_who_is_said_not_to_come_and_the_sender_who_will_not_join_are_not_met():
    recruiter = person("priya@talentbridge.example", "Priya Shah")
    lead = person("m.oduya@quaylogistics.example", "Mo Oduya")
    director = person("s.iyer@quaylogistics.example", "Sunil Iyer")
    found = detect(event("Interview – Finance Manager – Quay Logistics", "Panel: Mo Oduya and Sunil Iyer.\n"
                         "UPDATE: Sunil is travelling and will not be able to join. I won't be on the call either, "
                         "but I'll ring you after.", organizer=recruiter,
                         attendees=(lead, director, replace(recruiter, optional=True))), [ME])
    assert found.interview and [p.email for p in found.people] == ["m.oduya@quaylogistics.example"]


def test_someone_copied_for_information_is_not_met():
    lead = person("m.oduya@quaylogistics.example", "Mo Oduya")
    assistant = person("ea@quaylogistics.example", "Executive Assistant", informed_only=True, optional=True)
    found = detect(event("Interview – Finance Manager", "Your interview with Mo.", organizer=lead,
                         attendees=(lead, assistant)), [ME])
    assert [p.email for p in found.people] == ["m.oduya@quaylogistics.example"]


@pytest.mark.parametrize("organizer, description, company", [
    (("talent@glenhaven.example", "Glenhaven Talent"), "Your interview with the City of Glenhaven planning team.",
     "City of Glenhaven"),
    (("maya@wrenandanchor.example", "Maya Orr"), "Looking forward to meeting you at the Wren & Anchor on Friday.",
     "Wren & Anchor"),
    (("hr@mn.example", "Recruiting"), "Ihre Bewerbung: your interview for the Analyst post at Dunmore Office of "
     "Nutrition.", "Dunmore Office of Nutrition"),
])
def test_public_bodies_ampersands_and_short_domains_name_the_company_as_written(organizer, description, company):
    sender = person(*organizer)
    found = detect(event("Interview – Analyst (EC-04)", description, organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == company


def test_the_users_own_note_of_a_trial_at_a_kitchen_is_an_interview_and_a_free_trial_is_not():
    trial = detect(event("Trial @ Osteria Nodo 4pm – ask for Marco", "grill section, bring knives",
                         organizer=None, me_too=False, minutes=360), [ME])
    assert trial.interview and trial.people == ()
    free = detect(event("Free trial ends – cancel before renewal", "", organizer=None, me_too=False), [ME])
    assert not free.interview


def test_an_interviewer_who_shares_the_users_name_is_still_met():
    recruiting = person("recruiting@acmerobotics.example", "Acme Robotics Recruiting")
    namesake = person("casey.nguyen@acmerobotics.example", "Casey Nguyen")
    other = person("omar.haddad@acmerobotics.example", "Omar Haddad")
    found = detect(event("Interview: Data Analyst - Acme Robotics", "Your interview for the Data Analyst position "
                         "with Casey Nguyen and Omar Haddad.", organizer=recruiting, attendees=(namesake, other),
                         me_too=False), [ME])
    assert found.interview and sorted(p.email for p in found.people) == [
        "casey.nguyen@acmerobotics.example", "omar.haddad@acmerobotics.example"]


@pytest.mark.parametrize("title, role", [
    ("Interview – Junior Sous Chef – Harbour Kitchen", "Junior Sous Chef"),
    ("Vorstellungsgespräch Jungkoch (m/w/d)", "Jungkoch"),
    ("Entretien – Second de cuisine", "Second de cuisine"),
    ("Interview – Med/Surg RN", "Med/Surg RN"),
])
def test_kitchen_and_nursing_titles_are_roles(title, role):
    chef = person("gianni@osterianodo.example", "Gianni Russo")
    found = detect(event(title, "See you at the restaurant.", organizer=chef, attendees=(chef,)), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("position, role", [
    ("弊社の研究チームや事業内容についてご紹介し、これまでのご研究についてもお伺いできればと思います。", None),
    ("機械学習エンジニア\n弊社の研究チームや事業内容についてご紹介します。", "機械学習エンジニア"),
])
def test_a_japanese_sentence_is_never_the_role(position, role):
    hr = person("hr@shirane-ai.example", "白根AI 採用担当")
    found = detect(event("【面談のご案内】白根AI株式会社", f"ポジション：{position}", organizer=hr, attendees=(hr,)), [ME])
    assert found.interview and found.role == role


def test_meeting_a_friends_partner_socially_is_no_interview():
    found = detect(event("Sam Okoro", "Get to know you over coffee – Lena's boyfriend, in town this week.",
                         organizer=None, me_too=False, minutes=45), [ME])
    assert not found.interview
    assert any("a personal or family occasion" in reason for reason in found.reasons)


def test_an_interview_invitation_that_names_no_family_stays_one():
    recruiter = person("t.ware@calloway-freight.com", "Tess Ware")
    found = detect(event("Interview – Logistics Coordinator", "Looking forward to getting to know you on Thursday.",
                         organizer=recruiter, attendees=(recruiter,), minutes=45), [ME])
    assert found.interview
