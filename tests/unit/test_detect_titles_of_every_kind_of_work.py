"""The titles of every kind of work head a role, whole, as an invitation writes them: trades, crafts, care, kitchens,
farms, ships and the forces as well as offices (the groups of ISCO-08); a rank or a kind written with an interview
word ("Second Officer", "Video Editor") stays part of the title; a surname that is a trade's ("Ann Porter") in a
signature, and a firm named for its trade ("Harlow Solicitors"), stay no role."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

PRIYA = person("priya.shah@northwind.co.uk", "Priya Shah")

# one or two titles of each group whose head word detection did not know
TITLES = [
    "Infantry Soldier", "Lance Corporal", "Second Lieutenant",  # armed forces
    "Team Leader", "Site Foreman", "Headteacher",  # managers
    "General Practitioner", "Veterinary Surgeon", "Chiropractor", "Driving Instructor",  # professionals
    "Duty Solicitor", "Social Worker", "Hospital Chaplain", "Storyboard Illustrator",
    "Electrical Draughtsman", "Claims Handler", "Clinical Coder", "Deck Cadet", "Third Mate", "Purser",  # technicians
    "Bank Teller", "Mail Sorter", "Call Centre Agent",  # clerical support
    "Prep Cook", "Bartender", "Support Worker", "Care Worker", "Security Guard", "Dog Groomer",  # service and sales
    "Lifeguard", "Kitchen Hand", "Team Member", "Butcher",
    "Dairy Farmer", "Herdsman", "Landscaper", "Skipper",  # agriculture, forestry and fishery
    "Plasterer", "Scaffolder", "Steel Fixer", "Panel Beater", "Bricklayer", "Cabinet Maker", "Dry Liner",  # trades
    "Production Operative", "Order Picker", "Train Conductor", "Stevedore",  # operators and assemblers
    "Pot Washer", "Refuse Collector", "Handyman", "Valeter",  # elementary occupations
]


def _found(title: str, description: str):
    return detect(event(title, description, organizer=PRIYA, attendees=(PRIYA,)), [ME])


@pytest.mark.parametrize("role", TITLES)
def test_a_title_heads_the_role_of_an_interview_titled_with_it(role):
    found = _found(f"Interview – {role}", "A first conversation with our team at Northwind.")
    assert found.interview and found.role == role


@pytest.mark.parametrize("role", TITLES)
def test_a_title_heads_the_role_of_the_position_an_invitation_names(role):
    found = _found("Interview with Northwind", f"Dear Casey,\n\nThank you for applying for the {role} position. "
                   "We would like to meet you on Tuesday.\n\nBest wishes,\nPriya Shah")
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, role", [
    ("Interview – Second Officer", "Second Officer"),
    ("Interview – Third Engineer", "Third Engineer"),
    ("Interview – Video Editor", "Video Editor"),
    ("Phone interview – Phone Technician", "Phone Technician"),
    ("Second interview – Data Engineer", "Data Engineer"),  # a round, not a rank
    ("Video interview – Editor", "Editor"),  # a medium, not a kind of editor
])
def test_a_rank_or_a_kind_written_as_an_interview_word_stays_part_of_the_title(title, role):
    found = _found(title, "See you then.")
    assert found.interview and found.role == role


@pytest.mark.parametrize("role", ["Coach Driver", "Class 2 Driver", "Print Press Operator"])
def test_a_title_holding_the_word_for_a_coach_a_class_or_the_press_is_an_interviews_role(role):
    found = _found(f"Interview – {role}", "A first conversation with our depot manager.")
    assert found.interview and found.role == role


def test_a_trade_surname_above_a_signatures_title_is_no_role():
    found = _found("Interview – Northwind", "Hi Casey,\n\nlooking forward to our chat on Tuesday.\n\nBest,\n"
                   "Ann Porter\nHead of Operations, Northwind")
    assert found.interview and found.role != "Ann Porter"


def test_a_firm_named_for_its_trade_is_no_role():
    found = _found("Interview – Conveyancing Paralegal – Harlow & Penn Solicitors", "See you then.")
    assert found.interview and found.role == "Conveyancing Paralegal"


@pytest.mark.parametrize("title, description", [
    ("Cleaner", ""),
    ("Plumber coming – boiler service", "Between 8 and 12."),
    ("Team Leader sync", "Weekly."),
    ("Dog walker", "Key under the mat."),
])
def test_an_everyday_entry_named_for_a_trade_is_no_interview(title, description):
    assert not detect(event(title, description), [ME]).interview
