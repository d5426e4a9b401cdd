"""Kinds of events learnt after an independent labelled set (blind25) was scored: a Greek invitation that wants to
get to know the candidate, or a recruiter's call about salary expectations, is an interview; a Greek interview
for someone's research or thesis and a Finnish paper's interview are not; an English visit where the candidate
goes through the plan they would bring is one, and the user's coffee note of what to ask is informational."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


@pytest.mark.parametrize("title, description", [
    ("Διαδικτυακή συνάντηση – Πήγασος Λογισμική", "Με αφορμή το βιογραφικό που στείλατε για τη θέση «Αναλυτής "
     "Δεδομένων», θα θέλαμε να σας γνωρίσουμε σε μια σύντομη κλήση."),
    ("Κλήση με Γιάννη (Πήγασος)", "Ο Γιάννης θα ρωτήσει για τις μισθολογικές σας απαιτήσεις και το διάστημα "
     "προειδοποίησης για τη θέση."),
])
def test_a_greek_invitation_to_get_to_know_the_candidate_or_a_salary_call_is_an_interview(title, description):
    sender = person("g.adamou@pigasos-logismiki.gr", "Γιάννης Αδάμου")
    found = detect(event(title, description, organizer=sender, attendees=(sender,), minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("Συνέντευξη για έρευνα – ΕΚΠΑ, αστική κινητικότητα", "Μια ώρα, ηχογραφείται."),
    ("Συνέντευξη – Ελένη Μ.", "Η φοιτήτρια παίρνει συνεντεύξεις από μηχανικούς για τη διπλωματική της."),
])
def test_a_greek_interview_for_someones_research_or_thesis_is_no_job_interview(title, description):
    found = detect(event(title, description, minutes=60, me_too=False), [ME])
    assert not found.interview


@pytest.mark.parametrize("title", [
    "Kauppalehden haastattelu – biokaasu", "Maaseudun Tulevaisuus -lehden haastattelu", "Aamu-lehden haastatteluun",
])
def test_a_finnish_papers_interview_is_press(title):
    found = detect(event(title, "Toimittaja soittaa, kuvaaja tulee myöhemmin.", minutes=45, me_too=False), [ME])
    assert not found.interview


def test_a_site_visit_where_the_candidate_goes_through_the_plan_they_would_bring_is_an_interview():
    host = person("ruth.amoah@kwahubakery.example", "Ruth Amoah")
    found = detect(event("Kwahu Bakery – site visit", "Come and see the ovens. Then we go through the 90-day plan "
                         "you would bring as Operations Manager.", organizer=host, attendees=(host,), minutes=150),
                   [ME])
    assert found.interview and found.kind == "job"


def test_the_users_catch_up_noting_what_to_ask_someone_about_their_workplace_is_informational():
    guest = person("kofi.asare@tallgrass-grain.example", "Kofi Asare")
    found = detect(event("Catch-up w/ Kofi", "Kofi is a buyer at Tallgrass Grain now. Ask him: do they hire "
                         "agronomists from abroad, what the first year is like.", organizer=CASEY,
                         attendees=(guest,)), [ME])
    assert found.interview and found.kind == "informational"
