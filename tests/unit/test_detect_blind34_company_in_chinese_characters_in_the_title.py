"""Kinds learnt after an independent labelled set (blind34) was scored: a company the title writes in Chinese
characters as a part of its own ("面試 — 海川生技", "海川生技 二面"), which the notes or the location write too, is the
company, not the name the organizer's address spells in Latin letters (haichuan-bio.example)."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("talent@haichuan-bio.example", "海川生技 人力資源部")
LEAD = person("wu.jy@haichuan-bio.example", "吳建勇")


def test_a_company_in_chinese_characters_in_the_title_beats_the_address_in_latin_letters():
    for title in ("面試：法規專員（一面）— 海川生技", "海川生技 二面"):
        found = detect(event(title, "感謝您應徵本公司法規專員一職。面試官：研發處處長 吳建勇。",
                             organizer=HR, attendees=(LEAD,), location="海川生技 台中 研發中心 2F", minutes=60), [ME])
        assert found.interview, title
        assert found.company == "海川生技", title


def test_a_note_of_a_call_names_the_company_in_chinese_characters_after_a_dash():
    found = detect(event("跟 Peter 聊 — 海川生技", "Peter Wu peter.wu@haichuan-bio.example 海川生技 研發處長。"
                         "法規專員職缺，先電話聊，算第一輪。", me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.company == "海川生技"


def test_a_department_or_a_person_in_the_title_is_no_company():
    found = detect(event("面試 — 法規事務部", "法規事務部 主管面試。", organizer=HR, attendees=(LEAD,), minutes=60), [ME])
    assert found.company != "法規事務部"
    found = detect(event("面談 — 吳建勇", "與 吳建勇 面談。", organizer=HR, attendees=(LEAD,), minutes=60), [ME])
    assert found.company != "吳建勇"
