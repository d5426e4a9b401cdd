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


@pytest.mark.parametrize("title, description", [
    ("IDI - R12 carinderia owner (Talisay)", "Project KAPE-U&A. In-depth interview, 60 mins.\nRespondent recruited "
     "by Ana (R12, male, 55). Bring: consent form, guide v2, recorder, token."),
    ("FGD 3 – young mothers, Lapu-Lapu", "Focus group discussion, 8 respondents. I moderate; Ben takes notes. "
     "Interview guide v4."),
    ("Depth interview – respondent 04 (pharmacy owner)", "Interview at the store, 75 mins."),
])
def test_the_users_own_research_interviews_with_respondents_are_no_job_interviews(title, description):
    fieldworker = person("ben.ramos@kalyeresearch.ph", "Ben Ramos")
    assert not detect(event(title, description, attendees=(fieldworker,), minutes=90), [ME]).interview


def test_a_job_interview_for_a_researcher_who_runs_in_depth_interviews_is_still_one():
    lead = person("ana.lim@kalyeresearch.ph", "Ana Lim")
    found = detect(event("Interview – Qualitative Research Associate", "Thank you for applying. We would like to hear "
                         "about the IDIs and FGDs you have moderated.", organizer=lead, attendees=(lead,),
                         minutes=60), [ME])
    assert found.interview


def _own_note(title: str, description: str):
    return event(title, description, minutes=60, me_too=False)


@pytest.mark.parametrize("description", [
    "Martín es gerente de logística en Bodegas Luján (mgarcia@bodegaslujan.example). Pedirle consejo: ¿conviene "
    "pasar a una exportadora grande?",
    "Martín lleva diez años en Bodegas Luján (mgarcia@bodegaslujan.example). Preguntarle por los rangos salariales "
    "del sector.",
])
def test_a_coffee_the_user_noted_to_ask_someone_in_the_trade_for_advice_is_informational(description):
    found = detect(_own_note("Café con Martín García (Bodegas Luján)", description), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == ["mgarcia@bodegaslujan.example"]


def test_a_coffee_asking_a_friend_for_advice_about_a_flat_is_no_interview():
    assert not detect(_own_note("Café con Sofi", "Pedirle consejo sobre el depto de Nueva Córdoba."), [ME]).interview


def _from_a_practice(title: str, description: str, colleague: bool = True):
    lead = person("ffion.jones@taffvale-ecology.example", "Ffion Jones")
    other = person("dewi.hughes@taffvale-ecology.example", "Dewi Hughes")
    return event(title, description, organizer=lead, attendees=(other,) if colleague else (lead,), minutes=150,
                 location="Taff Vale Ecology, Mill Lane, Pontypridd")


_STAGE_3 = _from_a_practice("Taff Vale Ecology – Stage 3: office visit + case presentation",
                            "Hi Casey, as agreed: coffee at the office, a look round the lab, then your 10-minute case "
                            "presentation. Dewi will join for the presentation.\nFfion")


def test_a_numbered_stage_heading_a_visit_and_a_presentation_is_a_stage_of_the_hiring_process():
    assert detect(_STAGE_3, [ME]).interview


def test_a_colleague_who_joins_for_a_part_leaves_the_organizer_there_for_the_rest():
    assert {p.email for p in detect(_STAGE_3, [ME]).people} == {"ffion.jones@taffvale-ecology.example",
                                                               "dewi.hughes@taffvale-ecology.example"}


@pytest.mark.parametrize("title", ["Ty Coch School – RIBA Stage 2: concept design review",
                                   "Ty Coch School – Stage 2 cost plan"])
def test_a_building_projects_stage_is_no_hiring_stage(title):
    assert not detect(_from_a_practice(title, "Design team meeting.", colleague=False), [ME]).interview
