"""Kinds of event detection learnt to read after an independent labelled set (blind8) was scored: a reporter
named in the invitation's text or its sender's name, a press organisation's domain ending in "news" or
"weekly", and a Korean title naming an applicant the user interviews."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description, sender", [
    ("Harbour Trade Weekly – interview re: port congestion",
     "Thanks for agreeing to talk to us about the port backlog. We'll record audio for quotes. – Lena Ortiz, Reporter",
     person("lena.ortiz@harbourtrade.example", "Lena Ortiz")),
    ("'신입 약사들' 인터뷰", "복약지도 사례 관련 인터뷰. 기자: 한소라", person("sora.han@pharmtimes.example", "한소라 기자")),
    ("Λιμάνι Σήμερα – συνέντευξη για την αγορά", "Σύντομη συνέντευξη. Δημοσιογράφος: Άννα Λάμπρου.",
     person("a.lamprou@limanisimera.example", "Άννα Λάμπρου")),
])
def test_a_reporter_named_in_the_text_makes_a_press_interview(title, description, sender):
    found = detect(event(title, description, organizer=sender, attendees=(sender,)), [ME])
    assert not found.interview


@pytest.mark.parametrize("domain", ["portlandnews.example", "cargoweekly.example"])
def test_an_organisation_whose_domain_ends_in_news_or_weekly_is_the_press(domain):
    sender = person(f"ed@{domain}", "Ed Park")
    found = detect(event("Interview: the new terminal", "A 30-minute conversation about the new terminal.",
                         organizer=sender, attendees=(sender,)), [ME])
    assert not found.interview


def test_a_job_interview_for_a_reporters_post_is_still_an_interview():
    hr = person("talent@harbourtrade.example", "Harbour Trade Talent")
    editor = person("m.ruiz@harbourtrade.example", "Marta Ruiz")
    found = detect(event("Interview – Reporter (Shipping desk)", "Your interview for the Reporter position with our "
                         "editor Marta Ruiz.", organizer=hr, attendees=(editor,)), [ME])
    assert found.interview


def test_a_korean_title_naming_an_applicant_the_user_interviews_is_the_hiring_side():
    director = person("sjahn.pharm@gmail.com", "안승재 원장")
    applicant = person("doyun.kim@gmail.com", "김도윤")
    found = detect(event("근무약사 면접 – 김도윤 지원자", "주말 파트타임 근무약사 지원자. 원장님이랑 같이 면접 봄.",
                         organizer=director, attendees=(director, applicant)), [ME])
    assert not found.interview


@pytest.mark.parametrize("description", [
    "Following Giannis's introduction, let's have an informal chat about the vacancy on our chartering desk "
    "(Chartering Manager – Supramax/Ultramax).",
    "Shall we have a chat about the role? Our office or a coffee nearby, as you prefer.",
])
def test_an_informal_chat_about_a_vacancy_with_someone_at_the_company_is_an_interview(description):
    petros = person("p.halkias@aegean-lines.example", "Petros Halkias")
    found = detect(event("Chat", description, organizer=petros, attendees=(person("casey.nguyen@proton.me"),),
                         me_too=False), [ME])
    assert found.interview


def test_an_informal_chat_with_a_friend_is_no_interview():
    friend = person("maria.k@gmail.com", "Maria K")
    found = detect(event("Chat", "An informal chat and a coffee, catching up after the summer.", organizer=friend,
                         attendees=(person("casey.nguyen@proton.me"),), me_too=False), [ME])
    assert not found.interview


def test_a_greek_second_round_in_the_users_own_note_is_an_interview():
    found = detect(event("Aegean – Ακτή Μιαούλη", "2ος γύρος: case study + CEO κ. Δ. Ρήγας (d.rigas@aegean-lines.example) "
                         "μαζί με τον Πέτρο (p.halkias@aegean-lines.example).", minutes=90), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"d.rigas@aegean-lines.example", "p.halkias@aegean-lines.example"}


def test_a_chai_the_user_asked_for_to_hear_what_a_team_looks_for_is_informational():
    amina = person("amina@rift-data.example", "Amina Njoroge")
    found = detect(event("Chai w/ Amina", "Amina – Data Lead at Rift Data. I asked for this chat:\n- moving from "
                         "telecoms analytics to climate data\n- what they look for in analysts",
                         organizer=person(ME, "Casey Nguyen"), attendees=(amina,)), [ME])
    assert found.interview and found.kind == "informational" and found.role is None
