"""Italian meeting names ("riunione tecnica") are no role; a coffee about "com'è passare" from one kind of work to
another with someone who "lavora in" a firm is an informational interview with that firm."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_an_italian_technical_meeting_is_no_role():
    office = person("selezione@fonderievalsesia.example", "Selezione Fonderie Valsesia")
    found = detect(event("Fonderie Valsesia - riunione tecnica", "Riunione tecnica con l'Ing. Bruno Sala "
                         "(Responsabile Processi Speciali). La selezione prosegue dopo questo incontro.",
                         organizer=office, attendees=(office,), minutes=90), [ME])
    assert found.role != "Riunione tecnica"


def test_an_italian_coffee_about_working_somewhere_is_an_informational_interview_with_that_firm():
    found = detect(event("caffè con Sergio Bianco", "Sergio (sergio.bianco@lentinord.example) lavora in Ottica Lume, "
                         "progettazione lenti. Me l'ha presentato Luca. Domande: com'è passare dalla ricerca "
                         "all'industria, stipendi.", organizer=None, me_too=False, minutes=45, location="Bar Roma, via Garibaldi"),
                   [ME])
    assert found.interview and found.kind == "informational"
    assert found.company == "Ottica Lume"
