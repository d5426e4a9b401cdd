"""Ways a role is written that the title's separators would cut apart or run on: a rank and its area after a
colon ("Manager: Supply Chain"), a preposition of another language after it, and a question in the user's
own notes that merely holds a job word."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person

OLU = person("olu.bello@harbourwater.example", "Olu Bello")
HR = person("recruitment@harbourwater.example", "Harbour Water Recruitment")


@pytest.mark.parametrize("title, role", [
    ("Interview: Manager: Supply Chain Management (Ref HW/2026/031)", "Manager: Supply Chain Management"),
    ("Panel interview – Director: Human Resources", "Director: Human Resources"),
    ("Interview: Head: Internal Audit", "Head: Internal Audit"),
])
def test_a_rank_and_its_area_after_a_colon_are_one_role(title, role):
    found = detect(event(title, "You have been shortlisted for the above position.", organizer=HR,
                         attendees=(OLU,)), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, role", [
    ("Interview: Data Analyst: Round 2", "Data Analyst"),
    ("Interview: Project Manager: Olu Bello", "Project Manager"),
    ("Second interview: Site Manager: Thursday", "Site Manager"),
])
def test_what_follows_a_role_after_a_colon_is_no_area_when_it_is_a_round_a_person_or_a_day(title, role):
    found = detect(event(title, "", organizer=HR, attendees=(OLU,)), [ME])
    assert found.interview and found.role == role


def test_an_afrikaans_preposition_after_the_role_is_not_part_of_it():
    found = detect(event("Onderhoud", "Ons nooi u graag na 'n onderhoud vir die pos van Finansiële Bestuurder by "
                                      "Harbour Water. Die paneel bestaan uit Olu Bello.",
                         organizer=HR, attendees=(OLU,)), [ME])
    assert found.interview and found.role == "Finansiële Bestuurder"


def test_a_question_in_the_users_notes_is_no_role():
    rina = person("rina@lumenworks.example", "Rina Kato")
    found = detect(event("Coffee w/ Rina Kato (Lumen Works)",
                         "Rina leads design there (Mayu introduced us).\nThings to ask:\n"
                         "・do they hire bilingual designers / any openings coming?\n・what she looks for in portfolios",
                         organizer=CASEY, attendees=(rina,)), [ME])
    assert found.interview and found.kind == "informational"
    assert found.role is None


def test_the_role_opening_a_long_line_of_a_bookings_notes_is_found():
    booking = person("recruiting@nordkraft.example", "Nordkraft Recruiting")
    sara = person("sara.holm@nordkraft.example", "Sara Holm")
    found = detect(event("Interview 45 min",
                         "Thank you for booking with Nordkraft Recruiting!\n\nService: Interview 45 min\nStaff: Sara Holm"
                         "\n\nNotes from the customer: Field Service Technician – Norway (Bergen), ref KB-1142. Has a "
                         "Swedish licence, moving to the Bergen area in April and free to start in May.",
                         organizer=booking, attendees=(sara,)), [ME])
    assert found.interview and found.role.startswith("Field Service Technician")  # (where: "– Norway")


@pytest.mark.parametrize("description, role", [
    ("Let's have an informal chat about the vacancy on our chartering desk (Chartering Manager – Supramax).",
     "Chartering Manager"),
    ("An informal chat about the open position (Senior Buyer, Fresh Produce) in our Leeds office.",
     "Senior Buyer, Fresh Produce"),
])
def test_a_role_in_brackets_after_the_word_for_a_post_is_found(description, role):
    found = detect(event("Chat", description, organizer=OLU, attendees=(OLU,)), [ME])
    assert found.interview and found.role == role


def test_brackets_after_the_word_for_a_post_holding_no_role_give_none():
    found = detect(event("Chat", "An informal chat about the vacancy (see the attached description).",
                         organizer=OLU, attendees=(OLU,)), [ME])
    assert found.role is None


def test_a_finnish_role_joined_to_the_word_for_a_role_is_found():
    lauri = person("lauri.heikkinen@tundra-games.example", "Lauri Heikkinen")
    found = detect(event("Interview w/ Lauri @ Tundra Games", "Lauri Heikkinen (Head of Live Ops)\nLive Ops Producer "
                         "-rooli. Video, linkki tulee Laurilta sähköpostilla.", organizer=CASEY, attendees=(lauri,)), [ME])
    assert found.interview and found.role == "Live Ops Producer"


@pytest.mark.parametrize("location, description", [
    ("Hradecká inženýrská, Masarykova 12, Hradec Králové", "Dobrý den,\n\nzveme Vás na pohovor.\n\nJana Malá"),
    ("", "Dobrý den,\n\nzveme Vás na pohovor.\n\nJana Malá\npersonalistka, Hradecká inženýrská s.r.o."),
])
def test_a_title_part_the_location_or_a_legal_form_names_as_the_organisation_is_no_role(location, description):
    """"inženýrská" (engineering) holds a role's word; the location and the legal form show it names the firm."""
    jana = person("jana.mala@hradecka-ps.example", "Jana Malá")
    found = detect(event("Pohovor – Hradecká inženýrská – statik ocelových konstrukcí", description, organizer=jana,
                         attendees=(person("petr.kos@hradecka-ps.example", "Petr Kos"),), location=location), [ME])
    assert found.interview
    assert found.role == "Statik ocelových konstrukcí"


def test_a_slovak_role_after_the_word_for_a_post_is_found():
    jana = person("jana.mala@zilinska-ps.example", "Jana Malá")
    found = detect(event("Pohovor – Žilinská projekčná", "Dobrý deň,\n\nďakujeme za Váš záujem o pozíciu statik "
                         "oceľových konštrukcií. Pozývame Vás na pohovor.\n\nJana Malá", organizer=jana,
                         attendees=(person("peter.kos@zilinska-ps.example", "Peter Kos"),)), [ME])
    assert found.interview
    assert found.role == "Statik oceľových konštrukcií"


def test_a_company_that_begins_a_word_of_the_role_leaves_the_role_whole():
    """The domain's "Petro" is no part of "Petroleum Engineer"."""
    sender = person("li.wen@petro.example", "Li Wen")
    found = detect(event("Interview – Petroleum Engineer", "A first interview for the Petroleum Engineer role.",
                         organizer=sender, attendees=(sender,)), [ME])
    assert found.interview
    assert found.company == "Petro"
    assert found.role == "Petroleum Engineer"


@pytest.mark.parametrize("sentence, role", [
    ("I'm working on a Senior Data Engineer search for a fintech client (name shared once we've spoken).",
     "Senior Data Engineer"),
    ("We are running a confidential Head of Finance search for a listed retailer.", "Head of Finance"),
])
def test_the_role_a_recruiter_says_they_are_searching_for_is_found(sentence, role):
    recruiter = person("noor@harbourtalent.example", "Noor Saleh")
    found = detect(event("Harbour Talent – intro call", f"Hi Casey,\n\n{sentence} 30 minutes on your background.\n\n"
                         "Noor Saleh\nHarbour Talent", organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview
    assert found.role == role


@pytest.mark.parametrize("sentence, role", [
    ("Our client Kestrel Rail is hiring Signalling Technicians (ETCS) for its Leeds depot.", "Signalling Technician"),
    ("Our client Kestrel Rail is currently recruiting several Track Safety Supervisors.", "Track Safety Supervisor"),
])
def test_a_role_a_company_hires_several_people_for_is_the_role_one_person_holds(sentence, role):
    recruiter = person("noor@harbourtalent.example", "Noor Saleh")
    found = detect(event("Screening call – Kestrel Rail", f"Hi Casey,\n\n{sentence} A 30-minute screening call.\n\n"
                         "Noor Saleh", organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview
    assert found.role == role


@pytest.mark.parametrize("title, role", [
    ("Interview – Diagnostic Radiographer", "Diagnostic Radiographer"),
    ("Panel interview: Senior Sonographer (Obstetrics)", "Senior Sonographer (Obstetrics)"),
    ("Community Podiatrist – second interview", "Community Podiatrist"),
    ("Phone interview – Harbour Water (Locum Optometrist)", "Locum Optometrist"),
    ("Video interview: Renal Dietitian", "Renal Dietitian"),
    ("Entrevista – Fisioterapeuta", "Fisioterapeuta"),
    ("Vorstellungsgespräch – Psychologin", "Psychologin"),
])
def test_a_profession_known_by_the_ending_of_its_name_is_the_role(title, role):
    found = detect(event(title, "", organizer=HR, attendees=(OLU,)), [ME])
    assert found.interview and found.role == role


def test_a_profession_known_by_its_ending_is_found_after_the_word_for_a_post():
    found = detect(event("Harbour Water – interview", "We are pleased to invite you to interview for the post of "
                         "Paediatric Audiologist at Harbour Water. The panel will be Olu Bello and me.",
                         organizer=HR, attendees=(OLU,)), [ME])
    assert found.interview and found.role == "Paediatric Audiologist"


@pytest.mark.parametrize("title", [
    "Interview – shortlist review with Olu", "Entrevista – Harbour Water", "Interview – Olu Lindqvist",
])
def test_words_with_a_professions_ending_that_name_none_are_no_role(title):
    found = detect(event(title, "", organizer=HR, attendees=(OLU,)), [ME])
    assert found.role is None


@pytest.mark.parametrize("title", [
    "Harbour Water – video interview w/ Head of Finance",
    "Harbour Water – panel interview with the Operations Director",
    "Harbour Water – entrevista c/ a Diretora Financeira",
    "Harbour Water – Vorstellungsgespräch mit Teamleiter Einkauf",
])
def test_whom_an_interview_in_the_title_is_with_is_not_the_role(title):
    found = detect(event(title, "", organizer=OLU, attendees=(OLU,)), [ME])
    assert found.interview and found.role is None


def test_the_role_before_whom_the_interview_is_with_is_still_found():
    found = detect(event("Claims Analyst interview with Head of Finance", "", organizer=OLU, attendees=(OLU,)), [ME])
    assert found.interview and found.role == "Claims Analyst"


def test_a_title_writing_the_company_without_its_last_word_leaves_it_out_of_the_role():
    olu = person("olu@hwu-group.example", "Olu Bello")
    found = detect(event("Marina Talent – Harbour Water Claims Lead role", "Olu Bello calling about the Claims Lead "
                         "opening at Harbour Water Utilities.", organizer=olu, attendees=(olu,)), [ME])
    assert found.interview and found.company == "Harbour Water Utilities" and found.role == "Claims Lead"


def test_an_abbreviation_in_the_role_is_written_out_as_the_description_writes_it():
    found = detect(event("Interview – KYC Analyst", "Olu will call you about the Know Your Customer Analyst post.",
                         organizer=OLU, attendees=(OLU,)), [ME])
    assert found.interview and found.role == "Know Your Customer Analyst"


@pytest.mark.parametrize("title, role", [
    ("Video interview: Senior HRBP (Retail) – Contoso", "Senior HRBP (Retail)"),
    ("Entrevista – HRBP Senior (Operaciones) – Contoso", "HRBP Senior (Operaciones)"),
    ("Interview for the HRBP role – Contoso", "HRBP"),
])
def test_an_hr_business_partner_abbreviated_is_a_role(title, role):
    lena = person("lena.meyer@contoso.com", "Lena Meyer")
    found = detect(event(title, organizer=lena, attendees=(lena,)), [ME])
    assert found.interview and found.company == "Contoso" and found.role == role
