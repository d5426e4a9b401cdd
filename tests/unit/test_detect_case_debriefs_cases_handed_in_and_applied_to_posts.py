"""A case study's debrief in the title ("étude de cas (debrief)") is the case gone through with the employer, an
interview stage; a case study to hand in ("Rendre étude de cas ...") is the candidate's own deadline; a role
follows "applying to" ("Thanks for applying to Customer Success Lead at ..."); French titles in the feminine
("Contrôleuse de gestion", "Auditrice interne") are roles."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

TALENT = person("talents@zentrix.io", "Zentrix Talents")
PAUL = person("paul.martin@zentrix.io", "Paul Martin")


@pytest.mark.parametrize("title", ["Zentrix – étude de cas (debrief)", "Zentrix: case interview – recap"])
def test_a_case_study_debriefed_with_the_employer_is_an_interview(title):
    found = detect(event(title, "Deuxième étape : vous présentez votre analyse à Paul Martin.", organizer=TALENT,
                         attendees=(TALENT, PAUL)), [ME])
    assert found.interview and found.company == "Zentrix"


@pytest.mark.parametrize("title", ["Rendre étude de cas Zentrix", "Envoyer mon cas pratique à Zentrix"])
def test_a_case_study_to_hand_in_is_no_interview(title):
    found = detect(event(title, "Tableur des marges + synthèse, à envoyer à talents@zentrix.io avant midi.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview


def test_a_role_follows_applying_to():
    talent = person("talent@brindlewood.io", "Brindlewood Talent")
    omar = person("omar.diallo@brindlewood.io", "Omar Diallo")
    found = detect(event("Brindlewood | recruiter screen", "Hi Sam,\nThanks for applying to Customer Success Lead "
                         "at Brindlewood. This is a 30 min call with Omar Diallo.", organizer=talent,
                         attendees=(talent, omar)), [ME])
    assert found.interview and found.role == "Customer Success Lead"


@pytest.mark.parametrize("title, role", [
    ("Entretien Auditrice interne – Mutuelle Cévenole", "Auditrice interne"),
    ("Entretien Contrôleur de gestion – Mutuelle Cévenole", "Contrôleur de gestion"),
])
def test_a_french_title_in_the_feminine_or_masculine_is_a_role(title, role):
    rh = person("rh@mutuelle-cevenole.fr", "RH Mutuelle Cévenole")
    found = detect(event(title, "Bonjour,\nNous vous recevrons mardi au siège.", organizer=rh, attendees=(rh,)),
                   [ME])
    assert found.interview and found.role == role
