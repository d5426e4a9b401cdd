"""The company of a note's brackets that name an opening the Japanese way ("（東和センサーの求人）": Towa Sensor's
opening, not a company of that name), and a company's name ending in "Works" past what its domain spells."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person

CALL = ("電話：ジョブリンク 山本さん（東和センサーの求人）",
        "山本 恵さん / ジョブリンク（yamamoto.m@joblink.example）から電話。\n求人：東和センサー株式会社 品質保証エンジニア（正社員）\n"
        "勤務地、残業、英語の必要度を聞く。")
FORWARD = ("FW: 【東和センサー】一次面接日程のご案内",
           "-------- Forwarded Message --------\n件名：【東和センサー】一次面接日程のご案内\n差出人：山本 恵 "
           "<yamamoto.m@joblink.example>\nCC：小野 修 <ono.o@towa-sensor.example>, 石田 徹 <ishida.t@towa-sensor.example>\n\n"
           "東和センサー様の一次面接が下記の通り確定しました。\n面接官：小野様（品質保証部 部長）、石田様\n\n"
           "私は同席いたしませんが、終了後にお電話ください。")


@pytest.mark.parametrize("noun", ["求人", "募集"])
def test_brackets_naming_a_companys_opening_name_the_company(noun):
    title, description = CALL
    found = detect(event(title.replace("求人）", f"{noun}）"), description, organizer=None, me_too=False, minutes=30),
                   [ME])
    assert found.interview and found.company == "東和センサー"


def test_the_opening_a_call_names_is_the_role_of_the_interview_with_that_company():
    call = event(*CALL, organizer=None, me_too=False, minutes=30)
    start = START + timedelta(days=20)
    interview = replace(event(*FORWARD, organizer=None, me_too=False, minutes=60), event_id="evt-2", start=start,
                        end=start + timedelta(minutes=60))
    verdicts = detect_calendar([call, interview], [ME])
    assert verdicts[1].interview and verdicts[1].company == "東和センサー"
    assert verdicts[1].role == "品質保証エンジニア"


def test_a_company_named_works_past_what_its_domain_spells_is_named_in_full():
    friend = person("priya.nair@larkfieldtool.example", "Priya Nair")
    found = detect(event("Lunch: Priya (Larkfield Tool Works) – career advice", "Priya leads firmware at Larkfield "
                         "Tool Works. Ask about their hiring and what the team does.", attendees=(friend,),
                         minutes=60), [ME])
    assert found.interview and found.company == "Larkfield Tool Works"
