"""Kinds of evidence and field extraction learnt after an independent labelled set (blind23) was scored, from a
US biochemistry graduate's calendar, a Lille management controller's (French and English) and a Zaragoza wind
maintenance engineer's (Spanish): a slot booked with an employer at a careers fair, coffees the user set up to ask
about someone's path or pay, and a student paper's journalist whose address the user's own entry gives."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _coffee(title: str, description: str, address: str, name: str):
    """A coffee the user set up with one person at another organisation."""
    other = person(address, name)
    me = person(ME, "Casey Nguyen")
    return event(title, description, organizer=me, attendees=(other,), minutes=45)


@pytest.mark.parametrize("title, description, address, name", [
    ("Coffee w/ Dana Whitfield (Tallgrass Genomics)",
     "Met her at the alumni night, now a lab manager at Tallgrass Genomics. Ask: how she went from tech to lab "
     "manager, what she would do differently.", "dana.whitfield@tallgrassgenomics.com", "Dana Whitfield"),
    ("Coffee – Omar Haddad (Vireo Analytics)",
     "Old classmate, now a data lead at Vireo Analytics. Ask: what a first year at a consultancy looks like.",
     "omar@vireoanalytics.com", "Omar Haddad"),
    ("Café con Lucía Ferrer (Ebro Hidráulica)",
     "Antigua compañera de prácticas, ahora jefa de turno en Ebro Hidráulica. Preguntarle: sueldos, turnos, "
     "qué tal se está allí.", "lucia.ferrer@ebrohidraulica.es", "Lucía Ferrer"),
])
def test_a_coffee_the_user_set_up_to_ask_about_someones_path_or_pay_is_informational(
        title, description, address, name):
    found = detect(_coffee(title, description, address, name), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == [address]


def test_a_coffee_with_a_friend_asking_about_their_holiday_is_no_interview():
    found = detect(_coffee("Café con Lucía", "Preguntarle: qué tal el viaje a Lisboa, fotos.",
                           "lucia.ferrer@ebrohidraulica.es", "Lucía Ferrer"), [ME])
    assert not found.interview


def _from_an_employer(title: str, description: str, minutes: int = 20, colleague=None):
    """An invitation from a recruiter at an employer to the user (and a colleague of the recruiter's, or of another
    organisation, when given)."""
    recruiter = person("mpatel@northfieldwater.org", "Meera Patel")
    attendees = (recruiter,) + ((colleague,) if colleague else ())
    return event(title, description, organizer=recruiter, attendees=attendees, minutes=minutes)


_SLOT = "Great meeting you at our stand today. Here is a 15-minute slot in the interview booths to talk about the " \
        "Water Quality Analyst opening.\n\nMeera Patel\nRecruitment | Northfield Water"


@pytest.mark.parametrize("title", [
    "Northfield Water – quick chat at the job fair",
    "Northfield Water | 15 min @ careers expo",
    "Northfield Water – Feria de empleo (15 min)",
])
def test_a_slot_an_employer_books_the_user_at_a_careers_fair_about_an_opening_is_an_interview(title):
    found = detect(_from_an_employer(title, _SLOT), [ME])
    assert found.interview and found.company == "Northfield Water"


def test_the_careers_fair_itself_is_no_interview():
    found = detect(_from_an_employer("Northfield Water at the Spring Job Fair", "Come and meet us at stand 12: "
                                     "we are hiring for openings across our labs. Interviews on the day.", minutes=300),
                   [ME])
    assert not found.interview


def test_a_fair_session_with_several_employers_is_no_interview():
    other = person("j.okoro@lakesidelabs.com", "Jide Okoro")
    found = detect(_from_an_employer("Employer panel – career fair", _SLOT, minutes=30, colleague=other), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description", [
    ("Interview w/ The Valley Herald (grad student profile)",
     "Priya Shah (pshah@valleyherald.org) is doing a short profile on grad students in the department. She wants to "
     "hear about my thesis and the field season. ~25 min."),
    ("Interview – Campus Radio", "Tom Reid, tom.reid@harborcampusradio.org, about the robotics club's win. 20 min."),
])
def test_a_journalist_whose_address_at_a_medium_the_users_own_entry_gives_is_press(title, description):
    assert not detect(event(title, description, minutes=30, me_too=False), [ME]).interview


def test_an_interview_at_a_newspaper_about_a_post_the_users_own_entry_notes_is_still_one():
    found = detect(event("Interview – The Valley Herald", "Priya Shah (pshah@valleyherald.org), managing editor. "
                         "Position: Data Reporter. Bring clips.", minutes=45, me_too=False), [ME])
    assert found.interview


@pytest.mark.parametrize("location", [
    "Hale Hall, Rm 210 - Carrow Valley University School of Law",
    "Carrow Valley University College of Engineering, Hale Hall",
])
def test_a_unit_of_a_university_the_domain_names_is_no_part_of_its_name(location):
    lead = person("pwhitlow@carrowvalley.edu", "Paula Whitlow")
    found = detect(event("Whitlow Lab – meet Casey Nguyen", "Thanks for applying for the Research Assistant position "
                         "in my lab. Let's meet in person.", organizer=lead, attendees=(lead,), location=location,
                         minutes=60), [ME])
    assert found.interview and found.company == "Carrow Valley University"



@pytest.mark.parametrize("title, description, agency", [
    ("Call Ashcombe Finance Recruitment (Tom) – confidential role",
     "Tom Reeve – t.reeve@ashcombe-recruitment.co.uk\nFinance Manager, client confidential for now. 60k + bonus.",
     "Ashcombe Finance Recruitment"),
    ("Appel Orvault Conseil Recrutement (Léa) – poste confidentiel",
     "Léa Morin – l.morin@orvault-recrutement.fr\nResponsable paie, client confidentiel pour l'instant.",
     "Orvault Conseil Recrutement"),
])
def test_a_call_word_before_an_agencys_name_its_domain_begins_is_no_part_of_it(title, description, agency):
    found = detect(event(title, description, minutes=30, me_too=False), [ME])
    assert found.interview and found.company == agency


@pytest.mark.parametrize("title, description, role", [
    ("Halvorsen – meet CFO + plant manager (Drammen)",
     "Hello Casey,\n\nFurther to our call, you will meet Ingrid Dahl, CFO, and Per Moe, plant manager, for the position "
     "of Maintenance Planner.\n\nBest regards,\nSiri Lunde", "Maintenance Planner"),
    ("Brunel Emballages – rencontre DRH + directrice commerciale",
     "Bonjour Casey,\n\nSuite à notre échange, vous rencontrerez Ingrid Dahl, DRH, et Claire Moe, directrice "
     "commerciale, pour le poste de Chargé d'affaires export.\n\nBien cordialement,\nSiri Lunde",
     "Chargé d'affaires export"),
])
def test_a_title_part_saying_whom_the_user_meets_is_no_role(title, description, role):
    coordinator = person("siri.lunde@halvorsen.example", "Siri Lunde")
    people = (person("ingrid.dahl@halvorsen.example", "Ingrid Dahl"), person("per.moe@halvorsen.example", "Per Moe"))
    found = detect(event(title, description, organizer=coordinator, attendees=people, minutes=90), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, description, role", [
    ("Appel Orvault Conseil Recrutement (Léa) – poste confidentiel",
     "Léa Morin – l.morin@orvault-recrutement.fr\nResponsable paie et administration du personnel, « groupe "
     "agroalimentaire de la région », client confidentiel pour l'instant. 48–52 k€ + variable.\nPréparer : préavis.",
     "Responsable paie et administration du personnel"),
    ("Call Ashcombe Finance Recruitment (Tom) – confidential role",
     "Tom Reeve – t.reeve@ashcombe-recruitment.co.uk\nFinancial Controller, “a listed retailer in the north west”, "
     "client confidential for now, 60–65k plus bonus and car allowance.\nPrep: notice period.", "Financial Controller"),
])
def test_a_recruiters_note_opening_with_the_post_before_a_quoted_client_gives_the_role(title, description, role):
    found = detect(event(title, description, minutes=30, me_too=False), [ME])
    assert found.interview and found.role == role
