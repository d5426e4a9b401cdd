"""Kinds of evidence and field extraction learnt after an independent labelled set (blind22) was scored, from a
Philippine market researcher's calendar, an Argentine foreign-trade analyst's (an export without its invitation
lines) and a Welsh ecologist's: a name made from a domain that ends in letters a country code shares, a booking
page's title of two people, and an address the description gives as the only sign of the organisation."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _booked(title: str, description: str, host=None):
    """A booking page's meeting, its host on the invitation when given."""
    return event(title, description, organizer=host, attendees=(host,) if host else (), minutes=30,
                 me_too=host is not None)


@pytest.mark.parametrize("address, company", [
    ("rhea@lendprofit.com", "Lendprofit"),  # not "Lendprof" of Italy
    ("rhea@tidalnexus.com", "Tidalnexus"),  # not "Tidalnex" of the United States
    ("rhea@lumaco.com", "Lumaco"),
    ("rhea@litwareinc.com", "Litware"),  # a legal form still goes
])
def test_a_name_made_from_a_domain_keeps_an_ending_that_ends_words(address, company):
    host = person(address, "Rhea Soriano")
    found = detect(_booked("Casey Nguyen and Rhea Soriano", "Event Name: Intro chat - Insights Analyst\n\n"
                           "Powered by Calendly.com", host), [ME])
    assert found.interview and found.company == company


def test_a_booking_pages_title_of_two_people_is_no_company_when_the_export_lists_nobody():
    found = detect(_booked("Marisol Vega and Tom Brandt", "Event Name: Intro call - Logistics Coordinator\n\n"
                           "Invitee: Marisol Vega\nHost: Tom Brandt (tom@cargolane.io)\n\nPowered by Calendly.com"),
                   [ME])
    assert found.interview and found.company == "Cargolane"



@pytest.mark.parametrize("name", ["Teifi Rivers Trust", "Gower Heritage Trust"])
def test_trust_ends_the_name_of_the_organisation_its_domain_spells(name):
    label = name.rpartition(" ")[0].replace(" ", "").lower()
    host = person(f"eira.morgan@{label}.org.uk", "Eira Morgan")
    found = detect(_booked("Casey Nguyen and Eira Morgan", f"Event Name: Project Officer - first interview ({name})"
                           "\n\nPowered by Calendly.com", host), [ME])
    assert found.interview and found.company == name
