"""The company in full when the words the invitation writes after what its domain spells say what kind of
organisation it is (a public body, a hospital, a bank, a trade, a school, a farm, in English and the European
languages that write the kind after the name), and without the part of it that follows the name (a department, a
team, a depot) or a word past a bracket."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _company(domain: str, written: str, how: str) -> str | None:
    """The company detection names for an interview invitation from someone at ``domain`` writing ``written``."""
    texts = {
        "applying": ("Interview – Operations Analyst",
                     f"Hello Casey,\n\nThank you for applying to {written}. We would like to invite you to an "
                     "interview for the Operations Analyst position.\n\nKind regards\nMara Quint"),
        "signature": ("Interview: Operations Analyst",
                      f"Dear Casey,\n\nPlease find the details of your interview below.\n\nBest,\nMara Quint\n"
                      f"Talent Partner\n{written}"),
    }
    title, description = texts[how]
    sender = person(f"mara.quint@{domain}", "Mara Quint")
    found = detect(event(title, description, organizer=sender, attendees=(sender,)), [ME])
    assert found.interview
    return found.company


@pytest.mark.parametrize("how", ["applying", "signature"])
@pytest.mark.parametrize("domain, written", [
    # public bodies, and what they are for before the body's word
    ("kestrelharbour.org", "Kestrel Harbour Port Authority"),
    ("ashcombe.org", "Ashcombe Water Board"),
    ("fernleigh.org", "Fernleigh Development Agency"),
    ("orlanvale.gov", "Orlanvale Transport Commission"),
    ("sunmere.org", "Sunmere Building Society"),
    # health, finance, trades and services, schools, food
    ("lumidex.com", "Lumidex Diagnostics"),
    ("pellmora.com", "Pellmora Gene Therapy"),
    ("palisade.com", "Palisade Assurance"),
    ("kinross.org", "Kinross Credit Union"),
    ("stellan.com", "Stellan Securities"),
    ("penmarch.com", "Penmarch Contractors"),
    ("cadwell.co.uk", "Cadwell Haulage"),
    ("tessaro.com", "Tessaro Aviation"),
    ("corran.com", "Corran Marine"),
    ("kalgora.com.au", "Kalgora Gold Mining"),
    ("westfold.com", "Westfold Utilities"),
    ("fenwick.org", "Fenwick Academy"),
    ("tavistock.com", "Tavistock Farms"),
    ("glenary.com", "Glenary Dairy"),
    # the European languages that write the kind after the name
    ("halvorsen.no", "Halvorsen Bygg"),
    ("meierhof.de", "Meierhof Spedition"),
    ("tessaro.it", "Tessaro Costruzioni"),
    ("vanderlinde.nl", "Vanderlinde Zorg"),
    ("olmedo.es", "Olmedo Ingeniería"),
    ("alvarenga.pt", "Alvarenga Engenharia"),
    ("brissac.fr", "Brissac Ingénierie"),
    ("lindqvist.se", "Lindqvist Fastigheter"),
])
def test_the_kind_of_organisation_written_after_the_name_is_part_of_it(domain, written, how):
    assert _company(domain, written, how) == written


@pytest.mark.parametrize("how", ["applying", "signature"])
@pytest.mark.parametrize("domain, written, company", [
    ("carrowmore.com", "Carrowmore Foods Engineering Department", "Carrowmore Foods"),  # what the unit does
    ("carrowmore.com", "Carrowmore Foods Finance Division", "Carrowmore Foods"),
    ("corvellis.com", "Corvellis Clinic Radiology Department", "Corvellis Clinic"),
    ("greyling.com", "Greyling Bank Trading Desk", "Greyling Bank"),
    ("ardwickvalleytransit.ca", "Ardwick Valley Transit Maintenance Depot", "Ardwick Valley Transit"),
    ("tamsinhealth.com", "Tamsin Health Data Science Team", "Tamsin Health"),
])
def test_a_unit_after_the_name_is_no_part_of_it(domain, written, company, how):
    assert _company(domain, written, how) == company


def test_a_kind_past_a_bracket_is_no_part_of_the_name():
    sender = person("rowan.pike@ashgroveforestry.co.uk", "Rowan Pike")
    found = detect(event("Interview – Ashgrove Forestry (Hospitality Contracts)",
                         "Hi Casey, this is your interview for the site role.\n\nRowan Pike",
                         organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == "Ashgrove Forestry"


@pytest.mark.parametrize("written, company", [
    ("Brannock Ales Finance Department", "Brannock Ales"),
    ("Ostler Dairies Fleet Dept.", "Ostler Dairies"),
    ("Ostler Dairies Head Office", "Ostler Dairies"),
])
def test_a_unit_after_a_name_written_after_at_is_no_part_of_it(written, company):
    friend = person("mara.quint@gmail.com", "Mara Quint")
    found = detect(event("Planner interview", f"Hi Casey, looking forward to speaking with you about the Planner role "
                         f"at {written} next week.\n\nMara", organizer=friend, attendees=(friend,)), [ME])
    assert found.interview and found.company == company
