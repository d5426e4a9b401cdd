"""The user's own entry saying in German that they interview together with a colleague ("Jonas und ich
interviewen ...") is the hiring side; stakeholder interviews are research the user holds; an agency that keeps its
client back is named as the title writes it ("Hollmann & Kerr"), its kind word only when the title writes it too."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person

JONAS = person("jonas.brill@werkhaus-it.example", "Brill, Jonas")


@pytest.mark.parametrize("description", [
    "Jonas und ich interviewen Mia K. (Mechatronik, 3. Lehrjahr). Fragen im Teamordner.",
    "Ich und Jonas interviewen zwei Bewerberinnen für die Praktikumsstelle.",
    "Wir interviewen heute die zweite Kandidatin, Jonas protokolliert.",
])
def test_the_user_interviewing_together_with_a_colleague_in_german_is_on_the_hiring_side(description):
    found = detect(event("Vorstellungsgespräch Praktikum Softwaretest", description, organizer=CASEY,
                         attendees=(JONAS,), minutes=60, location="Werkhaus, Raum Mulde"), [ME])
    assert not found.interview


def test_the_user_interviewing_with_an_employer_in_german_stays_a_candidate():
    found = detect(event("Vorstellungsgespräch – Werkhaus IT", "Jonas und ich interviewen bei Werkhaus IT, "
                         "Zeugnisse mitnehmen.", organizer=CASEY, attendees=(JONAS,), minutes=60), [ME])
    assert found.interview


@pytest.mark.parametrize("title, description", [
    ("Stakeholder interviews – Finance (expenses app)", "Four interviews of 30 min with the controllers and two "
     "team leads."),
    ("Stakeholder-Interviews Einkauf", "2 Interviews à 40 Min mit Einkaufsleitung und Disposition (Discovery "
     "Bestellportal)."),
])
def test_stakeholder_interviews_the_user_holds_are_research(title, description):
    found = detect(event(title, description, organizer=CASEY, me_too=False, minutes=120), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, company", [
    ("Telefonat Fr. Brandt - Hollmann & Kerr (vertraulicher Mandant)",
     "Jana Brandt, Beraterin bei Hollmann & Kerr Personalberatung (j.brandt@hollmann-kerr.example). Position: Head "
     "of Design bei einem Maschinenbauer - Kunde vertraulich. Sie ruft mich an.", "Hollmann & Kerr"),
    ("Call Tom - Ashby Cole (client confidential)",
     "Tom Reid, consultant at Ashby Cole Recruitment (tom.reid@ashby-cole.example). Finance Manager role at a "
     "listed retailer, client confidential for now. He calls me.", "Ashby Cole"),
    ("Telefonat - Hollmann & Kerr Personalberatung",
     "Jana Brandt (j.brandt@hollmann-kerr.example). Position: Head of Design bei einem Maschinenbauer - Kunde "
     "vertraulich. Sie ruft mich an.", "Hollmann & Kerr Personalberatung"),
])
def test_an_agency_keeping_its_client_back_is_named_as_the_title_writes_it(title, description, company):
    found = detect(event(title, description, organizer=CASEY, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == company
