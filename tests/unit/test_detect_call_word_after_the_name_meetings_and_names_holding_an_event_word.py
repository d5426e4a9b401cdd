"""The user's own note of a call with the call word after the name ("Jana K. – telefonát"), of a meeting with
someone ("Meeting with Mr. Hossain"), and a company whose name holds a word for an event ("Atelier Lumière").

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

# -- the call word after the person's name, and the notes say it is about a job at their organisation ----------


@pytest.mark.parametrize("title, description, company", [
    ("Jana K. – telefonát", "Jana Kovářová, vedoucí údržby, Hanácké strojírny s.r.o. Hledáme: technik údržby, "
     "Olomouc. jana.kovarova@hanackestrojirny.cz – zavolá mi sama.", "Hanácké strojírny"),
    ("Ondrej P. – telefonát", "Ondrej Polák, Tatranské mlyny a.s. Hľadajú: mlynár – majster zmeny. "
     "ondrej.polak@tatranskemlyny.sk, volá mi on.", "Tatranské mlyny"),
    ("Nadia R. – call", "Nadia Rahman, Head of Operations, Corvane Logistics. Bring CV – they want a Fleet "
     "Planner. nadia.rahman@corvanelogistics.example", "Corvane Logistics"),
])
def test_a_call_note_naming_the_person_first_is_an_interview_when_the_notes_speak_of_a_job(title, description,
                                                                                             company):
    found = detect(event(title, description, organizer=None, minutes=30), [ME])
    assert found.interview and found.kind == "job" and found.company == company


@pytest.mark.parametrize("title, description", [
    ("Nadia R. – call", ""),
    ("Babička – telefonát", "Narozeniny, domluvit dort."),
    ("Pavel – telefonát", "pavel@koupelnyhruby.cz – nabídka na rekonstrukci koupelny."),
    ("Mum – phone call", "Ask about the weekend. mum@hollowayfamily.example"),
])
def test_a_bare_call_note_naming_the_person_first_is_no_interview(title, description):
    assert not detect(event(title, description, organizer=None, minutes=30), [ME]).interview


# -- a meeting the user notes with someone at a company, about a post they bring their CV to -----------------


def test_the_users_note_of_a_meeting_about_a_post_they_bring_their_cv_to_is_an_interview():
    found = detect(event("Meeting with Mr. Hossain", "Meghna Denim Mills – Production Planner. Bring your resume "
                         "and certificates. m.hossain@meghnadenim.example", organizer=None, minutes=60), [ME])
    assert found.interview and found.kind == "job" and found.company == "Meghna Denim"


def test_the_users_note_of_an_ordinary_meeting_is_no_interview():
    found = detect(event("Meeting with Mr. Hossain", "Lunch, then the new Production Planner's handover notes. "
                         "m.hossain@meghnadenim.example", organizer=None, minutes=60), [ME])
    assert not found.interview


# -- a word for an event that is part of the company's name, as its domain spells it --------------------------


@pytest.mark.parametrize("title, description, domain", [
    ("Entretien – Atelier Lumière", "Entretien pour le poste de Chef d'atelier couture.", "atelier-lumiere.fr"),
    ("Interview – Northfield Workshop", "Interview for the Cabinet Maker position.", "northfieldworkshop.com"),
])
def test_an_event_word_in_the_name_of_the_company_its_domain_spells_does_not_count(title, description, domain):
    recruiter = person(f"claire.martin@{domain}", "Claire Martin")
    found = detect(event(title, description, organizer=recruiter, attendees=(recruiter,), minutes=45), [ME])
    assert found.interview and found.kind == "job"


def test_an_event_word_outside_the_name_of_the_company_still_counts():
    host = person("claire.martin@careerhub.example", "Claire Martin")
    found = detect(event("Atelier entretien d'embauche – Career Hub", "Préparez votre entretien en groupe.",
                         organizer=host, attendees=(host,), minutes=90), [ME])
    assert not found.interview


def test_a_medium_named_by_its_domain_stays_a_press_interview():
    reporter = person("eva.novak@radiomorava.example", "Eva Novak")
    found = detect(event("Interview – Radio Morava", "Live on air about the new tram line.", organizer=reporter,
                         attendees=(reporter,), minutes=20), [ME])
    assert not found.interview
