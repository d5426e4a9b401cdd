"""Kinds learnt after an independent labelled set (blind34) was scored: the sender of a pasted invitation who
receives the user at the front desk but writes they will not be in the interview itself ("no estaré en la
entrevista") is not met; and a Basque team's mailbox ("langileak@", staff; "pertsonak@", people) sends the
invitation for the people its notes name, who are the ones met."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

FORWARDED = ("---------- {fwd} ---------\nDe: Elena Vidal <e.vidal@puentesdelnorte.example>\nTo: Casey Nguyen <{me}>\n"
             "Cc: Tomás Ibarra <t.ibarra@puentesdelnorte.example>\n\n{body}\nElena")


@pytest.mark.parametrize("fwd, body", [
    ("Mensaje reenviado", "Hola Casey:\nTe esperamos el martes para la entrevista con Tomás Ibarra (Director Técnico), "
     "en copia. Yo te recibo en recepción pero no estaré en la entrevista."),
    ("Mensagem encaminhada", "Olá Casey,\nEsperamos por si na terça para a entrevista com Tomás Ibarra (Diretor "
     "Técnico), em cópia. Recebo-a na receção, mas não estarei na entrevista."),
    ("Messaggio inoltrato", "Ciao Casey,\nTi aspettiamo martedì per il colloquio con Tomás Ibarra (Direttore Tecnico), "
     "in copia. Ti accolgo in reception ma non sarò al colloquio."),
])
def test_the_sender_of_a_pasted_invitation_who_is_not_in_the_interview_itself_is_not_met(fwd, body):
    found = detect(event("Fwd: Entrevista – Puentes del Norte", FORWARDED.format(fwd=fwd, me=ME, body=body),
                         me_too=False, minutes=60), [ME])
    assert found.interview and [p.email for p in found.people] == ["t.ibarra@puentesdelnorte.example"]


def test_the_sender_who_receives_the_user_and_stays_is_met_too():
    body = "Hola Casey:\nTe esperamos el martes para la entrevista con Tomás Ibarra (Director Técnico), en copia. " \
           "Yo también estaré en la entrevista."
    found = detect(event("Fwd: Entrevista – Puentes del Norte", FORWARDED.format(fwd="Mensaje reenviado", me=ME,
                         body=body), me_too=False, minutes=60), [ME])
    assert {p.email for p in found.people} == {"t.ibarra@puentesdelnorte.example", "e.vidal@puentesdelnorte.example"}


@pytest.mark.parametrize("mailbox", ["langileak", "pertsonak", "hautaketa"])
def test_a_basque_teams_mailbox_is_no_one_met_when_its_notes_name_the_interviewers(mailbox):
    found = detect(event("Itsasgain – bigarren elkarrizketa", "Bigarren elkarrizketa zuzendaritzako kideekin: Jon "
                         "Arrieta (j.arrieta@itsasgain.example) eta Maite Urkiola (m.urkiola@itsasgain.example).",
                         organizer=person(f"{mailbox}@itsasgain.example", "Itsasgain"), minutes=90), [ME])
    assert found.interview and [p.email for p in found.people] == ["j.arrieta@itsasgain.example",
                                                                   "m.urkiola@itsasgain.example"]
