"""Interview wording on events where the user is not the candidate, in languages whose vocabularies lacked the
words that say so: a journalist asking for an interview for a piece or a live broadcast, a newspaper named
"... Sanomat", a research or expert interview the user holds, and a reminder to prepare for an interview."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _from(address: str, name: str, title: str, description: str, minutes: int = 30):
    """An invitation from someone at another organisation to the user."""
    sender = person(address, name)
    return event(title, description, organizer=sender, attendees=(sender,), minutes=minutes)


@pytest.mark.parametrize("address, name, title, description", [
    ("b.hartmann@rheinpost.de", "Birgit Hartmann", "Interview Rheinpost – Solarparks",
     "Gern würde ich mit Ihnen für einen Artikel über Solarparks in der Eifel sprechen. Etwa 20 Minuten."),
    ("mvidal@lavozdelsur.es", "Miguel Vidal", "Entrevista – La Voz del Sur",
     "Te escribo porque quiero entrevistarte para un reportaje sobre el puerto. Media hora por teléfono."),
    ("redacao@sic.pt", "Inês Moura", "Entrevista SIC Notícias",
     "Entrevista em direto no noticiário das 13h sobre a greve. Chegar 15 minutos antes."),
    ("h.smit@lc.nl", "Hanna Smit", "Interview Leeuwarder Courant",
     "Ik wil je graag spreken voor een artikel over de nieuwe haven. Een half uurtje telefonisch."),
    ("k.dahl@vestkysten.dk", "Karsten Dahl", "Interview – Vestkysten",
     "Jeg skriver om havnen og vil gerne tale med dig til en artikel. Ca. 20 minutter."),
    ("toimitus@turunsanomat.fi", "Jussi Laine", "Haastattelu Turun Sanomille", "Noin 20 minuuttia puhelimessa."),
    ("p.heino@karjalainen.fi", "Päivi Heino", "Haastattelu – Karjalainen",
     "Haluaisin haastatella sinua juttuun uudesta sillasta. Noin 20 minuuttia."),
])
def test_a_journalists_request_for_a_piece_or_a_live_broadcast_is_no_interview(address, name, title, description):
    assert not detect(_from(address, name, title, description), [ME]).interview


@pytest.mark.parametrize("title, description, guest", [
    ("Experteninterview Kreislaufwirtschaft – Prof. Adler", "Leitfaden anbei.", ("adler@th-lueneburg.de", "Prof. Adler")),
    ("Fieldwork interview – fishing cooperative, Kisumu", "Bring recorder and consent forms.",
     ("coop.kisumu@gmail.com", "Otieno")),
    ("Interview – Harrow Dairy", "Semi-structured interview on milk pricing for the study.",
     ("office@harrowdairy.co.uk", "Jill Harrow")),
    ("Entrevista com utilizador – app de farmácia", "Guião no Miro. Oferecemos um vale-presente.",
     ("rui.s@gmail.com", "Rui S")),
])
def test_a_research_or_expert_interview_the_user_holds_is_no_interview(title, description, guest):
    other = person(*guest)
    me = person(ME, "Casey Nguyen")
    assert not detect(event(title, description, organizer=me, attendees=(other,), minutes=60), [ME]).interview


@pytest.mark.parametrize("title", [
    "Préparer l'entretien chez Valmont Assurances",
    "准备字节跳动面试",
    "Mülakat hazırlığı – Koç Holding",
])
def test_a_reminder_to_prepare_for_an_interview_is_no_interview(title):
    assert not detect(event(title, minutes=60, me_too=True), [ME]).interview


def test_a_job_interview_at_a_newspaper_is_still_an_interview():
    found = detect(_from("hr@rheinpost.de", "Jana Busch", "Vorstellungsgespräch Rheinpost – Redakteur/in Lokales",
                         "Vielen Dank für Ihre Bewerbung. Wir freuen uns auf das Gespräch mit Ihnen.", 60), [ME])
    assert found.interview
