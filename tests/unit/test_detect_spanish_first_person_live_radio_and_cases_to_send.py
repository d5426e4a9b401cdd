"""Spanish text the user writes of themselves: "entrevisto a ..." (the user holds the interview), "nos entrevistan en
vivo" (a live broadcast), "Enviar caso práctico" (a case to send, done alone) are no interviews of theirs; an
invitation "a conversar" under a "Convocatoria" is one, and a title that names two fields after "en" keeps both."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

SELECCION = person("talento@lacteosandinos.example", "Talento Lácteos Andinos")
MARCO = person("marco.salas@lacteosandinos.example", "Marco Salas")


def test_a_case_to_send_before_a_deadline_is_no_interview():
    found = detect(event("Enviar caso práctico Lácteos Andinos", "Plan de reducción de merma en planta. Mandar el "
                         "Excel a talento@lacteosandinos.example antes de las 23:59. Lo hago solo.", organizer=None,
                         me_too=False, minutes=30), [ME])
    assert not found.interview


def test_an_interview_the_user_holds_in_the_first_person_is_no_interview_of_theirs():
    candidate = person("martin.rojas.c@example.org", "Martín Rojas")
    found = detect(event("Entrevista a postulante – Martín Rojas", "Entrevisto al postulante para el puesto de "
                         "auxiliar de cocina. Llevar la pauta.", organizer=None, attendees=(candidate,),
                         minutes=30), [ME])
    assert not found.interview


def test_a_live_radio_interview_of_the_user_is_press():
    found = detect(event("Entrevista Radio Sur – desayunos escolares", "Nos entrevistan en vivo sobre loncheras y "
                         "desayunos. Conectarse 15 minutos antes.", organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview


def test_an_invitation_to_talk_under_a_call_for_a_post_is_an_interview():
    found = detect(event("Lácteos Andinos – Arequipa 9am", "Subject: Convocatoria Jefe de Planta\n\nEstimado Ing. "
                         "Paredes:\nNos complace invitarlo a conversar con el Ing. Marco Salas (Gerente de "
                         "Operaciones) el lunes a las 9:00 en nuestra planta.", organizer=SELECCION,
                         attendees=(MARCO,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_a_title_naming_two_fields_in_capitals_after_en_keeps_both():
    found = detect(event("Lácteos Andinos – conversación con Marco", "Gracias por postular al puesto de Técnico en "
                         "Calidad y Seguridad Alimentaria. Te esperamos en una videollamada con Marco Salas.",
                         organizer=SELECCION, attendees=(MARCO,), minutes=45), [ME])
    assert found.interview and found.role == "Técnico en Calidad y Seguridad Alimentaria"


def test_a_capitalised_place_after_en_is_still_no_part_of_the_role():
    found = detect(event("Lácteos Andinos – conversación con Marco", "Gracias por postular al puesto de Técnico "
                         "de Calidad en Arequipa. Te esperamos en una videollamada con Marco Salas.",
                         organizer=SELECCION, attendees=(MARCO,), minutes=45), [ME])
    assert found.interview and found.role == "Técnico de Calidad"


def test_a_post_teaching_mandarin_holds_no_word_for_sending():
    found = detect(event("Entrevista – profesor de mandarín", "Te esperamos en el instituto.", organizer=MARCO,
                         attendees=(MARCO,), minutes=45), [ME])
    assert found.interview
