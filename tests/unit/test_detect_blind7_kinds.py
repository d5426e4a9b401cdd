"""Kinds of event detection learnt to read after an independent labelled set was scored: a to-do word in
the title of the employer's own invitation, the user interviewing someone they invited from a personal
address, being asked to sit in as an interviewer, annual reviews, press features, a cooking trial, an
exercise gone through with the candidate, and plural openings in the notes of a coffee."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person, said

LENA = person("lena.meyer@contoso.example", "Lena Meyer")


@pytest.mark.parametrize("title, description", [
    ("Follow-up – Casey", "As promised on the phone: a short follow-up conversation with Mark and me about the shift "
                          "pattern and a possible start date."),
    ("Uppföljning – Casey", "Ett kort uppföljningssamtal med Mark och mig om schema och startdatum."),
])
def test_a_to_do_word_in_the_title_of_the_employers_invitation_about_an_interview_names_a_meeting(title, description):
    found = detect(event(title, description, organizer=LENA, attendees=(LENA,), minutes=30), [ME])
    assert found.interview
    assert not said(found, "to-do")


def test_the_users_own_follow_up_reminder_is_still_a_to_do():
    found = detect(event("Follow up with Contoso recruiter", "Ask how the interview went.", minutes=15), [ME])
    assert not found.interview and said(found, "to-do")


@pytest.mark.parametrize("title, description", [
    ("Colloquio cameriere – Marco B.", "Candidato cameriere di sala, viene dall'alberghiero. Prova al banco."),
    ("Vorstellungsgespräch Azubi – Lea K.", "Bewerberin für die Ausbildung zur Köchin, Probe am Posten."),
])
def test_the_users_own_entry_naming_someone_they_invited_from_a_personal_address_as_candidate_is_hiring(
        title, description):
    sous_chef = person("ugo@trattoria-lume.example", "Ugo Sala")
    name = title.split("– ")[1].split()[0]
    candidate = person(f"{name.lower()}.b.1999@gmail.com", f"{name} Bianchi")
    found = detect(event(title, description, organizer=CASEY, attendees=(sous_chef, candidate)), [ME])
    assert not found.interview and said(found, "hiring side")


def test_a_candidates_own_note_that_speaks_of_candidates_is_still_their_interview():
    priya = person("priya@fabrikam.example", "Priya Raman")
    found = detect(event("Interview with Priya (Fabrikam)", "Priya said they are down to three candidates.",
                         organizer=CASEY, attendees=(priya,)), [ME])
    assert found.interview


@pytest.mark.parametrize("title, description", [
    ("Interview – Sam Lee", "Could you sit in on the interview with Sam and run the practical part? CV attached."),
    ("Intervju – Elin Ström (lärling)", "Hej! Kan du sitta med på intervjun och ta den praktiska delen? CV bifogat."),
    ("Intervju – Elin Ström (lærling)", "Hei! Kan du sitte med på intervjuet og ta den praktiske delen?"),
])
def test_being_asked_to_sit_in_on_an_interview_is_the_hiring_side(title, description):
    boss = person("mats@bygg-el.example", "Mats Karlsson")
    elin = person("elin.strom@gmail.com", "Elin Ström")
    found = detect(event(title, description, organizer=boss, attendees=(elin,)), [ME])
    assert not found.interview and said(found, "hiring side")


@pytest.mark.parametrize("title", ["Colloquio annuale con Ugo", "Valutazione annuale – obiettivi"])
def test_an_italian_annual_review_is_an_employee_review(title):
    ugo = person("ugo@trattoria-lume.example", "Ugo Sala")
    found = detect(event(title, "Obiettivi per il prossimo anno.", organizer=ugo, attendees=(ugo,)), [ME])
    assert not found.interview and said(found, "employee review")


@pytest.mark.parametrize("title, description", [
    ("Intervju med Byggvärlden", "Reportaget handlar om laddboxar i bostadsrättsföreningar. Fotograf kommer på torsdag."),
    ("Intervju med Fagbladet", "Reportasjen handler om lærlinger i byggfag."),
    ("Interview med Byggeriet", "Reportagen handler om lærlinge. Fotograf kommer bagefter."),
])
def test_a_nordic_press_feature_is_a_press_interview(title, description):
    editor = person("redaktion@byggpress.example", "Redaktionen")
    found = detect(event(title, description, organizer=editor, attendees=(editor,)), [ME])
    assert not found.interview and said(found, "press")


def test_a_cooking_trial_is_a_trial_day():
    found = detect(event("Probekochen – Gasthof Linde", minutes=300), [ME])
    assert found.interview and found.stage == "trial day"


def test_an_exercise_gone_through_with_the_candidate_titled_with_the_interviewers_name_is_an_interview():
    kim = person("kim.park@fabrikam.example", "Kim Park")
    found = detect(event("Kim Park", "We'll go through your design challenge together; bring your slides.",
                         organizer=kim, attendees=(kim,), minutes=60), [ME])
    assert found.interview


def test_a_coffee_the_user_arranged_to_ask_about_openings_is_informational():
    ana = person("ana.ruiz@fabrikam.example", "Ana Ruiz")
    found = detect(event("Coffee w/ Ana Ruiz (Fabrikam)", "Ana leads research at Fabrikam.\nAsk: any openings "
                         "on her team this year", organizer=CASEY, attendees=(ana,)), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Record the Spark Hire answers (Lumio) – due Thu",
     "Fwd: Lumio Health has invited you to a one-way video interview for the Data Analyst position. "
     "Complete it by Thursday 23:59."),
    ("Videointerview aufnehmen – Frist Mittwoch",
     "Die Nordlicht Versicherung lädt Sie zu einem zeitversetzten Videointerview ein. Bitte bis Mittwoch abschließen."),
])
def test_a_one_way_video_interview_blocked_by_the_user_with_its_due_date_is_an_interview(title, description):
    found = detect(event(title, description, organizer=CASEY, attendees=(), minutes=60, me_too=False), [ME])
    assert found.interview


def test_the_users_own_reminder_to_apply_with_a_video_is_still_a_to_do():
    found = detect(event("Apply to Lumio – due Thu", "Record a short intro video and attach the CV.",
                         organizer=CASEY, attendees=(), minutes=30, me_too=False), [ME])
    assert not found.interview


def test_an_italian_video_call_the_user_set_up_to_ask_about_working_somewhere_is_informational():
    giulia = person("giulia.ferri@albergo-stella.example", "Giulia Ferri")
    found = detect(event("Videochiamata con Giulia – lavorare a Zurigo",
                         "Giulia (ora capo partita all'Albergo Stella). Da chiedere:\n- permesso di lavoro, tempi\n"
                         "- stipendi e alloggio\n- l'albergo assume?",
                         organizer=CASEY, attendees=(giulia,), minutes=45), [ME])
    assert found.interview and found.kind == "informational"


def test_an_italian_video_call_with_family_is_no_interview():
    found = detect(event("Videochiamata con la nonna", "Chiedere la ricetta del ragù.",
                         organizer=CASEY, attendees=(person("nonna.ferri@libero.it", "Nonna Ferri"),)), [ME])
    assert not found.interview
