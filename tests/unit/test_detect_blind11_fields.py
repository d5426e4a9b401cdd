"""Kinds of field extraction learnt after an independent labelled set (blind11) was scored: a Japanese company
whose title writes it without the legal form its signature carries; the sender of a forwarded message who writes
they will not be there; titles a role names in other words (a liaison, a field after "en", a region in brackets);
and titles that are someone else's (a signature's, an interviewer's, a recruiting team's), never the role, so that
a later round takes the process's role."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, event, person

HR = person("jinji@hoshikawa-denki.example", "ホシカワ電機 人事部")
LEAD = person("kato.m@hoshikawa-denki.example", "加藤 真")


@pytest.mark.parametrize("title, signature, company", [
    ("【二次面接】ホシカワ電機 / 田中様", "ホシカワ電機株式会社 人事部", "ホシカワ電機"),
    ("オンライン面談（ホシカワ電機）", "株式会社ホシカワ電機 人事部", "ホシカワ電機"),
    ("最終面接：ホシカワ電機", "合同会社ホシカワ電機 人事部", "ホシカワ電機"),
    # the title writing the legal form, or not naming the company, keeps the registered name
    ("【二次面接】株式会社ホシカワ電機 / 田中様", "株式会社ホシカワ電機 人事部", "株式会社ホシカワ電機"),
    ("【二次面接】田中様", "株式会社ホシカワ電機 人事部", "株式会社ホシカワ電機"),
])
def test_a_japanese_title_writing_the_company_without_its_legal_form_gives_its_everyday_name(title, signature,
                                                                                              company):
    description = f"田中 様\n\n二次面接のご案内です。\n面接官：加藤\n\n{signature}"
    found = detect(event(title, description, organizer=HR, attendees=(LEAD,)), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("title, description", [
    ("Fwd: Interview – Data Engineer – Nordwerk",
     "---------- Forwarded message ---------\nFrom: Lena Vogt <lena.vogt@brightside-talent.example>\n"
     "Subject: Interview – Data Engineer – Nordwerk\nTo: Casey Nguyen <casey.nguyen@proton.me>\n"
     "Cc: Ole Berg <o.berg@nordwerk.example>, Karla Sommer <k.sommer@nordwerk.example>\n\n"
     "Hi Casey, Ole Berg and Karla Sommer from Nordwerk will interview you on Monday at 10:00. "
     "I won't be joining – call me afterwards.\n\nLena"),
    ("WG: Vorstellungsgespräch Nordwerk",
     "-------- Weitergeleitete Nachricht --------\nVon: Lena Vogt <lena.vogt@brightside-talent.example>\n"
     "An: Casey Nguyen <casey.nguyen@proton.me>\n"
     "Cc: Ole Berg <o.berg@nordwerk.example>, Karla Sommer <k.sommer@nordwerk.example>\n\n"
     "Hallo Casey, Ihr Interview mit Ole Berg und Karla Sommer ist am Montag um 10:00. "
     "Ich selbst bin nicht dabei, rufen Sie mich danach an.\n\nLena"),
    ("FW: 【ノルトヴェルク】二次面接のご案内",
     "-------- Forwarded Message --------\n差出人：フォークト レナ <lena.vogt@brightside-talent.example>\n"
     "宛先：Casey Nguyen <casey.nguyen@proton.me>\n"
     "CC：ベルク オーレ <o.berg@nordwerk.example>, ゾンマー カルラ <k.sommer@nordwerk.example>\n\n"
     "二次面接が確定しました。\n面接官：ベルク様、ゾンマー様\n\n私は参加いたしませんが、終了後にご連絡ください。"),
])
def test_the_sender_of_a_forwarded_message_who_stays_away_is_not_met(title, description):
    found = detect(event(title, description), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"o.berg@nordwerk.example", "k.sommer@nordwerk.example"}


def test_the_sender_of_a_forwarded_message_who_comes_along_is_met():
    description = ("---------- Forwarded message ---------\nFrom: Lena Vogt <lena.vogt@brightside-talent.example>\n"
                   "Cc: Ole Berg <o.berg@nordwerk.example>\n\nHi Casey, your interview with Ole Berg and me is on "
                   "Monday at 10:00.\n\nLena")
    found = detect(event("Fwd: Interview – Nordwerk", description), [ME])
    assert "lena.vogt@brightside-talent.example" in {p.email for p in found.people}


@pytest.mark.parametrize("title, description, role", [
    ("Interview – Harrowgate Council", "Thank you for applying for the Community Liaison role.", "Community Liaison"),
    ("Video call – Harrowgate Council", "Dear Casey, we would like to meet you about the Family Liaison Officer "
     "position.", "Family Liaison Officer"),
])
def test_a_liaison_heads_a_job_title(title, description, role):
    hr = person("jobs@harrowgate.example", "Harrowgate Council Jobs")
    found = detect(event(title, description, organizer=hr, attendees=(LEAD,)), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("description", [
    "Thanks for your interest in the Field Service Engineer, Wind (Baltic) role at Nordwerk!",
    "Your interview for the Field Service Engineer, Wind (Baltic) position is confirmed.",
])
def test_a_team_and_a_bracketed_region_after_the_comma_stay_part_of_a_posted_title(description):
    hr = person("jobs@nordwerk.example", "Nordwerk Recruiting")
    found = detect(event("Phone Screen: Casey Nguyen / Nordwerk", description, organizer=hr, attendees=(LEAD,)),
                   [ME])
    assert found.interview and found.role and found.role.startswith("Field Service Engineer")


@pytest.mark.parametrize("description", [
    "Hi Casey,\n\nYour interview with Ole Berg is confirmed for Monday.\n\nJonas Meier\nTalent Acquisition "
    "Specialist, Nordwerk",
    "Hallo Casey,\n\nIhr Gespräch mit Ole Berg ist am Montag bestätigt.\n\nJonas Meier | HR-Koordinator",
    "Bonjour Casey,\n\nVotre entrevue avec Ole Berg est confirmée pour lundi.\n\nJonas Meier\n"
    "Coordonnateur, acquisition de talents",
])
def test_the_title_under_a_senders_name_is_theirs_not_the_role(description):
    hr = person("jobs@nordwerk.example", "Nordwerk Recruiting")
    lead = person("o.berg@nordwerk.example", "Ole Berg")
    found = detect(event("Interview – Nordwerk", description, organizer=hr, attendees=(lead,)), [ME])
    assert found.interview and found.role is None


@pytest.mark.parametrize("description", [
    "Casey\nGoogle Meet\nhttps://meet.google.com/abc-defg-hij\nData Analyst - hiring manager round",
    "Notes\nPhone Screen\nData Analyst role, ask about the team",
])
def test_a_service_or_a_stage_on_a_line_of_its_own_opens_no_signature(description):
    lead = person("o.berg@nordwerk.example", "Ole Berg")
    found = detect(event("Interview – Nordwerk", description, organizer=lead, attendees=(lead,)), [ME])
    assert found.role == "Data Analyst"


def test_a_role_on_its_own_line_of_the_users_notes_is_still_read():
    found = detect(event("Interview – Nordwerk", "Data Analyst\nmeet Ole at reception",
                         organizer=person("o.berg@nordwerk.example", "Ole Berg")), [ME])
    assert found.role == "Data Analyst"


@pytest.mark.parametrize("title, description, role", [
    ("Entrevue – Nordwerk", "Voici la confirmation de ton entrevue pour le poste de Conseillère en orientation "
     "avec Ole Berg.", "Conseillère en orientation"),
    ("Entrevista – Nordwerk", "Te confirmamos la entrevista para el puesto de Técnico en mantenimiento con Ole Berg.",
     "Técnico en mantenimiento"),
    # a place after "en" is capitalised, and "en télétravail" says how the work is done: neither is the title
    ("Entrevista – Nordwerk", "Te confirmamos la entrevista para el puesto de Técnico en Valencia con Ole Berg.",
     "Técnico"),
    ("Entrevue – Nordwerk", "Ton entrevue pour le poste de Rédacteur en télétravail avec Ole Berg.", "Rédacteur"),
    # Dutch "en" is "and": what follows is no field
    ("Sollicitatiegesprek – Nordwerk", "Je gesprek voor de functie van Data Analyst en daarna een rondleiding.",
     "Data Analyst"),
])
def test_a_french_or_spanish_title_names_its_field_after_en(title, description, role):
    hr = person("jobs@nordwerk.example", "Nordwerk Recrutement")
    found = detect(event(title, description, organizer=hr, attendees=(person("o.berg@nordwerk.example", "Ole Berg"),)),
                   [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("description", [
    "田中 健 様\n\n二次面接のご案内です。\n面接官：佐々木様（EV開発部 部長）、加藤様（主任）",
    "田中 健 様\n\n二次面接のご案内です。\n担当：品質保証チーム 加藤 真",
    "二次面接のご案内です。\n当日は加藤が対応いたします。\n\nホシカワ電機株式会社 採用担当",
    "Hi Casey,\n\nYour second interview is confirmed.\nInterviewers: Maria Lopez – Engineering Manager, Ole Berg\n",
])
def test_an_interviewers_title_or_a_recruiting_teams_name_is_not_the_role(description):
    found = detect(event("【二次面接】ホシカワ電機", description, organizer=HR, attendees=(LEAD,)), [ME])
    assert found.interview and found.role is None


def test_a_later_round_whose_invitation_names_only_the_interviewers_titles_takes_the_processs_role():
    first = event("【一次面接】ホシカワ電機", "田中 様\n\nホシカワ電機の「品質保証エンジニア」にご応募いただきありがとうございます。"
                  "\n面接官：加藤", organizer=HR, attendees=(LEAD,))
    final = event("【最終面接】ホシカワ電機", "田中 様\n\n最終面接のご案内です。\n面接官：取締役 佐々木 亮\n\n"
                  "ホシカワ電機株式会社 採用担当", organizer=HR, attendees=(person("sasaki@hoshikawa-denki.example"),))
    later = timedelta(days=14)
    final = replace(final, event_id="evt-2", start=final.start + later, end=final.end + later)
    verdicts = detect_calendar([first, final], [ME])
    assert [v.role for v in verdicts] == ["品質保証エンジニア", "品質保証エンジニア"]


@pytest.mark.parametrize("line, company", [
    ("求人：ホシカワ電機株式会社 品質保証エンジニア（正社員）", "ホシカワ電機株式会社"),
    ("募集職種：株式会社ホシカワ電機 品質保証エンジニア", "株式会社ホシカワ電機"),
    ("求人：ホシカワ電機合同会社 品質保証エンジニア", "ホシカワ電機合同会社"),
])
def test_a_registered_japanese_name_starts_after_a_labels_colon_and_its_legal_form_is_no_part_of_the_role(line,
                                                                                                          company):
    found = detect(event("一次面接のご案内", f"田中 健 様\n\n一次面接のご案内です。\n{line}\n面接官：加藤",
                         organizer=HR, attendees=(LEAD,)), [ME])
    assert found.interview and found.company == company and found.role == "品質保証エンジニア"


def test_a_role_written_after_the_registered_name_the_title_shortens_keeps_no_legal_form():
    found = detect(event("【一次面接】ホシカワ電機", "田中 健 様\n\n求人：ホシカワ電機株式会社 品質保証エンジニア\n面接官：加藤",
                         organizer=HR, attendees=(LEAD,)), [ME])
    assert found.company == "ホシカワ電機" and found.role == "品質保証エンジニア"


@pytest.mark.parametrize("title, location, domain, company", [
    ("Case interview – Keller Byrne Advisory (Deals Manager)", "Keller Byrne Advisory, 4th floor",
     "kellerbyrne.example", "Keller Byrne Advisory"),
    ("Competency interview – Programme Officer", "Ubuntu Water International, Westlands office",
     "ubuntuwater.example", "Ubuntu Water International"),
])
def test_an_advisory_or_an_international_organisation_is_named_in_full(title, location, domain, company):
    hr = person(f"recruiting@{domain}", "Recruiting")
    lead = person(f"a.okafor@{domain}", "Ada Okafor")
    found = detect(event(title, "Dear Casey, we look forward to meeting you.", organizer=hr, attendees=(lead,),
                         location=location), [ME])
    assert found.interview and found.company == company
