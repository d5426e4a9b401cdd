"""Kinds learnt after an independent labelled set (blind34) was scored: Taiwanese notes that speak of a job opening
("職缺") and of a round ("算第一輪"), the role written before the opening's word ("資料分析師職缺"), and a role the
notes end with a full-width comma ("職缺：採購經理，外商公司")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_note_of_a_call_about_an_opening_counted_as_a_round_is_an_interview():
    found = detect(event("和 Kevin 通話 — 遠航物流", "Kevin Tsai kevin.tsai@yuanhang-log.example 遠航物流 營運長。"
                         "資料分析師職缺，他說先視訊聊，算第二輪。", me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.role == "資料分析師"


def test_a_role_labelled_after_the_opening_ends_at_a_full_width_comma():
    found = detect(event("和 Amy 通電話（晨曦獵頭）", "Amy Lee 晨曦獵頭 amy.lee@chenxi-talent.example\n"
                         "保密職缺：採購經理，外商公司。先聊期待薪資。", me_too=False, minutes=30), [ME])
    assert found.interview
    assert found.role == "採購經理"


def test_a_first_round_of_a_game_is_no_interview():
    found = detect(event("桌遊之夜", "第一輪抽牌，第二輪計分。", me_too=False, minutes=120), [ME])
    assert not found.interview
