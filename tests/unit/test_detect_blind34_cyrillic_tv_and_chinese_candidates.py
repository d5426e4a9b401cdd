"""Kinds learnt after an independent labelled set (blind34) was scored: an interview given to a TV station written
"ТВ" in Cyrillic letters, and the user interviewing a candidate the Chinese title names ("面試候選人 — 王小明")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_an_interview_for_a_cyrillic_tv_station_is_one_the_user_gives():
    for title in ("Интервју за ТВ Сител – пазар на труд", "Интервју за Канал 5 ТВ – даноци", "Интервју за ТВ Пинк"):
        found = detect(event(title, "Гостување во утринска програма.", me_too=False, minutes=30), [ME])
        assert not found.interview, title


def test_a_job_interview_at_a_cyrillic_tv_station_stays_one():
    hr = person("kadri@telekom-tv.example", "Телеком ТВ – Човечки ресурси")
    found = detect(event("Интервју – Телеком ТВ, позиција уредник", "Интервју за работа со главниот уредник.",
                         organizer=hr, attendees=(hr,), minutes=45), [ME])
    assert found.interview


def test_a_chinese_title_naming_someone_else_the_candidate_puts_the_user_on_the_hiring_side():
    lead = person("chen.mh@jinyu-law.example", "陳美惠")
    colleague = person("lee.zw@jinyu-law.example", "李志偉")
    for title in ("面试实习生候选人 — 王小明", "複試 應徵者：吳佳穎"):
        found = detect(event(title, "请负责问专业题和英文题。", organizer=lead, attendees=(colleague,), minutes=60),
                       [ME])
        assert not found.interview, title


def test_a_chinese_title_naming_the_user_the_candidate_stays_an_interview():
    hr = person("hr@jinyu-law.example", "金宇法律 人資")
    found = detect(event("面試 — 候選人：Casey Nguyen", "應徵專利工程師，請準時報到。", organizer=hr, attendees=(hr,),
                         minutes=60), [ME])
    assert found.interview
