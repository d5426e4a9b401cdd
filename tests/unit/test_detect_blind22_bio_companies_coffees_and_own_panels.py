"""Kinds of evidence and field extraction learnt after an independent labelled set (blind22) was scored, from a
Canadian bioinformatician's plain-text calendar: a company whose name ends with a word that is also a film word
("Harbor Bio"), a coffee whose notes ask about pay and what the other would do in the user's shoes, a panel the
user sits on with a colleague, a round the employer called off, an interviewer's title after their name, and an
organisation's staffing mailbox."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.systems import address_kind
from tests.unit.test_detect import ME, event


def _own_entry(title: str, description: str, minutes: int = 60):
    return event(title, description, minutes=minutes, me_too=False)


@pytest.mark.parametrize("title, description", [
    ("Recruiter screen - Harbor Bio (Data Scientist)", "Recruiter: Lena Vos <lena.vos@harborbio.com>, she calls me."),
    ("Acme Bio - technical interview", "Panel: Omar Said omar.said@acmebio.com, Ines Roy ines.roy@acmebio.com"),
])
def test_a_company_whose_name_ends_with_a_film_word_is_no_film(title, description):
    found = detect(_own_entry(title, description), [ME])
    assert found.interview and not any("film or book" in reason for reason in found.reasons)


def test_a_trip_to_the_cinema_is_still_one_when_someone_writes_an_address():
    found = detect(_own_entry("Bio med Lina: Intervjun", "lina.berg@kinoteket.se bokar biljetter"), [ME])
    assert not found.interview


@pytest.mark.parametrize("description", [
    "Tomás (we did our MSc together) is now QA lead at Norvale. Ask: what would he do in my shoes? "
    "tomas.reyes@norvale.com",
    "Tomás is QA lead at Norvale now. Ask: academia vs industry, salary, remote. tomas.reyes@norvale.com",
])
def test_a_coffee_asking_about_pay_or_what_they_would_do_in_my_shoes_is_informational(description):
    found = detect(_own_entry("Coffee w/ Tomás Reyes (Norvale Foods)", description), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("description", [
    "Dana + me interviewing 3 summer students for the lab. 10:00 Leo, 10:45 Mia, 11:30 Raj.",
    "Me + Dana interviewing the grad applicants in the seminar room.",
])
def test_the_user_interviewing_with_a_colleague_is_the_hiring_side(description):
    assert not detect(_own_entry("Student interviews (x3)", description, minutes=150), [ME]).interview


def test_a_round_the_employer_called_off_for_now_is_no_interview():
    found = detect(_own_entry("Brightway Labs - round 2 (founders)",
                              "Lee wrote on 2/5: hiring paused as the budget slipped, round 2 cancelled for now.", minutes=90), [ME])
    assert not found.interview


def test_the_title_after_the_name_of_whom_a_chat_is_with_is_not_the_role():
    found = detect(_own_entry("Quarry Labs - call w/ Jo Tremblay (VP Engineering)",
                              "Re: Platform Engineer role (remote ok). jo@quarrylabs.io", minutes=45), [ME])
    assert found.interview and found.role == "Platform Engineer"


@pytest.mark.parametrize("address", ["nsp.staffing@nsp-pns.ca", "westvale-staffing@westvale.gov"])
def test_an_organisations_staffing_mailbox_is_no_one_met(address):
    assert address_kind(address, "Staffing") == "team"


def test_a_person_whose_name_holds_no_mailbox_word_is_still_a_person():
    assert address_kind("maria.staffieri@nsp-pns.ca", "Maria Staffieri") == "person"


def test_a_title_in_brackets_after_someones_address_is_not_the_role():
    found = detect(_own_entry("Fjord AI - take-home debrief", "Walk Lars through the model: 20 min demo, then Q&A.\n"
                              "lars.berg@fjordai.no (ML Lead)\nMeet: https://meet.google.com/abc-defg-hij"), [ME])
    assert found.interview and found.role != "ML Lead"


def test_a_labelled_role_stops_where_its_sentence_ends_after_a_bracket():
    found = detect(_own_entry("Recruiter call - Fjord AI", "Recruiter: Ana Silva <ana.silva@fjordai.no>.\n"
                              "Role: Machine Learning Engineer (Oslo or remote). Ask about visa, pay."), [ME])
    assert found.interview and found.role == "Machine Learning Engineer"


def test_a_colleague_the_own_note_names_by_given_name_is_met_too():
    found = detect(_own_entry("Fjord AI - take-home walkthrough", "Walk Lars + Ana through the model: 20 min demo.\n"
                              "lars.berg@fjordai.no, ana.silva@fjordai.no\nMeet: https://meet.google.com/abc-defg-hij"),
                   [ME])
    assert found.interview and {p.email for p in found.people} == {"lars.berg@fjordai.no", "ana.silva@fjordai.no"}
