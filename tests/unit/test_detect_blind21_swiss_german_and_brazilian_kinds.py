"""Kinds of evidence and field extraction learnt after an independent labelled set (blind21) was scored, from a Swiss
communications specialist's calendar and a Brazilian agronomist's: German titles compounded with the one who speaks
for or answers for a field, in both genders; Portuguese feminine titles; the kind of organisation written before its
name; a domain of initials with its trade after a hyphen; a domain under a country's kind of registrant ("coop.br");
a name that never runs across a line's end; a recruiter who writes they stay away from the conversation in German;
thanks for applying as job wording; and a survey the user holds in the field, which is no job interview."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.domains import domain_label
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("role", ["Pressesprecherin", "Unternehmenssprecher", "Qualitätsverantwortlicher",
                                  "Gleichstellungsbeauftragte", "Datenschutzbeauftragter"])
def test_a_german_title_compounded_with_who_speaks_or_answers_for_a_field_is_a_role(role):
    lead = person("petra.kunz@lindenhof-werke.de", "Petra Kunz")
    found = detect(event(f"Lindenhof Werke – Vorstellungsgespräch {role}",
                         f"Gerne laden wir Sie zum Gespräch für die Stelle als {role} (100%) ein.",
                         organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("role", ["Pressereferentin", "Marketingkoordinatorin", "Onlineredaktorin"])
def test_a_german_title_word_compounded_with_its_field_is_a_role(role):
    lead = person("petra.kunz@lindenhof-werke.de", "Petra Kunz")
    found = detect(event("Lindenhof Werke – Vorstellungsgespräch", f"Gerne laden wir Sie zum Gespräch für die Stelle "
                         f"als {role} ein.", organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role == role


def test_a_loudspeaker_is_no_role():
    lead = person("petra.kunz@lindenhof-werke.de", "Petra Kunz")
    found = detect(event("Lindenhof Werke – Vorstellungsgespräch", "Bitte den Lautsprecher im Raum testen.",
                         organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role is None


@pytest.mark.parametrize("text, role", [
    ("Entrevista com a gestora para a vaga de Agrônoma de Campo.", "Agrônoma de Campo"),
    ("Processo seletivo Supervisora de Vendas.\nEntrevista com a gestora da área.", "Supervisora de Vendas"),
])
def test_portuguese_feminine_titles_are_roles(text, role):
    lead = person("marta.souza@graosdosul.com.br", "Marta Souza")
    found = detect(event("Entrevista – Grãos do Sul", text, organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("kind", ["Verein", "Fundação", "Genossenschaft"])
def test_the_kind_of_organisation_a_text_writes_before_the_name_the_title_gives_is_part_of_it(kind):
    lead = person("ines.walder@morgenrot.org", "Ines Walder")
    found = detect(event("Morgenrot | Vorstellungsgespräch", f"Wir freuen uns auf das Gespräch.\n\nInes Walder, "
                         f"Geschäftsführerin, {kind} Morgenrot", organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.company == f"{kind} Morgenrot"


def test_a_cooperative_under_a_countrys_kind_of_registrant_is_named_as_the_text_writes_it():
    panel = person("joana.lima@serraazul.coop.br", "Joana Lima")
    found = detect(event("Serra Azul – entrevista", "Convidamos você para a entrevista referente à vaga da Cooperativa "
                         "Serra Azul.\n\nBaixar o Teams | Ingressar na Web\nSaiba mais | Opções de reunião",
                         organizer=panel, attendees=(panel,), minutes=60), [ME])
    assert found.interview and found.company == "Cooperativa Serra Azul"


@pytest.mark.parametrize("domain, label", [("serraazul.coop.br", "serraazul"), ("fazenda.ind.br", "fazenda"),
                                           ("careers.coop.ch", "coop"), ("coop.ch", "coop")])
def test_a_countrys_kind_of_registrant_is_no_organisations_name(domain, label):
    assert domain_label(domain) == label


def test_a_name_after_a_marker_ends_at_the_line():
    someone = person("rui.alves@gmail.com", "Rui Alves")
    found = detect(event("Entrevista – Analista de Dados", "Entrevista para a vaga de Analista de Dados.\n\n"
                         "Ingressar na Web\nSaiba mais", organizer=someone, attendees=(someone,), minutes=60), [ME])
    assert found.interview and found.company != "Web Saiba"


def test_initials_then_the_trade_after_a_hyphen_are_the_name_the_text_writes_in_full():
    lead = person("karin.moser@sgw-energie.ch", "Karin Moser")
    found = detect(event("SGW – Vorstellungsgespräch", "Wir laden Sie gerne zum Vorstellungsgespräch ein.\n\n"
                         "Freundliche Grüsse\nStadtwerke Grünwil AG (SGW), Personal",
                         organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.company == "Stadtwerke Grünwil"


def test_a_recruiter_who_writes_in_german_they_stay_away_from_the_conversation_is_not_met():
    recruiter = person("anna.keller@keller-search.ch", "Anna Keller")
    found = detect(event("Gespräch Helvetia Druck (via Keller Search)",
                         "Von: Anna Keller <anna.keller@keller-search.ch>\nCc: Urs Graf <urs.graf@helvetiadruck.ch>\n"
                         "Betreff: Leiter Produktion – Gesprächstermin\n\nGuten Tag\n\nMeine Mandantin, die Helvetia "
                         "Druck, möchte Sie gerne kennenlernen. Gesprächspartner ist Herr Urs Graf, Geschäftsführer "
                         "(in Kopie). Ich werde beim Termin nicht dabei sein.\n\nFreundliche Grüsse\nAnna Keller",
                         minutes=60), [ME])
    assert found.interview and [p.email for p in found.people] == ["urs.graf@helvetiadruck.ch"]
    assert recruiter.email not in [p.email for p in found.people]


def test_an_invitation_pasted_into_ones_own_entry_that_thanks_for_applying_is_an_interview():
    found = detect(event("Tidewell – Customer Success Lead (Zoom)",
                         "Hi Casey,\n\nThanks for applying to Tidewell! I'm Dana Ruiz, VP Customer (dana@tidewell.io)."
                         "\n\nJoin Zoom Meeting\nhttps://tidewell.zoom.us/j/9261735008", minutes=45, me_too=False,
                         conference_url="https://tidewell.zoom.us/j/9261735008"),
                   [ME])
    assert found.interview and found.company == "Tidewell"


@pytest.mark.parametrize("title, text", [
    ("Entrevistas com agricultores – safra 2026", "Levar tablet carregado."),
    ("Entrevistas – Assentamento Rio Claro", "Aplicar o questionário de diagnóstico com 5 famílias."),
    ("Entrevistas – Assentamento Rio Claro", "Cinco famílias. Levar o termo de consentimento."),
])
def test_a_survey_the_user_holds_in_the_field_is_no_job_interview(title, text):
    assert not detect(event(title, text, minutes=240, me_too=False), [ME]).interview
