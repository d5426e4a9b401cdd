"""Kinds learnt after an independent labelled set (blind34) was scored: a coffee the user notes to ask someone's
advice, whose notes say what they want to ask about the work there ("想問 ... 工作內容"), is an informational
interview; a team written after the company in the title's brackets ("（星海電子 人資處）") is no part of its name;
a search firm named with the word for a headhunter ("卓越獵頭") is a company, not a recruiter's screen."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def note(title: str, description: str, location: str = "", minutes: int = 60):
    return detect(event(title, description, me_too=False, minutes=minutes, location=location), [ME])


def test_a_coffee_asking_about_the_work_there_is_an_informational_interview_with_the_company_before_its_team():
    found = note("咖啡 — 請教志明學長（星海電子 人資處）", "想問 面板廠的 HR 工作內容、要不要轉到科技業。"
                 "他的信箱 zhiming.wu@xinghai-elec.com", "路易莎 信義店")
    assert found.interview and found.kind == "informational" and found.company == "星海電子"


def test_a_coffee_with_a_friend_that_asks_nothing_about_work_stays_out():
    found = note("咖啡 — 志明（星海電子）", "好久不見，聊聊近況。zhiming.wu@xinghai-elec.com", "路易莎 信義店")
    assert not found.interview


def test_a_search_firm_named_with_the_word_for_a_headhunter_is_the_company():
    found = note("和 Kevin 通電話（卓越獵頭）", "Kevin Lin 卓越獵頭 kevin.lin@zhuoyue-hr.com.tw\n職缺：財務經理，"
                 "上市公司。先聊背景。", minutes=30)
    assert found.interview and found.company == "卓越獵頭"


def test_a_client_recommended_by_a_headhunter_stays_the_company():
    from tests.unit.test_detect import person
    kevin = person("kevin.lin@zhuoyue-search.com.tw", "Kevin Lin")
    boss = person("chen.ym@xinghai-elec.com", "陳怡敏")
    found = detect(event("面談：財務經理 — 星海電子（卓越獵頭推薦）", "客戶可以公開了：星海電子。與財務長 陳怡敏面談。",
                         organizer=kevin, attendees=(boss,), minutes=60), [ME])
    assert found.interview and found.company == "星海電子"
