"""Kinds learnt after an independent labelled set (blind33) was scored: the questions the user notes for a coffee in
Uzbek and Persian (about a team, its hiring, the terms of the work); a Kinyarwanda panel member's own entry; the
sender of an invitation who says they will be there too (English, Uzbek); a stage's number in a title's brackets
("(2-bosqich)") and a Persian interview's topic there ("(طراحی سیستم)"), which are no company; the company a Persian
HR mailbox's name holds; a Persian or Arabic name after "در" or "في" (at) whose consonants an address sounds; a name
that joins two capitalised words ("ВолгаТранс") its domain shortens word by word; a domain's English "c" the name
writes "k" ("Telekom"); the role quoted before the word for a post or after "на позицию"; and the pay a note means
to talk about, in French and Uzbek."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.arabic import sounded_after_in
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize(("title", "description", "company"), [
    ("Kofe: Sardor – Yulduz Soft",
     "Sardor Qodirov, Yulduz Soft'da loyiha menejeri.\nSo'rash kerak: jamoasi qanday ishlaydi, masofaviy ish bormi."
     "\nsardor.q@yulduzsoft.uz", "Yulduz Soft"),
    ("Кофе: Сардор – Юлдуз Софт",
     "Сардор Қодиров, лойиҳа менежери.\nСўраш керак: жамоаси қандай ишлайди, одам олишяптими.\nsardor.q@yulduzsoft.uz",
     None),
    ("قهوه با آرش – تجربه کار در نوآوران",
     "آرش کریمی، مدیر محصول.\nازش بپرسم تیم محصول چطوره و آیا نیرو میگیرن.\narash.karimi@noavaran.ir", "نوآوران"),
])
def test_a_coffee_whose_notes_ask_about_a_team_or_its_hiring_is_an_informational_interview(title, description,
                                                                                          company):
    found = detect(event(title, description, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "informational"
    if company:
        assert found.company == company


@pytest.mark.parametrize(("title", "description"), [
    ("Kofe: Sardor", "Sardor bilan tug'ilgan kunini nishonlaymiz.\nsardor.q@yulduzsoft.uz"),
    ("قهوه با آرش", "تولدش رو جشن بگیریم.\narash.karimi@noavaran.ir"),
])
def test_a_coffee_with_a_friend_asks_nothing_and_is_no_interview(title, description):
    assert not detect(event(title, description, me_too=False, minutes=60), [ME]).interview


def test_a_kinyarwanda_panel_members_own_entry_with_the_candidate_is_the_hiring_side():
    keza = person("keza.m@umucyo.rw", "Keza HR")
    candidate = person("patrick.h@gmail.com", "Patrick Habimana")
    found = detect(event("Ikiganiro n'umukandida – Umucungamari (Patrick H.)",
                         "Ndi mu kanama gatoranya umucungamari. Ibibazo: imari, raporo.",
                         organizer=person(ME, "Casey Nguyen"), attendees=(keza, candidate)), [ME])
    assert not found.interview


@pytest.mark.parametrize(("title", "description"), [
    ("Final interview – Lakeview Trust",
     "Hi Casey, well done on the case study. The final interview is with Dr. Omar Haddad, CEO. I will also be on the "
     "call. Fatima"),
    ("Lakeview Trust – ish suhbati",
     "Hurmatli Casey, suhbatda men va moliya bo'limi boshlig'i Omar Haddad ishtirok etamiz. Hurmat bilan, Fatima"),
])
def test_the_sender_who_says_they_will_be_there_too_is_among_the_people_met(title, description):
    fatima = person("fatima.r@lakeviewtrust.org", "Fatima Rahman", "needs-action")
    omar = person("omar.haddad@lakeviewtrust.org", "Omar Haddad")
    found = detect(event(title, description, organizer=fatima, attendees=(omar,)), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {fatima.email, omar.email}


def test_the_sender_who_says_they_will_not_be_there_is_not_met():
    fatima = person("fatima.r@lakeviewtrust.org", "Fatima Rahman", "needs-action")
    omar = person("omar.haddad@lakeviewtrust.org", "Omar Haddad")
    found = detect(event("Lakeview Trust – texnik suhbat", "Omar Haddad bilan texnik suhbat. Men qatnashmayman.",
                         organizer=fatima, attendees=(omar,)), [ME])
    assert {p.email for p in found.people} == {omar.email}


@pytest.mark.parametrize(("title", "stage"), [
    ("Anor Moliya – ish suhbati (2-bosqich)", "second round"),
    ("Anor Moliya – ish suhbati (1-босқич)", "first round"),
])
def test_a_stages_number_in_a_titles_brackets_is_no_company(title, stage):
    dilnoza = person("dilnoza.k@anormoliya.uz", "Dilnoza Karimova")
    found = detect(event(title, "Sizni suhbatga taklif qilamiz.", organizer=dilnoza, attendees=(dilnoza,)), [ME])
    assert found.interview and found.company == "Anor Moliya" and found.stage == stage


def test_a_persian_hr_mailboxs_name_holds_the_company_and_the_topic_in_brackets_is_none():
    hr = person("jobs@noavaran.com", "منابع انسانی نوآوران", "needs-action")
    arash = person("arash.k@noavaran.com", "آرش کریمی")
    first = detect(event("مصاحبه اولیه – نوآوران", "جلسه مصاحبه اولیه شما با آقای آرش کریمی هماهنگ شد.",
                         organizer=hr, attendees=(arash,)), [ME])
    assert first.interview and first.company == "نوآوران"
    second = detect(event("مصاحبه فنی – نوآوران (طراحی سیستم)", "مرحله دوم: مصاحبه فنی با آقای آرش کریمی.",
                          organizer=arash, attendees=(arash,)), [ME])
    assert second.interview and second.company != "طراحی سیستم"


@pytest.mark.parametrize(("title", "domain", "company"), [
    ("Собеседование – ВолгаТранс Проект (онлайн)", "voltrans.ru", "ВолгаТранс Проект"),
    ("Interview – BergWerk Engineering", "bwerk.de", "BergWerk Engineering"),
])
def test_a_name_that_joins_two_words_is_shortened_word_by_word(title, domain, company):
    olga = person(f"olga@{domain}", "Olga Smirnova")
    found = detect(event(title, "Подтверждаем собеседование.", organizer=olga, attendees=(olga,)), [ME])
    assert found.interview and found.company == company


def test_a_name_writes_k_where_its_domain_writes_c():
    aziz = person("aziz@kavkazelectric.az", "Aziz Mammadov")
    found = detect(event("Kavkaz Elektrik – job interview", "We look forward to meeting you.", organizer=aziz,
                         attendees=(aziz,)), [ME])
    assert found.interview and found.company == "Kavkaz Elektrik"


@pytest.mark.parametrize(("description", "role"), [
    ("Hurmatli Casey, Anor Moliya kompaniyasidagi «Bosh buxgalter» lavozimi bo'yicha arizangiz ko'rib chiqildi.",
     "Bosh buxgalter"),
    ("Подтверждаем собеседование на позицию «Менеджер по закупкам» (удалённо).", "Менеджер по закупкам"),
])
def test_a_role_in_quotes_before_a_post_word_or_after_for_the_position(description, role):
    dilnoza = person("dilnoza.k@anormoliya.uz", "Dilnoza Karimova")
    found = detect(event("Anor Moliya – ish suhbati", description, organizer=dilnoza, attendees=(dilnoza,)), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize(("title", "description", "company"), [
    ("Chantal – Umurage Foundation, déjeuner",
     "Elle cherche une chargée de communication et veut me rencontrer avant de décider. Parler salaire ? "
     "chantal@umurage.org", "Umurage Foundation"),
    ("Nodir – Orzu Tech, tel.",
     "Orzu Tech asoschisi. Ularga dasturchi kerak ekan, telefonda gaplashamiz – tajriba va maosh haqida so'raydi. "
     "nodir@orzutech.uz", "Orzu Tech"),
])
def test_the_users_note_of_a_talk_about_the_pay_of_a_post_someone_fills_is_about_a_job(title, description, company):
    found = detect(event(title, description, me_too=False, minutes=60), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize(("title", "description"), [
    ("Déjeuner – Chantal, Umurage", "Elle cherche un appartement à Kigali. Parler vacances ? chantal@umurage.org"),
    ("Nodir – Orzu Tech, tel.", "Orzu Tech asoschisi. Ularga dasturchi kerak ekan, men Jasurni tavsiya qilaman. "
                                "nodir@orzutech.uz"),
    ("Nodir – Orzu Tech, tel.", "Loyiha bo'yicha shartnoma muddatini kelishamiz. nodir@orzutech.uz"),
])
def test_a_note_that_says_nothing_of_the_users_pay_is_no_interview(title, description):
    assert not detect(event(title, description, me_too=False, minutes=60), [ME]).interview


@pytest.mark.parametrize(("description", "address", "company"), [
    ("آرش کریمی، مدیر محصول در نوآوران.\nبپرسم تیم چطوره.", "arash.karimi@noavaran.ir", "نوآوران"),
    ("ليلى، محللة بيانات في سدرة. أسألها عن الفريق والتوظيف.", "layla@sidra.qa", "سدرة"),
    ("آرش کریمی، مدیر محصول در تهران.\nبپرسم تیم چطوره.", "arash.karimi@noavaran.ir", None),
])
def test_a_name_in_arabic_letters_after_at_is_the_company_when_the_address_sounds_as_it(description, address,
                                                                                        company):
    assert sounded_after_in(description, [address.split("@")[1].split(".")[0]], lambda _name: True) == company
