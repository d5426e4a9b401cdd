"""Invitations in Swedish, Norwegian (bokmål and nynorsk) and Danish, Japanese casual interviews and
面談 stages, and trial days and shifts, which last a working day where an interview lasts an hour."""
from __future__ import annotations

import tomllib

import pytest

from providers.detect import detect
from providers.detection.lexicon import VOCABULARY_DIR
from tests.unit.test_detect import CASEY, ME, event, person, said

KARIN = person("karin.lund@nordel-installation.example", "Karin Lund")
OLA = person("ola.haugen@voltmontasje.example", "Ola Haugen")
METTE = person("mette.holm@kbh-el.example", "Mette Holm")


@pytest.mark.parametrize("language", ["sv", "nb", "da"])
def test_each_nordic_file_has_every_list_the_english_file_has(language):
    english = tomllib.loads((VOCABULARY_DIR / "en.toml").read_text(encoding="utf-8"))
    nordic = tomllib.loads((VOCABULARY_DIR / f"{language}.toml").read_text(encoding="utf-8"))
    fixed = {"interview", "informational", "job", "application", "agency", "people", "mode", "cancelled",
             "hiring_side", "press", "letter", "plain", "meeting", "referrer"}  # lists by fixed names
    for section in fixed:
        assert set(english[section]) <= set(nordic[section]), section
    assert {"review", "official", "mock", "offer", "press", "deadline"} <= set(nordic["not_interview_in_title"])


def test_a_swedish_invitation_to_an_interview_is_one_and_names_the_role():
    found = detect(event(
        "Anställningsintervju – Nordel Installation AB",
        "Hej!\n\nTack för din ansökan. Välkommen på intervju för tjänsten som elektriker.\n\n"
        "Med vänliga hälsningar\nKarin Lund",
        organizer=KARIN, attendees=(KARIN,)), [ME])
    assert found.interview and found.kind == "job"
    assert found.role == "Elektriker"
    assert said(found, "interview wording in the title")


def test_a_swedish_job_interview_the_user_wrote_down_names_the_company_after_hos():
    found = detect(event("Jobbintervju hos Bravida", minutes=60), [ME])
    assert found.interview and found.company == "Bravida"


@pytest.mark.parametrize("title, stage", [
    ("Førstegangsintervju – elektromontør", "first round"),
    ("Andregongsintervju – elektromontør", "second round"),  # nynorsk
    ("Fagintervju – elektromontør", "technical"),
    ("Telefonintervju – elektromontør", "phone screen"),
])
def test_norwegian_interview_stages_are_read(title, stage):
    found = detect(event(title, "Takk for søknaden din på stillingen som elektromontør.",
                         organizer=OLA, attendees=(OLA,)), [ME])
    assert found.interview and found.stage == stage
    assert found.role == "Elektromontør"


def test_a_danish_job_interview_is_one():
    found = detect(event("Jobsamtale hos KBH El", "Tak for din ansøgning til stillingen som elektriker. "
                         "Vi vil gerne invitere dig til en samtale.", organizer=METTE, attendees=(METTE,)), [ME])
    assert found.interview and found.kind == "job"
    assert found.role == "Elektriker"


@pytest.mark.parametrize("title, description, reason", [
    ("Medarbetarsamtal med Karin", "Vi går igenom året och dina mål.", "employee review"),
    ("Utviklingssamtale", "Årlig samtale med nærmeste leder.", "employee review"),
    ("Exitinterview – Novo", "Samtale med HR om din fratrædelse.", "employee review"),
    ("Visuminterview kl. 9", "Medbring pas og bekræftelse.", "official"),
    ("Intervju hos UDI om oppholdstillatelse", "Ta med pass og arbeidskontrakt.", "official"),
    ("Övningsintervju med jobbcoachen", "Vi övar på vanliga frågor.", "mock"),
    ("Intervju med lokaltidningen", "Om att flytta till Norge som elektriker.", "press"),
    ("Högskoleprovet – provpass 3", "Ta med legitimation.", "official"),
])
def test_nordic_events_that_are_not_the_users_job_interview_say_what_they_are(title, description, reason):
    colleague = person("hr@nordel-installation.example", "HR")
    found = detect(event(title, description, organizer=colleague, attendees=(colleague,), minutes=30), [ME])
    assert not found.interview
    assert said(found, reason)


@pytest.mark.parametrize("title, description", [
    ("Intervju med sökande till lärlingsplatsen – Jonas Berg", "Sökandes cv bifogat. Frågor till kandidaten nedan."),
    ("Interview med ansøger: Jonas Berg", "Ansøgerens cv er vedhæftet."),
    ("Intervju – kandidat 2 (servitør)", "Vurderingsskjema ligger i mappen."),
])
def test_the_user_interviewing_a_candidate_in_a_nordic_language_is_on_the_hiring_side(title, description):
    jonas = person("jonas.berg@gmail.com", "Jonas Berg")
    found = detect(event(title, description, organizer=CASEY, attendees=(jonas,)), [ME])
    assert not found.interview
    assert said(found, "hiring side")


@pytest.mark.parametrize("title, stage", [
    ("一次面談（ソラノテック）", "first round"),
    ("最終面談 ソラノテック", "final"),
    ("カジュアルミーティング（ソラノテック）", "casual"),
    ("リクルーター面談 ソラノテック", "recruiter screen"),
])
def test_japanese_mendan_stages_are_interviews_and_name_their_stage(title, stage):
    found = detect(event(title, minutes=30), [ME])
    assert found.interview and found.stage == stage


@pytest.mark.parametrize("title, reason", [
    ("キャリア面談（担当アドバイザー）", "career-coach"),
    ("書類選考結果 連絡予定", "deadline"),
    ("内々定のご連絡", "offer"),
    ("模擬面談（大学）", "mock"),
])
def test_japanese_events_about_a_job_search_that_are_no_interview(title, reason):
    found = detect(event(title, minutes=30), [ME])
    assert not found.interview and said(found, reason)


@pytest.mark.parametrize("title, hours", [
    ("Probearbeiten – Hotel Adler", 10),
    ("Giornata di prova – Trattoria Sole", 9),
    ("Journée d'essai – Le Bistrot", 9),
    ("Trial shift – The Anchor", 12),
    ("Provjobb på Restaurang Sjöbris", 8.5),
    ("Prøvevakt – Elkjøp Lillestrøm", 9),
    ("体験入社（ソラノテック）", 9),
])
def test_a_trial_day_or_shift_lasts_a_working_day_and_is_an_interview(title, hours):
    found = detect(event(title, minutes=int(hours * 60)), [ME])
    assert found.interview and found.stage == "trial day"
    assert not said(found, "longer than a working day")


def test_a_trial_shift_booked_over_several_days_is_still_longer_than_a_working_day():
    found = detect(event("Probearbeiten – Hotel Adler", minutes=3 * 24 * 60), [ME])
    assert said(found, "longer than a working day")


def test_a_meeting_of_a_working_day_is_still_longer_than_an_interview():
    found = detect(event("Interview workshop day", minutes=9 * 60), [ME])
    assert not said(found, "9 minutes") and not said(found, "540 minutes")


@pytest.mark.parametrize("title", ["Probation review with Dana", "Probezeitgespräch", "Prøvetidssamtale"])
def test_a_probation_review_is_an_employee_review_not_an_interview(title):
    dana = person("dana@contoso.example", "Dana Whitfield")
    found = detect(event(title, "How the first months went.", organizer=dana, attendees=(dana, CASEY)), [ME])
    assert not found.interview and said(found, "employee review")


def test_a_swedish_recruiting_mailbox_organizes_interviews():
    mailbox = person("rekrytering@nordel-installation.example", "Nordel Rekrytering")
    found = detect(event("Samtal om tjänsten som elektriker", "Vi ses på kontoret.", organizer=mailbox,
                         attendees=(mailbox,)), [ME])
    assert found.interview and said(found, "recruiting mailbox")


def test_a_nordic_staffing_agencys_domain_is_an_agency_not_the_employer():
    from providers.detection.systems import agency_kind, names_an_agency

    assert agency_kind("academicwork.se") == "known"
    assert agency_kind("nordic-bemanning.no") == "likely"
    assert names_an_agency("Fjord Rekrutteringsbyrå")


def test_a_title_naming_the_applicant_in_swedish_is_the_hiring_side():
    sara = person("sara.ek@casey-bygg.example", "Sara Ek")
    found = detect(event("Intervju – Sökande: Jonas Berg", organizer=sara, attendees=(sara,)), [ME])
    assert not found.interview and said(found, "the title names the candidate")


def test_a_norwegian_municipality_is_named_with_kommune_and_a_compound_role_is_read():
    hilde = person("hilde.dahl@fjordvik.kommune.no", "Dahl, Hilde")
    found = detect(event("Intervju – Driftselektriker",
                         "Vi viser til søknaden din på stillingen som driftselektriker i Fjordvik kommune.\n\n"
                         "Med vennlig hilsen\nHilde Dahl\nFjordvik kommune", organizer=hilde, attendees=(hilde,)), [ME])
    assert found.interview
    assert found.company == "Fjordvik kommune"
    assert found.role == "Driftselektriker"


def test_a_swedish_booking_pages_service_label_is_no_role():
    team = person("rekrytering@nordel-installation.example", "Nordel Rekrytering")
    found = detect(event("Intervju 30 min", "Tack för din bokning hos Nordel Rekrytering!\nTjänst: Intervju 30 min\nPersonal: Sara Holm",
                         organizer=team, attendees=(team,), minutes=30), [ME])
    assert found.interview and found.role is None
