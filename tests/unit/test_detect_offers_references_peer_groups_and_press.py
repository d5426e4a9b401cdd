"""Interview detection on kinds of events the labelled calendars showed it getting wrong: offers,
reference checks, peer groups and press interviews are not interviews, whatever words they share
with one."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, company_event, event, person, said

OFFER = "offer or compensation"
MEET = "https://meet.example.org/abc-defg-hij"


@pytest.mark.parametrize("title", [
    "Offer call – Fabrikam",
    "Fabrikam: verbal offer for Casey",
    "Compensation discussion (Fabrikam)",
    "Vertragsangebot – Fabrikam",
    "Gehaltsverhandlung Fabrikam",
    "Proposition d'embauche – Fabrikam",
    "Offre Fabrikam : échange avec Claire",
    "Propuesta económica – Fabrikam",
    "Oferta Fabrikam – condiciones",
    "Proposta Fabrikam – Analista de Dados",
    "Offerta Fabrikam – RAL e benefit",
    "Aanbod bespreken – Fabrikam",
    "Arbeidsvoorwaardengesprek Fabrikam",
    "オファー面談（Fabrikam）",
    "条件面談 – Fabrikam",
])
def test_an_offer_or_compensation_conversation_is_not_an_interview(title):
    found = detect(company_event(title, "We are excited to talk about the Data Analyst role with you."), [ME])
    assert not found.interview
    assert OFFER in found.reasons[0]


@pytest.mark.parametrize("description", [
    "Lena and I would like to walk you through the offer for the Data Analyst role and the start date.",
    "Wir möchten Ihnen gern das Vertragsangebot für die Stelle als Data Analyst vorstellen.",
    "Nous serions ravis de vous présenter notre proposition pour le poste d'analyste.",
    "Nos gustaría presentarte nuestra propuesta para el puesto de Analista de Datos.",
    "Gostaríamos de apresentar a nossa proposta para a vaga de Analista de Dados.",
    "Vorremmo presentarti la nostra proposta per il ruolo di Data Analyst.",
    "We willen graag ons aanbod bespreken voor de functie van Data Analist.",
])
def test_a_description_that_presents_an_offer_rules_the_meeting_out(description):
    found = detect(company_event("Catch-up – Fabrikam", description), [ME])
    assert not found.interview and OFFER in found.reasons[0]


@pytest.mark.parametrize("title", [
    "Entretien – offre d'emploi Analyste de données",
    "Proposition d'entretien – Fabrikam",
    "Entrevista – oferta de empleo Analista",
    "Colloquio – offerta di lavoro Analista",
])
def test_job_postings_and_proposed_interviews_are_not_offers(title):
    assert detect(company_event(title), [ME]).interview


def test_what_a_company_offers_in_an_interview_description_does_not_exclude_it():
    found = detect(company_event("Interview – Fabrikam", "We offer flexible hours; this is your first interview."),
                   [ME])
    assert found.interview


@pytest.mark.parametrize("title, description", [
    ("Reference check: Marcus Lee", "Marcus interviewed with us for the Data Analyst role."),
    ("Reference call – Priya Raman (Fabrikam)", "Priya is a finalist after four interviews."),
    ("Call with Lena", "Thank you for being a reference for Priya Raman, a finalist for our Data Analyst role."),
    ("Referenzgespräch zu Anna Berg", "Anna hatte bei uns zwei Vorstellungsgespräche als Data Analyst."),
    ("Prise de références – Julien Morel", "Julien a passé son entretien d'embauche pour le poste d'analyste."),
    ("Verificación de referencias – Lucía Gómez", "Lucía hizo la entrevista final para el puesto de Analista."),
    ("Llamada", "Gracias por aceptar hablar como referencia para Lucía, candidata al puesto de Analista."),
    ("リファレンスチェック（山田様）", "山田様の最終面接が終わりました。"),
])
def test_a_reference_check_is_not_the_users_interview(title, description):
    found = detect(company_event(title, description, conference_url=MEET), [ME])
    assert not found.interview


def test_a_reference_check_says_so():
    found = detect(company_event("Reference check: Marcus Lee", "Marcus applied for our Analyst role."), [ME])
    assert "reference check" in found.reasons[0]


@pytest.mark.parametrize("title, description", [
    ("Job club", "Bring one interview story and one application you sent."),
    ("Job seekers circle", "How did your interviews go this week?"),
    ("Weekly accountability call", "Applications sent, interviews booked."),
    ("Bewerbertreff", "Wir sprechen über Vorstellungsgespräche und Bewerbungen."),
    ("Club de recherche d'emploi", "Mon entretien d'embauche de mardi, et vos candidatures."),
    ("Grupo de apoyo – búsqueda de empleo", "Entrevistas de trabajo y candidaturas de la semana."),
    ("Sollicitatiegroep", "Hoe gingen je sollicitatiegesprekken? Welke vacatures?"),
])
def test_a_peer_or_support_group_is_not_an_interview(title, description):
    friend = person("sam.okafor@gmail.com", "Sam Okafor")
    found = detect(event(title, description, organizer=friend, attendees=(friend,), conference_url=MEET), [ME])
    assert not found.interview


def test_a_recurring_series_needs_a_hiring_organisation():
    friends = (person("sam.okafor@gmail.com", "Sam Okafor"), person("lin.he@outlook.com", "Lin He"))
    series = event("Tuesday check-in", "Which interviews are coming up? Which applications went out?",
                   organizer=friends[0], attendees=friends, recurring=True, conference_url=MEET)
    found = detect(series, [ME])
    assert not found.interview and said(found, "recurring series")
    assert detect(company_event("Interview – Fabrikam", recurring=True), [ME]).interview


@pytest.mark.parametrize("title", [
    "Interview für das Magazin „Datenwelt“",
    "Interview pour le magazine Data Hebdo",
    "Interview pour la radio – Sonia Petit",
    "Portrait interview – City Weekly",
    "Entrevista para la revista Tecnología Hoy",
    "Entrevista para o jornal Folha Técnica",
    "Interview voor de krant",
    "雑誌インタビュー（データ特集）",
])
def test_press_interviews_of_the_user_in_seven_languages(title):
    journalist = person("ines.roux@datahebdo.fr", "Inès Roux")
    found = detect(event(title, "An hour for our June issue.", organizer=journalist, attendees=(journalist,)), [ME])
    assert not found.interview and "press" in found.reasons[0]


def test_italian_intervista_is_press_wording_not_a_job_interview():
    journalist = person("ines.roux@datioggi.it", "Inès Roux")
    found = detect(event("Intervista per la rivista Dati Oggi", "Un'ora per il numero di giugno.",
                         organizer=journalist, attendees=(journalist,)), [ME])
    assert not found.interview


def test_a_journalists_description_rules_out_a_plain_interview_title():
    found = detect(company_event("Interview", "We'll send the quotes for review before we publish for our readers."),
                   [ME])
    assert not found.interview and "press" in found.reasons[0]


def test_a_job_interview_at_a_magazine_is_still_an_interview():
    editor = person("rosa.lind@cityweekly.com", "Rosa Lind")
    found = detect(event("Interview – City Weekly Magazine (Staff Writer)", organizer=editor, attendees=(editor,)),
                   [ME])
    assert found.interview and found.role == "Staff Writer"
