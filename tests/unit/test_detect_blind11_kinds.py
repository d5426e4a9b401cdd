"""Kinds of event detection learnt to read after an independent labelled set (blind11) was scored: a task the
candidate did, gone through with the team; a coffee or a lunch the user notes to hear how someone made a career
move (French, Japanese); the user's own block to prepare an interview (Japanese); the user's own note that they
sit on an interview panel (Turkish, Polish, Italian, Dutch)."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person, said

# -- a task the candidate did, gone through with the people of the organisation ---------------------------------


@pytest.mark.parametrize("title, description", [
    ("Corvid Labs – pricing task walkthrough (Revenue Analyst)",
     "Thanks for sending the pricing task back. Mei Tan and Oskar Berg will go through it with you."),
    ("Corvid Labs – next step (Revenue Analyst)",
     "Thanks for sending it back! In this hour you'll present your solution to Mei and Oskar, then questions."),
])
def test_a_task_the_candidate_did_gone_through_with_the_team_is_an_interview(title, description):
    talent = person("talent@corvidlabs.example", "Corvid Labs Talent")
    mei = person("mei.tan@corvidlabs.example", "Mei Tan")
    oskar = person("oskar.berg@corvidlabs.example", "Oskar Berg")
    found = detect(event(title, description, organizer=talent, attendees=(mei, oskar), minutes=60), [ME])
    assert found.interview and found.kind == "job" and found.stage == "take-home review"


def test_a_drills_exercise_walkthrough_with_another_organisation_is_not_an_interview():
    warden = person("facilities@harbourtower.example", "Harbour Tower Facilities")
    drill = event("Evacuation exercise walkthrough – floor 12", "Fire wardens: we'll walk the routes and the "
                  "assembly point together.", organizer=warden, attendees=(warden,), minutes=60)
    assert not detect(drill, [ME]).interview


# -- a coffee or a lunch the user notes, to hear how someone made a career move ----------------------------------


@pytest.mark.parametrize("title, description", [
    ("Café – Inès Roy (Pharmaplus)", "ines.roy@pharmaplus.example. Lui demander comment elle a fait, du labo "
     "d'hôpital vers le privé."),
    ("Café – Marc Giroux", "marc.giroux@biolab.example – son parcours : de l'officine au labo, en deux ans."),
    ("ランチ：山本さん（北浜ロボティクス）", "yamamoto.t@kitahama-robotics.example。転職して二年目、話を聞く。"),
])
def test_a_coffee_or_lunch_to_hear_about_a_career_move_is_an_informational_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=45), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("ランチ：高橋さん", "梅田の新しいお店。"),
    ("Café – Julie", "Lui rendre son livre."),
])
def test_a_coffee_or_lunch_with_no_career_in_it_is_not_an_interview(title, description):
    assert not detect(event(title, description, organizer=None, me_too=False, minutes=60), [ME]).interview


# -- the user's own block to prepare an interview (Japanese) ----------------------------------------------------


@pytest.mark.parametrize("title", ["二次面接 準備", "役員面接の予習（想定問答）"])
def test_the_users_own_block_to_prepare_an_interview_is_not_one(title):
    found = detect(event(title, "志望動機を見直す。", organizer=None, me_too=False, minutes=90), [ME])
    assert not found.interview and said(found, "preparation")


def test_an_invitation_asking_the_candidate_to_prepare_is_still_an_interview():
    hr = person("saiyo@kitahama-robotics.example", "北浜ロボティクス 採用担当")
    found = detect(event("一次面接のご案内", "当日はポートフォリオをご準備ください。", organizer=hr, attendees=(hr,)),
                   [ME])
    assert found.interview


# -- the user's own note that they sit on the interview panel ---------------------------------------------------


@pytest.mark.parametrize("title, description", [
    ("Mülakat günü – yazılım stajyerleri", "Her aday 30 dk. Bu sefer ben de panelde."),
    ("Rozmowy kwalifikacyjne – praktykanci", "Po 30 minut na osobę. Jestem w komisji z Anną."),
    ("Colloqui stagisti – ufficio acquisti", "Mezz'ora ciascuno; sono in commissione con Luca."),
    ("Sollicitatiegesprekken stagiairs", "Een half uur per gesprek; ik zit in het panel met Ruud."),
])
def test_the_users_own_note_that_they_sit_on_the_panel_is_no_interview_of_theirs(title, description):
    hr = person("hr@northquay-logistics.example", "Northquay HR")
    colleague = person("ruud.kok@northquay-logistics.example", "Ruud Kok")
    found = detect(event(title, description, organizer=hr, attendees=(colleague,), minutes=180), [ME])
    assert not found.interview and said(found, "hiring side")


# -- the user invited at their work address under their name, its letters not as their address writes them --------


@pytest.mark.parametrize("me, name, work", [
    ("isil.caglar@proton.me", "Işıl Çağlar", "isil.caglar@northquay-logistics.example"),
    ("lukasz.wrobel@gmail.com", "Łukasz Wróbel", "l.wrobel@northquay-logistics.example"),
])
def test_interviews_at_the_users_own_organisation_under_their_name_in_other_letters_are_the_hiring_side(me, name,
                                                                                                        work):
    hr = person("hr@northquay-logistics.example", "Northquay HR")
    colleague = person("ruud.kok@northquay-logistics.example", "Ruud Kok")
    panel = event("Interviews – warehouse trainees", "Twenty minutes each, forms from HR.", organizer=hr,
                  attendees=(person(work, name), colleague), me_too=False, minutes=180)
    found = detect(panel, [me])
    assert not found.interview and said(found, "hiring side")


# -- a recruiter's message, pasted by the user, about the candidate's meeting with a company (Turkish) -----------


def test_a_pasted_message_about_the_candidates_meeting_with_a_company_for_a_position_is_an_interview():
    forward = ("-----Özgün İleti-----\nKimden: Selin Acar <selin.acar@anadoluinsan.example>\nKime: deniz@proton.me\n"
               "Konu: Ege Gıda – randevu\n\nMerhaba,\nSatınalma Uzmanı pozisyonu için Ege Gıda'da Genel Müdür "
               "Murat Koç ile görüşmenizi 3 Kasım Salı 10:00'a ayarladım.\nSelin")
    found = detect(event("İLT: Ege Gıda – randevu", forward, organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "job"


# -- the user's own note of a recruiter's call about a job, in more languages and shapes -------------------------


@pytest.mark.parametrize("title, description", [
    # a call word, then a dash or a colon
    ("Phone: Tomás Reyes (Northgate Search) about the Controller role", "tomas@northgatesearch.example, he rings "
     "at noon. Client not named yet."),
    ("Telefon – Karolina Zielińska (Bałtyk Kadry) ws. Portu Gdynia",
     "karolina@baltykkadry.example. Stanowisko: Kierownik Zmiany, praca od stycznia."),
    ("通話：リクルートパートナーズ 田中さん（北浜ロボティクスの求人）",
     "tanaka@recruit-partners.example から。求人：北浜ロボティクス 制御エンジニア。"),
    # a call word right before a person and their company
    ("Appel Marc Dubé (Cadre Plus) – poste à Laval", "marc.dube@cadreplus.example. Poste : chef d'équipe "
     "logistique."),
    # the call they expect, in Turkish and French
    ("Mehmet Bey (Köprü Danışmanlık) arayacak – Ege Gıda", "mehmet@koprudanismanlik.example. Pozisyon: "
     "Satınalma Müdürü – Ege Gıda A.Ş."),
    ("Claire Roy (Talents Nord) m'appelle – Transports Brière", "claire@talentsnord.example. Poste : "
     "coordonnatrice des achats."),
])
def test_the_users_own_note_of_a_recruiters_call_about_a_job_is_an_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("Telefon – Mama", "Urodziny taty w sobotę."),
    ("Appel Julie Roy (Desjardins) – relevé de compte", "Vérifier les frais du mois."),
    ("電話：歯医者 山田さん（予約の件）", "来週の予約を変更。"),
    ("Phone: Sam (Brightwater Plumbing) re boiler", "sam@brightwaterplumbing.example – annual service."),
])
def test_the_users_own_note_of_an_ordinary_call_is_not_an_interview(title, description):
    assert not detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME]).interview
