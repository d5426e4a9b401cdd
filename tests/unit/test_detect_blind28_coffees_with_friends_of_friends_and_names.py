"""Kinds learnt after an independent labelled set (blind28) was scored: a coffee with someone invited at their
personal address, whose notes list what to ask about working where they work, is an informational interview; the
company a note names in the possessive ("Harlow Port Authority's north yard"), a name going on past its domain with
the word for a public body or an agency ("Authority", "Staffing"), and not the café a coffee is had at."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


def _coffee(title: str, notes: str, location: str = "", **fields):
    friend = person("nell.osei.home@gmail.com", "Nell Osei")
    return detect(event(title, notes, organizer=CASEY, attendees=(friend,), me_too=False, minutes=60,
                        location=location, **fields), [ME])


def test_a_coffee_with_a_personal_address_and_questions_about_their_workplace_is_informational():
    found = _coffee("Coffee w/ Nell (cousin's neighbour)",
                    "Nell is a signal maintainer at Harlow Port Authority. Ask: do they hire people straight out of "
                    "college, what's the wage grid, how much overtime, what their interview is like.")
    assert found.interview and found.kind == "informational"


def test_a_coffee_asking_for_a_letter_of_recommendation_is_informational():
    found = _coffee("Coffee with Nell - Calder Rail questions",
                    "Nell drives freight for Calder Rail out of Leeds. Ask: seniority, whether they hire in spring, "
                    "and if she'd write a letter of recommendation.")
    assert found.interview and found.company == "Calder Rail"


def test_a_coffee_with_a_friend_and_no_questions_about_work_is_no_interview():
    found = _coffee("Coffee w/ Nell", "Ask: how the new flat is, and whether she still wants the bike.")
    assert not found.interview


def test_a_company_written_in_the_possessive_ends_before_what_it_owns():
    found = _coffee("Coffee w/ Nell - port questions",
                    "Nell is yard foreman at Harlow Port Authority's North Basin depot. Ask: do they take "
                    "second-years, what's the wage grid, what the interview is like.")
    assert found.interview and found.company == "Harlow Port Authority"


def test_the_cafe_a_coffee_is_had_at_is_no_company():
    found = _coffee("Coffee @ Bean's w/ Nell - port questions",
                    "Nell is yard foreman at Harlow Port Authority. Ask: do they take second-years, what's the wage "
                    "grid, what the interview is like.", location="Bean Scene Cafe, 4 Quay St")
    assert found.interview and found.company == "Harlow Port Authority"


def test_a_public_bodys_name_goes_on_past_its_domain_with_authority():
    system = person("careers@harlowport.example", "HPA Talent Acquisition")
    found = detect(event("Interview Invitation - Crane Technician Apprentice",
                         "Thank you for your interest in the Crane Technician Apprentice position with Harlow Port "
                         "Authority. You are invited to a panel interview.", organizer=system), [ME])
    assert found.interview and found.company == "Harlow Port Authority"


def test_an_agencys_name_goes_on_past_its_domain_with_staffing():
    recruiter = person("ama@greyfieldtrades.example", "Ama Boateng")
    found = detect(event("Phone screen - Ama @ Greyfield Trades Staffing",
                         "Role: Millwright, 21/7 rotation. Client not named yet.", organizer=recruiter,
                         attendees=(recruiter,)), [ME])
    assert found.interview and found.company == "Greyfield Trades Staffing"


def test_a_name_ending_in_a_possessive_with_nothing_owned_after_it_keeps_it():
    found = _coffee("Coffee w/ Nell - store questions",
                    "Nell is a shift lead at Harlow Valley Grocer's. Ask: do they hire in spring, what's the wage grid, what "
                    "the interview is like.")
    assert found.interview and found.company == "Harlow Valley Grocer's"
