"""Interview detection: the company, role, stage, mode and people extracted from an interview."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, company_event, event, person, said


def emails(found) -> list[str]:
    return [p.email for p in found.people]


@pytest.mark.parametrize("title, description, organizer, company", [
    ("Interview with Northwind Traders", "", "maya@northwindtraders.com", "Northwind Traders"),
    ("SRE interview", "Margie's Travel - SRE interview", "recruiting@margiestravel.com", "Margie's Travel"),
    ("Vorstellungsgespräch (Alpine Ski House)", "", "katrin@ash.de", "Alpine Ski House"),
    ("Interview – Contoso Pharmaceuticals", "", "lena@contosopharma.com", "Contoso Pharmaceuticals"),
    ("Interview – Datum Corp", "", "sam@datumcorp.com", "Datum Corp"),
])
def test_company_as_written_in_the_text_when_the_domain_spells_it(title, description, organizer, company):
    found = detect(event(title, description, organizer=person(organizer, "Someone Else")), [ME])
    assert found.company == company
    assert said(found, "domain matches the company")


@pytest.mark.parametrize("title, organizer, company", [
    ("Interview – Smith & Wesson Holdings", "hr@smith-wesson.com", "Smith & Wesson"),
    ("Job talk — Department of Physics, Lamna University", "chair@physics.lamna.edu", "Lamna University"),
    ("Interview", "grace@contoso.onmicrosoft.com", "Contoso"),
    ("Interview – meet Contoso's data team", "grace@contoso.com", "Contoso"),
    ("Interview at McDonald's", "grace@mcdonalds.com", "McDonald's"),
])
def test_company_spelled_across_joiners_institutions_and_hosted_domains(title, organizer, company):
    assert detect(event(title, organizer=person(organizer, "Grace Liu")), [ME]).company == company


def test_an_agency_recruiter_invites_to_an_interview_with_the_company_the_text_names():
    tom = person("tom.bridges@hays.com", "Tom Bridges")
    found = detect(event("Interview with Contoso (via Hays)", organizer=tom, attendees=(tom,)), [ME])
    assert found.company == "Contoso" and emails(found) == ["tom.bridges@hays.com"]


def test_company_from_the_text_when_an_applicant_tracking_system_sends_it():
    found = detect(event("Interview Scheduled: JR-0042871", "Your interview at Fabrikam Inc. has been scheduled.",
                         organizer=person("fabrikam@myworkday.com")), [ME])
    assert found.company == "Fabrikam Inc"


def test_company_from_a_recruiting_mailbox_name():
    found = detect(event("Phone interview", organizer=person("talent@lw-corp.com", "Litware Talent Acquisition")), [ME])
    assert found.company == "Litware"


@pytest.mark.parametrize("title, organizer, company", [
    ("Sollicitatiegesprek – Duinwater Holding B.V.", "hr@duinwater.nl", "Duinwater Holding"),
    ("Entrevista – Cafetal Holding S.A.", "rrhh@cafetal.com.co", "Cafetal Holding"),
    ("Interview – Kestrel Holdings AG", "jobs@kestrel.ch", "Kestrel Holdings"),
])
def test_a_holding_written_before_a_legal_form_keeps_its_name_and_loses_the_form(title, organizer, company):
    assert detect(event(title, organizer=person(organizer, "Grace Liu")), [ME]).company == company


@pytest.mark.parametrize("title, description, organizer, company", [
    ("Ana Lima and Casey Nguyen", "Event Name: Intro chat - Data Analyst (Brookfield)", "ana.lima@brkfld.example",
     "Brookfield"),
    ("Tavernier – entretien téléphonique", "", "julie@tvrnr.example", "Tavernier"),
])
def test_a_domain_that_writes_the_name_without_its_vowels_names_it_as_the_text_writes_it(title, description,
                                                                                         organizer, company):
    found = detect(event(title, description, organizer=person(organizer, "Ana Lima")), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("domain, company", [
    ("tailspintoys.com", "Tailspin Toys"),
    ("adventure-works.com", "Adventure Works"),
    ("litwareinc.com", "Litware"),
    ("careers.contoso.co.uk", "Contoso"),
])
def test_company_from_the_domain_as_a_last_resort(domain, company):
    found = detect(event("Interview", organizer=person(f"grace@{domain}", "Grace Liu")), [ME])
    assert found.company == company


def test_company_in_japanese_titles():
    found = detect(event("【一次面接】株式会社ノースウィンド｜バックエンドエンジニア",
                         organizer=person("saiyo@northwind.co.jp", "採用担当")), [ME])
    assert found.company == "株式会社ノースウィンド" and found.role == "バックエンドエンジニア"
    assert found.stage == "first round"


def test_company_is_never_the_users_own_name_and_none_when_nothing_names_one():
    found = detect(event("Interview: Casey Nguyen"), [ME])
    assert found.interview and found.company is None


@pytest.mark.parametrize("title, description, role", [
    ("Interview – Contoso", "Position: Staff Software Engineer, Payments", "Staff Software Engineer, Payments"),
    ("Interview – Contoso", "Stelle: Marketing Manager (m/w/d)", "Marketing Manager"),
    ("Interview – Contoso", "We'd love to talk about the Managing Editor opening.", "Managing Editor"),
    ("Interview – Contoso", "Second interview for the position Marketing Coordinator at Contoso.",
     "Marketing Coordinator"),
    ("Interview: Casey Nguyen for Site Reliability Engineer", "", "Site Reliability Engineer"),
    ("JR104233 Staff Accountant – Phone Interview", "", "Staff Accountant"),
    ("Video interview: Junior Designer @ Contoso", "", "Junior Designer"),
    ("Entretien d'embauche – Chargé de projet (Contoso)", "", "Chargé de projet"),
    ("Entretien – Contoso", "Entretien pour le poste de Comptable fournisseurs.", "Comptable fournisseurs"),
    ("Entrevista de trabajo – Analista Financiero, Contoso", "", "Analista Financiero"),
    ("Entrevista – Contoso", "Vaga de Desenvolvedora Front-end.", "Desenvolvedora Front-end"),
    ("Colloquio – Contoso", "Colloquio per la posizione di Sviluppatore Java.", "Sviluppatore Java"),
    ("Sollicitatiegesprek Adviseur Klantenservice – Contoso", "", "Adviseur Klantenservice"),
    ("Telefoninterview: Junior Entwickler (m/w/d) bei Contoso", "", "Junior Entwickler"),
    ("Contoso: Senior Data Scientist interview", "", "Senior Data Scientist"),
    ("Interview – Contoso", "We're hiring a Senior Data Scientist to join the team.", "Senior Data Scientist"),
    ("Vorstellungsgespräch – Contoso", "Ihr Gespräch als Data Scientist.", "Data Scientist"),
    ("Entrevista – Contoso", "Entrevista como Analista de Datos.", "Analista de Datos"),
])
def test_role(title, description, role):
    found = detect(company_event(title, description), [ME])
    assert found.interview and found.role == role


def test_role_before_a_noun_after_a_separator():
    found = detect(company_event("Meeting with Dr. Kim - Research Scientist position"), [ME])
    assert found.interview and found.role == "Research Scientist"


def test_no_role_rather_than_the_interviewers_title():
    found = detect(company_event("Interview – Contoso", "Phone interview with Dana Whitfield, Controller."), [ME])
    assert found.interview and found.role is None


def test_stage_comes_from_the_title_before_the_description():
    found = detect(company_event("Final interview – Contoso", "After your phone screen last week..."), [ME])
    assert found.stage == "final"


@pytest.mark.parametrize("title, fields, mode", [
    ("Phone interview – Contoso", {"conference_url": "https://zoom.us/j/1"}, "phone"),
    ("Interview – Contoso", {"conference_url": "https://zoom.us/j/1"}, "video"),
    ("Interview – Contoso", {"location": "Contoso HQ, 400 Pine St, Seattle"}, "onsite"),
    ("Onsite interview – Contoso", {}, "onsite"),
    ("Interview – Contoso", {}, None),
])
def test_mode(title, fields, mode):
    assert detect(company_event(title, **fields), [ME]).mode == mode


def test_people_met_leave_out_the_user_rooms_resources_systems_and_declined_attendees():
    attendees = (
        person("ana.lima@wingtiptoys.com", "Ana Lima"),
        person("ben.ode@wingtiptoys.com", "Ben Ode"),
        person("c_188@resource.calendar.google.com", "WT-HQ-4-Oak (6)", resource=True),
        person("conf-maple@wingtiptoys.com", "Conference Room Maple"),
        person("no-reply@greenhouse.io", "Greenhouse"),
        person("tim.cole@wingtiptoys.com", "Tim Cole", "declined"),
        person("recruiting@wingtiptoys.com", "Wingtip Toys Recruiting"),
    )
    found = detect(event("Onsite interview – Wingtip Toys", organizer=person("interviews@wingtiptoys.com"),
                         attendees=attendees), [ME])
    assert emails(found) == ["ana.lima@wingtiptoys.com", "ben.ode@wingtiptoys.com"]
    assert [p.display_name() for p in found.people] == ["Ana Lima", "Ben Ode"]


def test_optional_attendees_are_met_too():
    lisa = person("lisa.tran@contoso.com", "Lisa Tran")
    shadow = person("cara.diaz@contoso.com", "Cara Diaz", optional=True)
    found = detect(event("Interview – Contoso", organizer=lisa, attendees=(lisa, shadow)), [ME])
    assert emails(found) == ["lisa.tran@contoso.com", "cara.diaz@contoso.com"]


def test_a_merged_schedule_says_who_the_interviewers_are():
    ravi, elena = person("ravi@fabrikam.com", "Ravi Kumar"), person("elena@fabrikam.com", "Elena Petrova")
    coordinator = person("maya@fabrikam.com", "Maya Chen")
    schedule = "Schedule:\n09:30 Coding with Ravi Kumar\n10:30 System design with Elena\n11:30 Lunch with the team"
    found = detect(event("Onsite interview loop — Fabrikam", schedule, organizer=coordinator,
                         attendees=(coordinator, ravi, elena)), [ME])
    assert emails(found) == ["ravi@fabrikam.com", "elena@fabrikam.com"]


def test_every_interviewer_of_a_merged_schedule_in_the_description():
    schedule = ("Your schedule:\n10:00 Coding — Ana Lima (ana.lima@proseware.io)\n"
                "11:00 System design — Ben Ode <ben.ode@proseware.io>\n12:00 Values — cara.diaz@proseware.io\n"
                "Questions? Contact recruiting@proseware.io or maya.chen@proseware.io")
    found = detect(event("Virtual onsite — Proseware", schedule, organizer=person("recruiting@proseware.io")), [ME])
    assert emails(found) == ["ana.lima@proseware.io", "ben.ode@proseware.io", "cara.diaz@proseware.io"]
    assert found.people[0].name == "Ana Lima"


def test_the_organizer_is_the_one_person_when_no_interviewer_is_known():
    mailbox = person("rrhh@contoso.es", "Contoso RRHH")
    found = detect(event("Entrevista telefónica – Contoso", organizer=mailbox), [ME])
    assert emails(found) == ["rrhh@contoso.es"]
    ats = detect(event("Phone interview – Contoso", organizer=person("no-reply@hire.lever.co", "Contoso")), [ME])
    assert ats.interview and ats.people == ()


def test_a_recruiter_who_organizes_and_attends_is_met():
    jordan = person("jblake@contoso.com", "Jordan Blake")
    found = detect(event("Phone Screen: Casey Nguyen / Contoso (Senior Backend Engineer)", organizer=jordan,
                         attendees=(jordan,)), [ME])
    assert emails(found) == ["jblake@contoso.com"]
    assert found.role == "Senior Backend Engineer" and found.company == "Contoso"


def test_the_user_is_never_among_the_people_met_even_as_organizer():
    sam = person("sam.patel@datumcorp.com", "Sam Patel")
    found = detect(event("Informational interview with Sam Patel (Datum Corp)", organizer=CASEY, attendees=(sam,)),
                   [ME.upper()])
    assert emails(found) == ["sam.patel@datumcorp.com"]


@pytest.mark.parametrize("domain, signature, company", [
    ("ines.carvalho@lumorapay.com", "People Partner | Lumora Pagos", "Lumora Pagos"),
    ("tom.reyes@brightwaypay.co.uk", "Recruitment Lead | Brightway Payments Ltd", "Brightway Payments Ltd"),
])
def test_a_payments_brand_domain_adds_pay_to_the_name_the_signature_writes(domain, signature, company):
    recruiter = person(domain, "Recruiter")
    description = f"Hi,\n\nSee you for the case study interview next week.\n\nBest,\nRecruiter\n{signature}\n"
    found = detect(event("Case study round", description, organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("title, location, address, company", [
    ("Trial shift – Copper Kettle Leeds", "Copper Kettle, 14 Briggate, Leeds", "ana@copperkettleleeds.co.uk",
     "Copper Kettle"),
    ("Interview: Blue Anchor Galway", "Blue Anchor, Quay Street, Galway", "jobs@blueanchorgalway.ie", "Blue Anchor"),
])
def test_a_branch_named_with_its_town_is_the_business_the_location_names(title, location, address, company):
    manager = person(address, "Manager")
    found = detect(event(title, "Bring your knives.", organizer=manager, attendees=(manager,), location=location),
                   [ME])
    assert found.interview and found.company == company


def test_a_name_that_goes_on_past_the_town_keeps_all_of_it():
    manager = person("hr@harrowgatelondonfoods.com", "Manager")
    found = detect(event("Interview – Harrowgate London Foods", organizer=manager, attendees=(manager,),
                         location="Harrowgate London Foods, 3 Mill Lane, Reading"), [ME])
    assert found.company == "Harrowgate London Foods"
