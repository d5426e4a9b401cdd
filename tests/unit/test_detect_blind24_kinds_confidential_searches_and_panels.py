"""Kinds of evidence and field extraction learnt after an independent labelled set (blind24) was scored: the kind
of a Dutch public body, housing corporation or Italian trade written before its name ("Waterschap", "Caseificio"),
an agency's first call while it keeps its client's name back, a candidate sent the list of the panel, a recruiter's
"cliente riservato" (a confidential search, not a hold), Dutch compound titles ("Beleidsmedewerker"), a sender who
says "we'll ... together", a signature's department before a bar, and a lender's interview of a company's
management."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person


@pytest.mark.parametrize("title, domain, company", [
    ("Sollicitatiegesprek Hoogheemraadschap Lingezand", "lingezand.example", "Hoogheemraadschap Lingezand"),
    ("Sollicitatiegesprek Woningcorporatie Het Baken", "hetbaken.example", "Woningcorporatie Het Baken"),
    ("Tweede gesprek sollicitatie – Provincie Drentheland", "drentheland.example", "Provincie Drentheland"),
    ("Colloquio conoscitivo – Caseificio Valtaro", "valtaro.example", "Caseificio Valtaro"),
    ("Secondo colloquio – Birrificio Montebruno", "montebruno.example", "Birrificio Montebruno"),
])
def test_the_kind_written_before_a_name_is_part_of_it(title, domain, company):
    host = person(f"j.visser@{domain}", "Joke Visser")
    found = detect(event(title, "", organizer=host, attendees=(host,), minutes=60), [ME])
    assert found.interview and found.company == company


def test_an_agencys_first_call_keeping_the_client_back_is_with_the_agency():
    recruiter = person("nadia.ross@tidewaterstaffing.example", "Nadia Ross")
    first = event("Tidewater Staffing – chat with Nadia", "Hi Casey, a quick chat about a 3-month Dental Hygienist "
                  "contract with a practice on the coast. I'm not able to share the client's name until you're happy "
                  "to go forward.\n\nNadia Ross | Consultant\nTidewater Staffing", organizer=recruiter,
                  attendees=(recruiter,), minutes=20)
    dentist = person("omar.bell@kelsodental.example", "Omar Bell")
    start = START + timedelta(days=12)
    later = replace(event("Client interview – Kelso Dental (via Tidewater Staffing)", "The client is Kelso Dental. "
                          "You'll meet Dr Omar Bell for the Dental Hygienist contract. I won't be on the call.",
                          organizer=recruiter, attendees=(recruiter, dentist)),
                    event_id="evt-2", start=start, end=start + timedelta(minutes=45))
    verdicts = detect_calendar([first, later], [ME])
    assert verdicts[1].company == "Kelso Dental"
    assert verdicts[0].interview and verdicts[0].company == "Tidewater Staffing"


def test_a_candidate_sent_the_list_of_the_panel_is_interviewed():
    panel = [person("r.osei@lakeshorehealth.example", "Ruth Osei"), person("d.kim@lakeshorehealth.example", "Dan Kim")]
    mailbox = person("jobs@lakeshorehealth.example", "Lakeshore Recruitment")
    found = detect(event("Panel interview – Staff Pharmacist", "Thank you for applying for Staff Pharmacist. You "
                         "are invited to a panel interview.\n\nPanel members:\n- Ruth Osei, Chief Pharmacist\n- Dan "
                         "Kim, Ward Manager\n\nPlease bring photo ID.", organizer=mailbox, attendees=panel), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {p.email for p in panel}


def test_a_note_to_the_panel_members_is_still_the_hiring_side():
    found = detect(event("Interview panel – Staff Pharmacist", "Dear Panel Members, the candidate packs and scoring "
                         "sheets are on the shared drive.", me_too=True), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description", [
    ("Telefonata Luca Conti – Orizzonte Selezione (cliente riservato)", "Luca (Orizzonte Selezione, "
     "luca.conti@orizzontesel.example) mi chiama per una posizione di Buyer presso un'azienda meccanica. Nome del "
     "cliente riservato per ora."),
    ("Llamada Inés Soto – Talento Norte Selección (cliente reservado)", "Inés (ines.soto@talentonorte.example) me "
     "llama por una vacante de Jefa de Compras para un cliente del sector."),
])
def test_a_confidential_client_is_no_hold(title, description):
    found = detect(event(title, description, minutes=30, me_too=False), [ME])
    assert found.interview


@pytest.mark.parametrize("written", ["Beleidsmedewerker duurzame mobiliteit", "Subsidieadviseur cultuur"])
def test_a_dutch_compound_title_is_the_role(written):
    host = person("p.dekker@zeeland-regio.example", "Pieter Dekker")
    found = detect(event("Sollicitatiegesprek", f"Dank voor je sollicitatie op de functie {written}. Graag nodig ik "
                         "je uit voor een gesprek.", organizer=host, attendees=(host,)), [ME])
    assert found.interview and found.role == written


def test_a_sender_who_will_go_through_a_case_together_is_met():
    lead = person("rita.chow@pembertonpartners.example", "Rita Chow")
    cfo = person("sam.ortiz@pembertonpartners.example", "Sam Ortiz")
    found = detect(event("Pemberton Partners – final interview", "Casey, as discussed I'd like you to meet Sam Ortiz, "
                         "our CFO. We will walk through a short valuation exercise together.\n\nRita Chow\nHead of "
                         "Valuations", organizer=lead, attendees=(cfo,)), [ME])
    assert found.interview and {p.email for p in found.people} == {lead.email, cfo.email}


def test_a_sender_who_puts_a_schedule_together_is_not_met_for_it():
    coordinator = person("lee.park@pembertonpartners.example", "Lee Park")
    cfo = person("sam.ortiz@pembertonpartners.example", "Sam Ortiz")
    found = detect(event("Pemberton Partners – final interview", "Casey, you'll meet Sam Ortiz, our CFO. We'll put "
                         "together your travel details separately.", organizer=coordinator, attendees=(cfo,)), [ME])
    assert found.interview and [p.email for p in found.people] == [cfo.email]


def test_a_department_before_a_bar_is_no_part_of_the_name():
    mailbox = person("recruitment@kestrelhealth.example", "KH Recruitment")
    panel = person("ana.lima@kestrelhealth.example", "Ana Lima")
    found = detect(event("Interview – Staff Nurse", "Thank you for your application for Staff Nurse. You are invited "
                         "to an interview with Ana Lima.\n\nPeople Services | Kestrel Health", organizer=mailbox,
                         attendees=(panel,), location="Kestrel Hospital, Ward 3"), [ME])
    assert found.interview and found.company == "Kestrel Health"


@pytest.mark.parametrize("title", [
    "Management interview – Brookfield Dairies (annual credit review)",
    "Brookfield Dairies – credit review meeting with the FD",
])
def test_a_lenders_interview_of_a_companys_management_is_no_job_interview(title):
    found = detect(event(title, "Interview the FD and MD on trading, covenant headroom and capex. Bring the "
                         "management accounts.", minutes=120, me_too=False), [ME])
    assert not found.interview


def test_a_management_interview_in_a_hiring_process_is_still_an_interview():
    host = person("k.ward@brookfielddairies.example", "Kerry Ward")
    found = detect(event("Management interview – Brookfield Dairies (Shift Manager)",
                         "Thank you for your application. You will meet our Operations Director for the management "
                         "interview, the second stage of our process.", organizer=host, attendees=(host,),
                         minutes=60), [ME])
    assert found.interview and found.company == "Brookfield Dairies"
