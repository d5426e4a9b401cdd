"""The company and the role are ranked among every finder's candidates, then written as the text writes
them; systems and places never win."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _invite(title: str, description: str, sender: str, name: str = "Rita Vogel", **fields):
    organizer = person(sender, name)
    return detect(event(title, description, organizer=organizer, attendees=(organizer,), **fields), [ME])


def test_a_company_named_in_full_beats_the_short_name_of_its_domain():
    found = _invite("Interview – Logistics Analyst", "Thanks for applying to Nakatomi Trading.\n\nRita Vogel\n"
                    "Talent Acquisition | Nakatomi Trading Corp.", "rita.vogel@nakatomi.example")
    assert found.company == "Nakatomi Trading"


@pytest.mark.parametrize("domain, signature, company", [
    ("kfoods.example", "Kaasboerderij Foods B.V.", "Kaasboerderij Foods"),
    ("vdlenergia.example", "Vale do Lago Energia S.A.", "Vale do Lago Energia"),
    ("mcpartners.example", "Moreau Chen & Partners", "Moreau Chen & Partners"),
])
def test_a_domain_that_shortens_the_name_gives_way_to_the_name(domain, signature, company):
    found = _invite("Interview – Planner", f"Looking forward to our conversation.\n\nRita Vogel\nRecruiter | {signature}",
                    f"rita.vogel@{domain}")
    assert found.company == company


@pytest.mark.parametrize("title", [
    "HireVue video interview – Treasury Analyst",
    "Interview – Treasury Analyst (Zoom)",
    "Interview – Treasury Analyst via Microsoft Teams",
    "Greenhouse: Interview – Treasury Analyst",
])
def test_hiring_and_conferencing_systems_are_never_the_company(title):
    found = detect(event(title, "Your interview with Dana for the Treasury Analyst position.", organizer=None,
                         me_too=False), [ME])
    assert found.interview
    assert found.company not in {"HireVue", "Zoom", "Microsoft Teams", "Teams", "Greenhouse"}


@pytest.mark.parametrize("title", [
    "Interview – Treasury Analyst (Lisbon) – Porto Azul Bank",
    "Interview – Treasury Analyst [Lisbon]",
])
def test_a_city_in_brackets_is_never_the_company(title):
    found = _invite(title, "Your interview for the Treasury Analyst position at Porto Azul Bank.",
                    "rita.vogel@portoazul.example", time_zone="Europe/Lisbon")
    assert found.company == "Porto Azul Bank"


def test_the_client_an_agency_recruits_for_is_the_company():
    found = _invite("Belafspraak", "Voor onze opdrachtgever Brouwerij De Kroon zoek ik een Demand Planner. Ik bel je "
                    "om je achtergrond door te nemen.", "rita@vogelwerving.example")
    assert found.interview and found.company == "Brouwerij De Kroon" and found.role == "Demand Planner"


@pytest.mark.parametrize("description, role", [
    ("You are invited to an interview for the position Data Engineer II - Platform (REF 2291) at Porto Azul Bank.",
     "Data Engineer II - Platform"),
    ("We would like to discuss the Graduate Trainee (Finance & Risk) position with you.", "Graduate Trainee (Finance & Risk)"),
    ("Nous vous recevons pour le poste de coordonnatrice des bénévoles à la Maison Bleue.",
     "Coordonnatrice des bénévoles"),
])
def test_a_role_is_written_as_the_posting_writes_it(description, role):
    found = _invite("Interview – Porto Azul Bank", description, "rita.vogel@portoazul.example")
    assert found.interview and found.role == role


def test_a_city_in_a_hiring_systems_title_loses_to_the_company_its_team_and_people_name():
    sender = person("maasbank-campus@myworkday.com", "Maasbank Capital Campus Recruiting")
    banker = person("j.devries@mbcap.example", "Jeroen de Vries")
    found = detect(event("Assessment Day – Graduate Analyst (Rotterdam) – Maasbank Capital",
                         "We look forward to welcoming you to our Assessment Day for the Graduate Analyst position in "
                         "Rotterdam.", organizer=sender, attendees=(banker,), minutes=240), [ME])
    assert found.interview and found.company == "Maasbank Capital"
