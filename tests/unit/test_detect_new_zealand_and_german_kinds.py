"""New Zealand English and German kinds of calendar text: a recruiter's "first conversation" about a role, a
"round 2" title, a flat white about a career move, a German "Auswahltag" (selection day) and "2. Runde", a
"Rückruf" note of an agency's call about a job title whose employer is kept back, a pasted message whose
mailbox sender names the people met by courtesy title and family name ("Herr Brandt"). With them, the fields
such calendars showed wrong: a firm's name ending in "Homes" or "Infrastructure", a Māori name whose macron
vowel the domain leaves out, a domain's "-ops" tail, a dispatcher's or surveyor's title, the role after "für"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.call_notes import call_note
from providers.detection.company_names import abbreviates
from providers.detection.domains import label_forms, spelled_phrase
from tests.unit.test_detect import ME, event, person

RAWIRI = person("rawiri.tane@harbourline.example", "Rawiri Tane")
AROHA = person("aroha.ngata@harbourline.example", "Aroha Ngata")


@pytest.mark.parametrize("opening", ["This is a first conversation", "This is an initial conversation"])
def test_a_first_conversation_about_a_role_someone_applied_for_is_an_interview(opening):
    description = (f"Hi Casey, thanks for applying for the Land Surveyor role. {opening} with Rawiri Tane, "
                   "Operations Manager.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/1")
    found = detect(event("Harbourline – Casey Nguyen (Teams)", description, organizer=RAWIRI, attendees=(RAWIRI,)),
                   [ME])
    assert found.interview and found.kind == "job"
    assert found.role == "Land Surveyor"


@pytest.mark.parametrize("title", ["Harbourline Freight – round 2", "Harbourline Freight – round two"])
def test_a_round_two_title_with_the_organisations_people_is_a_second_round(title):
    found = detect(event(title, "Go through your route-planning exercise with Rawiri and Aroha. Level 2, 8 Quay St.",
                         organizer=RAWIRI, attendees=(RAWIRI, AROHA), minutes=75), [ME])
    assert found.interview and found.stage == "second round"


def test_a_second_round_of_a_quiz_with_a_friend_is_no_interview():
    friend = person("tama.pohe@gmail.com", "Tama Pohe")
    assert not detect(event("Quiz night – round 2", "Same table as last week.", organizer=friend,
                            attendees=(friend,), minutes=120), [ME]).interview


def test_a_flat_white_about_someones_career_move_is_an_informational_interview():
    found = detect(event("Flat white with Hemi", "Hemi Walker (hemi.walker@tuiwater.example) said he'd tell me how "
                         "he moved from site engineering into asset management.", me_too=False), [ME])
    assert found.interview and found.kind == "informational"


def test_a_flat_white_with_a_friend_is_no_interview():
    assert not detect(event("Flat white with Hemi", "Catch up before the match.", me_too=False), [ME]).interview


def test_a_domain_may_leave_out_a_maori_names_macron_vowel():
    assert spelled_phrase("Coffee with Tama – Kōrari", label_forms("krari.example")) == "Kōrari"
    assert spelled_phrase("Coffee with Tama – Korari", label_forms("krari.example")) is None  # no macron: spelled
    found = detect(event("Flat white w/ Tama – Kōrari", "Tama Hēnare (tama.henare@krari.example) will tell me how he "
                         "moved from audit to advisory and what Kōrari Partners look for.", me_too=False), [ME])
    assert found.interview and found.company == "Kōrari Partners"


def test_a_firm_named_for_the_homes_it_builds_keeps_the_word_the_domain_leaves_out():
    found = detect(event("Call with Ana (Kauri Homes)", "Ana Pohe, Talent Partner, ana.pohe@kauri.example - 20 min "
                         "phone screen for the Site Manager job. She'll call my mobile.", me_too=False), [ME])
    assert found.interview and found.company == "Kauri Homes"


def test_an_infrastructure_firm_keeps_the_word_its_mailbox_name_leaves_out():
    mailbox = person("recruitment@rminfra.example", "Rimu Recruitment")
    panel = (person("jo.reti@rminfra.example", "Jo Reti"), person("sam.kerr@rminfra.example", "Sam Kerr"))
    found = detect(event("Panel – Programme Controls Lead", "Thank you for your application for Programme Controls "
                         "Lead. Your panel will be Jo Reti and Sam Kerr.", organizer=mailbox, attendees=panel,
                         location="Rimu Infrastructure, 5 Lambton Quay, Level 4", minutes=60), [ME])
    assert found.interview and found.company == "Rimu Infrastructure"


def test_a_german_selection_day_is_an_assessment_day_for_the_role_after_fuer():
    head = person("j.krause@nordlicht-rettung.example", "Jonas Krause")
    hr = person("m.yilmaz@nordlicht-rettung.example", "Meral Yilmaz")
    found = detect(event("Auswahltag Nordlicht Rettung", "Auswahltag für Leitstellendisponent: vormittags Fallübung, "
                         "nachmittags Gespräch mit Jonas Krause (Leiter Leitstelle) und Meral Yilmaz (HR).",
                         organizer=head, attendees=(head, hr), minutes=360), [ME])
    assert found.interview and found.stage == "assessment day"
    assert found.role == "Leitstellendisponent"


@pytest.mark.parametrize("title", ["Windhafen Logistik – 2. Runde", "Windhafen Logistik – zweite Runde vor Ort"])
def test_a_german_second_round_with_a_domains_ops_tail_names_the_company_in_full(title):
    lead = person("t.berger@wl-ops.example", "Tanja Berger")
    found = detect(event(title, "Besprechung der Fallstudie, danach Rundgang durch die Leitstelle.",
                         organizer=lead, attendees=(lead,), minutes=90), [ME])
    assert found.interview and found.stage == "second round"
    assert found.company == "Windhafen Logistik"


def test_a_domains_ops_tail_is_no_part_of_the_name_it_shortens():
    assert abbreviates("wl-ops.example", "Windhafen Logistik", loose=True)


def test_a_dispatcher_after_als_is_the_role():
    lead = person("k.vogt@nordwind.example", "Kira Vogt")
    found = detect(event("Nordwind Air – Kennenlernen", "Vielen Dank für Ihre Bewerbung als Crew Dispatcher "
                         "(m/w/d). Wir möchten Sie gern kennenlernen.", organizer=lead, attendees=(lead,)), [ME])
    assert found.interview and found.role == "Crew Dispatcher"


def test_a_german_call_back_note_is_a_note_of_a_call():
    call = call_note("Rückruf Jonas (Talentwerk)")
    assert call is not None and call.group("person") == "Jonas" and call.group("company") == "Talentwerk"


def test_a_recruiters_call_back_about_a_title_at_an_unnamed_firm_is_the_agencys_call():
    found = detect(event("Rückruf Jonas (Talentwerk)", "Jonas Reiter, jonas.reiter@talentwerk-personal.example, "
                         "030 555 12 34 – ruft zurück wegen Lagerleiter bei einem Logistiker in Bremen (Name noch "
                         "vertraulich). Gehaltsvorstellung und Eintrittstermin klären.", minutes=30, me_too=False),
                   [ME])
    assert found.interview and found.company == "Talentwerk" and found.role == "Lagerleiter"


@pytest.mark.parametrize("header, body", [
    ("-----Ursprüngliche Nachricht-----\nVon: Bewerbungsteam <bewerbung@moorwerft.example>\nGesendet: Dienstag, "
     "3. März 2026 10:05\nAn: casey.nguyen@proton.me\nCc: Lars Brandt <lars.brandt@moorwerft.example>; Derya Özdemir "
     "<derya.oezdemir@moorwerft.example>\nBetreff: Ihre Bewerbung als Werftplanerin",
     "Sehr geehrte Frau Nguyen,\n\nwir laden Sie zu einem persönlichen Gespräch ein. Gesprächspartner sind Herr "
     "Brandt (Leiter Planung) und Frau Özdemir (Personal), beide in Kopie.\n\nMit freundlichen Grüßen"),
    ("---------- Forwarded message ---------\nFrom: Careers <careers@moorwerft.example>\nDate: Tue, 3 Mar 2026\n"
     "To: casey.nguyen@proton.me\nCc: Lars Brandt <lars.brandt@moorwerft.example>, Derya Özdemir "
     "<derya.oezdemir@moorwerft.example>\nSubject: Your application",
     "Dear Casey,\n\nthank you for your application. You will meet Mr Brandt and Ms Özdemir.\n\nKind regards"),
])
def test_people_a_mailboxs_pasted_message_copies_and_names_by_title_and_family_name_are_met(header, body):
    found = detect(event("Vorstellungsgespräch Moorwerft", f"{header}\n\n{body}", minutes=60, me_too=False), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"lars.brandt@moorwerft.example", "derya.oezdemir@moorwerft.example"}
