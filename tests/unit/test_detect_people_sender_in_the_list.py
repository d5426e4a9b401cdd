"""The people met: a sender who lists themselves among those met ("Panel: Ruth, Tomas; me"), or who holds a part
of the interview ("a practical test with me", "prova técnica comigo", "product walkthrough + meet Ruth"), is met
beside the others invited."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description", [
    ("Panel interview – Asset Manager", "Casey,\n\nplan for Monday:\n09:00 a short talk on your last project\n"
     "09:30 panel questions (Ruth Abara, Head of Assets; Tomas; me)\n\nOlga Brandt\nMaintenance Manager"),
    ("Panel interview – Asset Manager", "Casey,\n\nplan for Monday: a short talk on your last project, then panel "
     "questions (Ruth Abara, Tomas, me)\n\nOlga Brandt"),
])
def test_a_sender_who_counts_themselves_among_those_met_is_met(title, description):
    sender = person("olga.brandt@vidreira.example", "Olga Brandt")
    others = (person("ruth.abara@vidreira.example", "Ruth Abara"), person("tomas.ek@vidreira.example", "Tomas Ek"))
    found = detect(event(title, description, organizer=sender, attendees=others), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == sorted(
        ["olga.brandt@vidreira.example", *(p.email for p in others)])


@pytest.mark.parametrize("description", [
    "Bom dia Casey,\n\nprimeiro uma prova técnica comigo no laboratório, depois conversa com a Sra. Ruth Abara, "
    "diretora.\n\nOlga Brandt",
    "Hola Casey,\n\nprimero una prueba técnica conmigo en el taller y luego una charla con Ruth Abara, directora."
    "\n\nOlga Brandt",
    "Hi Casey,\n\nfirst a short practical test with me in the workshop, then a conversation with Ruth Abara, our "
    "director.\n\nOlga Brandt",
])
def test_a_sender_who_holds_a_part_of_the_interview_is_met(description):
    sender = person("olga.brandt@vidreira.example", "Olga Brandt")
    director = person("ruth.abara@vidreira.example", "Ruth Abara")
    found = detect(event("2nd round interview – Vidreira Norte", description, organizer=sender,
                         attendees=(director,)), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["olga.brandt@vidreira.example", "ruth.abara@vidreira.example"]


@pytest.mark.parametrize("title, description", [
    ("Halvard Pumps – 2nd round", "Product walkthrough + meet Ruth Abara (Managing Director). Bring two references."),
    ("Halvard Pumps – 2nd round interview", "Workshop tour, then meet Ruth (Managing Director)."),
])
def test_an_organizer_who_holds_a_part_before_the_user_meets_someone_else_is_met(title, description):
    sender = person("olga.brandt@halvardpumps.example", "Olga Brandt")
    director = person("ruth.abara@halvardpumps.example", "Ruth Abara")
    found = detect(event(title, description, organizer=sender, attendees=(director,)), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["olga.brandt@halvardpumps.example",
                                                     "ruth.abara@halvardpumps.example"]
