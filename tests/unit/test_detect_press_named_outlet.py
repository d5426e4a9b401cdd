"""An interview the user gives the press: an outlet named by a generic word of its name ("Le Journal du Port",
"Valley Daily", "Garden Weekly"), or a journalist introduced by their trade ("with the editor of ...", "with editor
Mia Ode"), is no job interview; the same words written as ordinary words, or a post on offer, keep a job interview."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _from(address: str, name: str, title: str, description: str = ""):
    """An invitation from ``name`` at ``address`` to the user."""
    sender = person(address, name)
    return event(title, description, organizer=sender, attendees=(sender,), minutes=30)


@pytest.mark.parametrize("title, address, name", [
    ("Interview avec Le Journal du Lac", "l.morel@lacinfo.example", "Lise Morel"),
    ("Entretien – Le Journal de Rivebelle", "a.roy@jdr.example", "Anne Roy"),
    ("Interview – Valley Daily", "p.ross@vdaily.example", "Pia Ross"),
    ("Interview – Orchard Weekly", "t.hale@orchardpress.example", "Tom Hale"),
    ("Interview – Revue des Deux Rives", "c.vial@deuxrives.example", "Claire Vial"),
    ("Entrevista – Revista del Puerto", "g.neri@puertomedia.example", "Gema Neri"),
    ("Interview", "m.ode@orchard.example", "Orchard Weekly"),
])
def test_an_interview_for_an_outlet_named_by_a_generic_word_of_its_name_is_none(title, address, name):
    found = detect(_from(address, name, title), [ME])
    assert not found.interview
    assert any("press" in reason for reason in found.reasons)


@pytest.mark.parametrize("title", [
    "Interview with the editor of Orchard Weekly",
    "Interview with editor Mia Ode (Evening Chronicle)",
    "Interview with the editor at Kanal Nord Radio",
])
def test_an_interview_with_a_journalist_introduced_by_their_trade_is_none(title):
    found = detect(_from("m.ode@orchardpress.example", "Mia Ode", title), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, address, name", [
    ("Interview – Senior Editor position", "hr@orchardpress.example", "Orchard Press HR"),
    ("Interview – Copy Editor, Valley Daily", "talent@vdaily.example", "Valley Daily Talent"),
    ("Interview – Journal entries clerk", "hr@ledgerworks.example", "Ledgerworks HR"),
    ("Interview – Daily operations lead", "hr@harbourlogistics.example", "Harbour Logistics HR"),
    ("Entretien – poste de comptable, journal des ventes", "rh@cabinetmoreau.example", "RH Cabinet Moreau"),
])
def test_a_job_interview_beside_the_same_words_stays_one(title, address, name):
    found = detect(_from(address, name, title), [ME])
    assert found.interview and found.kind == "job"
