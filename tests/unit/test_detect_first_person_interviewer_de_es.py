"""The user writing that they hold the interview themselves, in German ("Ich führe das Gespräch mit ...") or in
Spanish with the subject after the verb ("Entrevisto yo con ... a 4 candidatos"): the user is on the hiring side."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_german_interview_the_user_conducts_is_no_interview_of_theirs():
    deputy = person("s.keller@gymnasium-sued.example", "Sabine Keller")
    found = detect(event("Vorstellungsgespräch Sekretariatskraft (Teilzeit)", "Ich führe das Gespräch zusammen mit "
                         "Frau Keller. Unterlagen liegen in der Verwaltung.", organizer=None, attendees=(deputy,),
                         minutes=45), [ME])
    assert not found.interview


def test_a_german_interview_invitation_to_the_user_is_still_one():
    head = person("m.otto@gymnasium-sued.example", "Martin Otto")
    found = detect(event("Vorstellungsgespräch Gymnasium Süd", "Sehr geehrte Frau Berger, gerne möchten wir das "
                         "Gespräch mit Ihnen zur Stelle als Stellvertretende Schulleitung führen.", organizer=head,
                         attendees=(head,), minutes=45), [ME])
    assert found.interview


def test_a_spanish_interview_with_the_subject_after_the_verb_is_the_user_interviewing():
    found = detect(event("Entrevistas auxiliares de farmacia", "Entrevisto yo junto a Paco (personal) a 4 "
                         "candidatos para las sustituciones de agosto.", organizer=None, minutes=180), [ME])
    assert not found.interview
