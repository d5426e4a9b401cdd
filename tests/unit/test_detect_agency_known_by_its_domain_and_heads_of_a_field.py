"""A recruiter's call whose agency only its address names ("Intro call" from ana@ridgeway-search.example): while no
client is named, the company is the agency as its domain reads; a client named anywhere still wins. A title's "Head
of Treasury", "Director of Engineering" or "VP of Sales" is one role, its field no company."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

ANA = person("ana@ridgeway-search.example", "Ana Duarte")


def _call(title: str, description: str = "", organizer=ANA):
    return detect(event(title, description, organizer=organizer, attendees=(organizer,) if organizer else ()), [ME])


def test_an_agency_named_only_by_its_domain_is_the_company_while_its_client_is_unnamed():
    found = _call("Intro call", "Hi Casey, looking forward to talking about the Head of Treasury role with our client.")
    assert found.interview and found.company == "Ridgeway Search" and found.role == "Head of Treasury"


def test_a_client_the_recruiter_names_is_still_the_company():
    found = _call("Intro call – Head of Treasury", "Our client Saltmarsh Dairies is hiring.")
    assert found.company == "Saltmarsh Dairies" and found.role == "Head of Treasury"


@pytest.mark.parametrize("title, role", [
    ("Interview call – Head of Treasury", "Head of Treasury"),
    ("Interview call – Head of Finance", "Head of Finance"),
    ("Interview – Director of Engineering", "Director of Engineering"),
    ("Phone screen: VP of Sales", "VP of Sales"),
])
def test_a_head_of_a_field_stays_one_role(title, role):
    for organizer in (ANA, person("ana.duarte@gmail.com", "Ana Duarte"), None):
        found = _call(title, "The client is confidential.", organizer)
        assert found.role == role and found.company in (None, "Ridgeway Search"), (organizer, found.company)
