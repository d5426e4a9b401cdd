"""Icelandic (``is.toml``): an invitation to a job interview ("atvinnuviðtal", "boð í viðtal"), a recruiter's
telephone interview ("símaviðtal") and the user's own note of a call about a post are interviews; the kinds of
"viðtal" that are no job interview of the user's are not: the yearly talk with one's manager
("starfsmannasamtal"), a newspaper's interview, the user's own interview of an applicant, a school's talk with
parents ("foreldraviðtal").

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_is_an_interview_with_its_company_role_and_people():
    host = person("mannaudur@hafaldan.example", "Sigríður Jónsdóttir")
    manager = person("gunnar@hafaldan.example", "Gunnar Þórsson")
    found = detect(event("Atvinnuviðtal – Hafaldan ehf.",
                         "Sæl, takk fyrir umsóknina um starf sem Gæðastjóri í fiskvinnslu. Við bjóðum þér í viðtal "
                         "á skrifstofu okkar á Ísafirði. Í viðtalinu verða: Sigríður Jónsdóttir (mannauður) og "
                         "Gunnar Þórsson framleiðslustjóri.", organizer=host, attendees=(host, manager),
                         minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company in ("Hafaldan", "Hafaldan ehf.")
    assert found.role and found.role.startswith("Gæðastjóri")
    assert {p.name for p in found.people} >= {"Gunnar Þórsson"}


def test_a_recruiters_telephone_interview_is_a_phone_screen():
    host = person("katrin@radningar-nord.example", "Katrín Einarsdóttir")
    found = detect(event("Símaviðtal – Fjármálastjóri",
                         "Hæ, ég hringi í þig í stutt spjall um starfið hjá viðskiptavini okkar, stóru "
                         "flutningafyrirtæki á höfuðborgarsvæðinu.", organizer=host, attendees=(host,), minutes=30),
                   [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Símtal við Hrafn (Norðurljós Hugbúnaður)", "Laust starf forritara. Ferilskrá tilbúin.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Norðurljós Hugbúnaður"


@pytest.mark.parametrize("title, description, host", [
    ("Starfsmannasamtal – Anna", "Markmið næsta árs og námskeið.",
     person("anna@vesturverk.example", "Anna Guðmundsdóttir")),
    ("Viðtal við Morgunblaðið – nýja verksmiðjan", "Blaðamaður og ljósmyndari koma kl. 10.",
     person("samskipti@vesturverk.example", "Samskiptasvið")),
    ("Viðtal við umsækjanda – Ólafur K. (lager)", "Tökum viðtal við umsækjandann saman. Matsblaðið er í möppunni.",
     person("mannaudur@vesturverk.example", "Mannauðssvið")),
    ("Foreldraviðtal – Ísold, 4. bekkur", "Viðtal við umsjónarkennara, 15 mínútur.",
     person("ritari@grunnskoli-vesturbae.example", "Grunnskóli Vesturbæjar")),
])
def test_an_appraisal_a_press_or_parents_interview_or_the_users_own_interview_of_an_applicant_is_none(
        title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
