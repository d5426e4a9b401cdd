"""Kinds of invitation detection learnt to read: Polish wording, titles that name only a person,
events the user runs that borrow interview words, names that are no company, and conferencing
addresses that are no one met."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.company_names import is_service
from providers.detection.systems import address_kind
from tests.unit.test_detect import CASEY, ME, event, person

TEAMS_FOOTER = (
    "\n________________________________________________________________________________\n"
    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
    "Meeting ID: 311 204 118 907\nPasscode: q7x2mc\n"
    "Join with a video conferencing device\nroomsystem@vc.conferencing.example\n"
    "Video Conference ID: 1183022417\n"
    "________________________________________________________________________________\n"
)


def test_a_polish_invitation_to_an_interview_is_one_and_keeps_its_role_whole():
    hr = person("ewa.zielinska@mazowiecka-chemia.example", "Ewa Zielińska")
    found = detect(event(
        "Zaproszenie na rozmowę kwalifikacyjną – Specjalista ds. Zakupów",
        "Dzień dobry,\n\nzapraszamy Pana na rozmowę kwalifikacyjną na stanowisko Specjalista ds. Zakupów.\n\n"
        "Z poważaniem\nEwa Zielińska\nMazowiecka Chemia S.A.",
        organizer=hr, attendees=(hr,)), [ME])
    assert found.interview and found.kind == "job"
    assert found.role == "Specjalista ds. Zakupów"


def test_a_polish_coffee_the_user_arranged_to_ask_about_a_career_is_informational():
    marta = person("marta.wrobel@baltyk-dane.example", "Marta Wróbel")
    found = detect(event(
        "Kawa z Martą",
        "Marta – Data Engineer w Bałtyk Dane. Chciałabym zapytać, jak wygląda ścieżka kariery w ich zespole.",
        organizer=CASEY, attendees=(marta,)), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Rozmowa z kandydatką – praktyki w dziale zakupów (Zofia K.)", "Pytania do kandydatki, CV w załączniku."),
    ("Posiedzenie zarządu – finałowa runda wyboru wykonawcy dachu", "1. Oferty\n2. Głosowanie\n3. Wolne wnioski"),
    ("Wywiad – podcast 'Kariera w liczbach'", "Nagranie odcinka o pracy analityka."),
])
def test_polish_events_that_borrow_interview_words_are_not_the_users_interviews(title, description):
    other = person("biuro@osiedle-zielone.example", "Biuro Osiedla")
    assert not detect(event(title, description, organizer=CASEY, attendees=(other,)), [ME]).interview


def test_a_follow_up_titled_with_a_persons_name_is_read_from_its_description():
    karim = person("karim.diallo@sahel-credit.example", "Karim Diallo")
    found = detect(event(
        "Point de suivi avec Karim",
        "Bonjour,\n\nje vous propose de revenir sur votre cas pratique avant la dernière étape.\n\nKarim Diallo\n"
        "Sahel Crédit",
        organizer=karim, attendees=(karim,)), [ME])
    assert found.interview


def test_a_coffee_with_a_friend_at_free_mail_about_changing_careers_is_informational():
    tomas = person("tomas.rey@gmail.com", "Tomás Rey")
    found = detect(event(
        "Café con Tomás",
        "Tomás – ahora consultor en Brisa Datos.\n- ¿cómo diste el salto de la docencia a la consultoría?\n"
        "- ¿su equipo contrata perfiles junior?",
        organizer=CASEY, attendees=(tomas,)), [ME])
    assert found.interview and found.kind == "informational"


def test_an_interview_the_user_holds_with_a_student_is_not_theirs():
    student = person("lea.martin@etu.univ-garonne.example", "Léa Martin")
    held = detect(event("Entretien avec Léa – stage de fin d'études", "Entretien pour son stage dans mon équipe.",
                        organizer=CASEY, attendees=(student,)), [ME])
    assert not held.interview


@pytest.mark.parametrize("title, description, organizer", [
    ("Entrevista – programa 'Mañanas de Sur'", "Entrevista en directo sobre el huerto escolar.",
     person("produccion@ondasur.example", "Producción Onda Sur")),
    ("Interview Kanzleiportal – Nachwuchs im Steuerrecht", "Interview für die Reihe, Freigabe des Textes vor "
     "Veröffentlichung.", person("redaktion@kanzleiportal.example", "Redaktion Kanzleiportal")),
])
def test_a_press_interview_in_spanish_or_german_is_not_a_job_interview(title, description, organizer):
    assert not detect(event(title, description, organizer=organizer, attendees=(organizer,)), [ME]).interview


def test_an_agenda_whose_only_interview_words_are_items_is_not_an_interview():
    chair = person("secretary@riverside-gardens.example", "Riverside Gardens Committee")
    agenda = ("Agenda:\n1) Screening of the show entries\n2) Panel of judges for the show\n"
              "3) Final round: 4 May\n4) Any other business")
    assert not detect(event("Riverside Gardens Committee", agenda, organizer=chair, attendees=(chair,),
                            minutes=90), [ME]).interview


def test_a_hospital_interview_panel_the_user_sits_on_is_not_their_interview():
    hr = person("hr.recruitment@northgate-hospital.example", "HR Recruitment")
    found = detect(event(
        "Staff Nurse Interview Panel – Ward 7",
        "Dear Panel Members,\n\nThank you for agreeing to sit on the interview panel. Marking sheets are in "
        "the shared folder.\n\nHR Recruitment\nNorthgate Hospital",
        organizer=hr, attendees=(hr,), minutes=180), [ME])
    assert not found.interview


def test_a_clinical_screening_audit_with_a_final_round_is_not_an_interview():
    lead = person("dara.walsh@northgate-hospital.example", "Dara Walsh")
    assert not detect(event("Falls screening audit – final round of chart review",
                            "Bring your audited charts.", organizer=lead, attendees=(lead,), minutes=60),
                      [ME]).interview


def test_a_recruiters_first_name_in_the_title_is_not_the_company():
    rocio = person("rocio.pardo@talentia-rh.example", "Rocío Pardo")
    found = detect(event(
        "Llamada con Rocío",
        "Hola, te llamo por la vacante de Data Analyst para nuestro cliente Brightwave Media.\n\nRocío Pardo\n"
        "Talentia RH",
        organizer=rocio, attendees=(rocio,), minutes=20), [ME])
    assert found.interview
    assert found.company not in ("Rocío", "Rocío Pardo")


def test_a_team_mailbox_signed_with_a_persons_name_is_not_the_company():
    hr = person("recruiting@ws-beratung.example", "Jana Novak (Recruiting)")
    partner = person("t.weidmann@ws-beratung.example", "Dr. Tobias Weidmann")
    found = detect(event("Vorstellungsgespräch Steuerberater", "Vielen Dank für Ihre Bewerbung als Steuerberater.",
                         organizer=hr, attendees=(partner,)), [ME])
    assert found.interview
    assert "Novak" not in (found.company or "")


def test_a_teams_footer_gives_neither_company_nor_someone_met():
    ana = person("ana.costa@lumen-edu.example", "Ana Costa")
    found = detect(event("Lumen Edu · Technical interview (Content Designer)",
                         "Hi, we will review your exercise.\n\nAna Costa\nHead of Content" + TEAMS_FOOTER,
                         organizer=ana, attendees=(ana,)), [ME])
    assert found.interview
    assert found.company != "Video Conference ID"
    assert [p.email for p in found.people] == ["ana.costa@lumen-edu.example"]
    assert is_service("Video Conference ID")
    assert address_kind("roomsystem@vc.conferencing.example") == "thing"


def test_a_conferencing_device_listed_among_the_interviewers_is_not_someone_met():
    ats = person("acme@myworkday.com", "Acme Talent Acquisition")
    lead = person("olu.bello@acme-re.example", "Olu Bello")
    found = detect(event("Interview Scheduled: Risk Analyst – R-22051",
                         "Interviewer: Olu Bello, Head of Risk" + TEAMS_FOOTER, organizer=ats, attendees=(lead,)),
                   [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["olu.bello@acme-re.example"]


def test_a_german_compound_legal_title_is_the_role():
    hr = person("personal@rheinwerk-energie.example", "Lena Brandt")
    found = detect(event("Telefoninterview – Patentanwältin (m/w/d)", "Wir rufen Sie zum Termin an.",
                         organizer=hr, attendees=(hr,), minutes=30), [ME])
    assert found.interview and found.role == "Patentanwältin"


def test_a_conversation_titled_with_the_senders_name_about_a_position_is_an_interview():
    priya = person("priya.raman@harbourline.example", "Priya Raman")
    desc = "Hi Casey,\n\nI'd like to pick up where we left off about the position, with our CEO.\n\nPriya"
    found = detect(event("Conversation with Priya", desc, organizer=priya, attendees=(priya,)), [ME])
    assert found.interview
    friend = person("priya.raman@gmail.com", "Priya Raman")  # a friend at free mail: no organisation
    assert not detect(event("Conversation with Priya", desc, organizer=friend, attendees=(friend,)), [ME]).interview


def test_a_german_role_joined_to_stelle_is_the_role():
    partner = person("m.krause@krause-treuhand.example", "Dr. Martin Krause")
    found = detect(event("Gespräch mit Dr. Krause", "Gern möchte ich mit Ihnen über die Controller-Stelle sprechen.",
                         organizer=partner, attendees=(partner,)), [ME])
    assert found.interview and found.role == "Controller"


def test_a_spanish_role_after_para_ends_before_con():
    hr = person("nuria.vidal@pixelaula.example", "Núria Vidal")
    found = detect(event("Entrevista final – Pixel Aula",
                         "Te confirmo la entrevista final para Product Analyst con Jordi Puig.",
                         organizer=hr, attendees=(hr,)), [ME])
    assert found.interview and found.role == "Product Analyst"


@pytest.mark.parametrize("domain, signature, company", [
    ("marchettilex.example", "Studio Legale Marchetti & Associati", "Marchetti & Associati"),
    ("kb-law.example", "Krüger Brandt Rechtsanwälte PartG mbB", "Krüger Brandt"),
    ("savane-mc.example", "Savane Microcrédit", "Savane Microcrédit"),
    ("mvua.example", "Mvua Analytics", "Mvua Analytics"),
])
def test_a_company_written_in_full_in_a_signature_beside_a_shorter_domain(domain, signature, company):
    sender = person(f"a.ndiaye@{domain}", "Aminata Ndiaye")
    found = detect(event("Interview – Junior Analyst",
                         f"Thank you for your application.\n\nKind regards\nAminata Ndiaye\n{signature}",
                         organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == company
