"""Latvian (``lv.toml``): an employer's invitation to a "darba intervija", a public body's talks with its competition
commission, a phone interview, a recruiter's call about a post for a client kept back and a coffee to ask about a
career are interviews; the yearly appraisal talks ("novērtēšanas pārrunas"), a paper's interview, a study the user
answers and the user's own interviews of candidates are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("personals@kurzemes-mezi.example", "Personāla daļa")


def test_an_employers_invitation_is_an_interview_with_the_people_met():
    manager = person("andris.liepa@kurzemes-mezi.example", "Andris Liepa")
    found = detect(event("Darba intervija – Kurzemes Meži (grāmatvede)",
                         "Labdien, Marta!\nAicinām Jūs uz darba interviju otrdien plkst. 10:00. Tiksieties ar finanšu "
                         "direktoru Andri Liepu.\nAr cieņu,\nPersonāla daļa", organizer=HR, attendees=(HR, manager),
                         minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert "andris.liepa@kurzemes-mezi.example" in {p.email for p in found.people}


def test_a_public_bodys_talks_with_its_competition_commission_are_an_interview():
    member = person("ieva.ozola@vid-pilseta.example", "Ieva Ozola")
    found = detect(event("Pārrunas ar konkursa komisiju",
                         "Konkurss uz vecākā referenta amatu. Aicinām uz pārrunām 12. martā, 3. stāvā.",
                         organizer=member, attendees=(member,), minutes=45), [ME])
    assert found.interview and found.kind == "job"


def test_a_phone_interview_names_its_stage():
    recruiter = person("liga@darbs-pie-mums.example", "Līga Bērza")
    found = detect(event("Telefonintervija – loģistikas speciālists", "Līga piezvanīs Jums uz norādīto numuru.",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.stage == "phone screen"


def test_the_users_note_of_a_recruiters_call_for_a_client_kept_back_is_an_interview():
    found = detect(event("Zvans ar Māri (Baltic Talent)",
                         "maris@baltictalent.example\nklients konfidenciāls – ražošanas uzņēmums Jelgavā\n"
                         "amats: Kvalitātes vadītājs\nviņš zvanīs man", organizer=None, me_too=False, minutes=30),
                   [ME])
    assert found.interview and found.kind == "job"


def test_a_coffee_to_ask_about_a_career_is_an_informational_interview():
    friend = person("dace@saules-banka.example", "Dace Kalna")
    found = detect(event("Kafija ar Daci – par karjeru bankā", "pajautāt: kā viņa sāka, kādas komandas pieņem darbā",
                         organizer=None, attendees=(friend,), minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Ikgadējās novērtēšanas pārrunas", "mērķi nākamajam gadam, pašvērtējuma anketa līdz piektdienai"),
    ("Intervija laikrakstam 'Zemgales Ziņas'", "žurnālists un fotogrāfs ieradīsies birojā plkst. 11"),
    ("Intervija pētījumam par attālināto darbu", "es esmu respondents, ~30 min, Zoom"),
    ("Kandidātu intervijas – noliktavas vadītājs", "es un Andris intervējam kandidātus. Vērtēšanas anketas pēc tam."),
])
def test_an_appraisal_a_papers_interview_a_study_or_own_interviews_of_candidates_are_none(title, description):
    colleague = person("andris@my-employer.example", "Andris Kalniņš")
    found = detect(event(title, description, organizer=colleague, attendees=(colleague,), minutes=45), [ME])
    assert not found.interview
