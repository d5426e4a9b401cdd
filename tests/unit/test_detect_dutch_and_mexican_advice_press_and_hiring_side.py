"""Dutch and Mexican Spanish wording: an informational conversation named so ("Plática informativa"), career
advice asked of someone in the field ("loopbaanadvies", as English "career advice"; a career adviser stays a
coach), a coffee about a move into another field ("cómo brincar a ..."), a staff magazine or an editorial team
interviewing the user, and the user conducting an interview in Dutch ("Ik neem het gesprek af")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


def test_a_spanish_informational_conversation_named_so_is_one():
    guest = person("rocio.paredes@redbosques.example", "Rocío Paredes")
    found = detect(event("Plática informativa – Rocío Paredes (Red de Bosques Urbanos)", "Quiero entender cómo "
                         "se organiza el área de proyectos. No hay vacante por ahora.", organizer=CASEY,
                         attendees=(guest,), minutes=40), [ME])
    assert found.interview and found.kind == "informational"


def test_a_mexican_coffee_about_a_move_into_another_field_is_an_informational_interview():
    guest = person("beto.ruiz@cooperativamaiz.example", "Beto Ruiz")
    found = detect(event("Café con Beto", "Beto trabaja en cooperativas agrícolas desde 2015. Preguntarle cómo "
                         "brincar a cooperativas y qué cursos sirven.", organizer=CASEY, attendees=(guest,),
                         minutes=60), [ME])
    assert found.interview and found.kind == "informational"


def test_dutch_career_advice_asked_of_someone_in_the_field_is_an_informational_interview():
    head = person("w.jansen@rivierenland.example", "Wim Jansen")
    found = detect(event("Bellen met Wim – loopbaanadvies (laboratorium)", "Wim Jansen, hoofd lab bij "
                         "Ziekenhuis Rivierenland. Wat heb ik nodig om door te groeien?", organizer=CASEY,
                         attendees=(head,), minutes=30), [ME])
    assert found.interview and found.kind == "informational"


def test_a_session_with_a_dutch_career_adviser_is_still_coaching():
    adviser = person("info@koersloopbaan.example", "Koers Loopbaan")
    found = detect(event("Sessie 3 met loopbaanadviseur", "Huiswerk: waardenlijst invullen.", organizer=adviser,
                         attendees=(adviser,), minutes=60), [ME])
    assert not found.interview


def test_a_staff_magazine_interviewing_the_user_in_dutch_is_press():
    editor = person("redactie@zorggroepoost.example", "Redactie Oostblad")
    found = detect(event("Interview voor personeelsmagazine Zorggroep Oost", "De redactie interviewt mij over "
                         "tien jaar nachtdiensten.", organizer=editor, attendees=(editor,), minutes=30), [ME])
    assert not found.interview


def test_the_user_conducting_an_interview_in_dutch_is_the_hiring_side():
    colleague = person("p.devries@dierenkliniek.example", "Pieter de Vries")
    applicant = person("lisa.kok@student.example", "Lisa Kok")
    found = detect(event("Sollicitatiegesprek assistent dierenartspraktijk", "Ik neem het gesprek af met Pieter; "
                         "sollicitant Lisa Kok.", organizer=CASEY, attendees=(colleague, applicant), minutes=60),
                   [ME])
    assert not found.interview


def test_the_users_note_of_a_dutch_agency_call_about_a_technician_post_is_an_interview():
    found = detect(event("Bellen met Kees (ZorgTalent Bemiddeling)", "Kees Visser – kees.visser@zorgtalent.example\n"
                         "Vacature Anesthesie Technicus bij een opdrachtgever die hij nog niet mag noemen. Hij belt mij.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.role and "Anesthesie Technicus" in found.role
