"""A role in quotation marks after the word for a post ("θέση «…»", "poste « … »", 'the position "…"') is the role,
its lower-case words and "&" with it."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_greek_post_in_guillemets_is_the_role():
    recruiter = person("m.pappa@talentbridge.gr", "Μαρία Παππά")
    found = detect(event("Τηλέφωνο με Μαρία (TalentBridge)",
                         "Μαρία Παππά, TalentBridge – θέση «Μηχανικός Ποιότητας & Ασφάλειας» σε βιομηχανία τροφίμων "
                         "(δεν λέει ακόμη το όνομα). Να έχω έτοιμες τις μισθολογικές απαιτήσεις.",
                         organizer=None, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview and found.role == "Μηχανικός Ποιότητας & Ασφάλειας"


def test_a_french_post_in_guillemets_is_the_role():
    rh = person("c.martel@lumivet.fr", "Claire Martel")
    found = detect(event("Entretien – Lumivet",
                         "Bonjour, suite à votre candidature pour le poste « Responsable de clinique vétérinaire », "
                         "nous vous proposons un premier entretien en visio.",
                         organizer=rh, attendees=(rh,), minutes=45), [ME])
    assert found.interview and found.role == "Responsable de clinique vétérinaire"
