"""Invitations in Chinese, Simplified and Traditional: interviews (with the company, the role, the stage),
and what only borrows the words (a mock interview, a press interview, a salary talk, a postgraduate
admission, the user interviewing a candidate, a cancelled interview)."""
from __future__ import annotations

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import CASEY, ME, event, person

LIU = person("liu.fang@huaxin-tech.example", "刘芳")
ZHOU = person("zhou.jian@huaxin-tech.example", "周健")
WANG = person("wang.li@hongda-elec.example", "王麗")


def test_a_simplified_chinese_phone_interview_names_the_company_role_and_stage():
    found = detect(event(
        "电话面试 – 华信科技 HR 刘女士",
        "您好，感谢您应聘华信科技有限公司数据分析师一职。人事部刘女士将致电您进行电话面试，时长约30分钟。",
        organizer=LIU, attendees=(LIU,)), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "华信科技" and found.role == "数据分析师"
    assert found.stage == "phone screen" and found.mode == "phone"


def test_a_traditional_chinese_video_interview_names_the_company_role_and_stage():
    found = detect(event(
        "視訊面試｜宏達電子",
        "您好，感謝您應徵宏達電子股份有限公司產品經理職位，誠摯邀請您參加視訊面試。",
        organizer=WANG, attendees=(WANG,)), [ME])
    assert found.interview and found.company == "宏達電子" and found.role == "產品經理"
    assert found.stage == "video"


@pytest.mark.parametrize("title, stage", [
    ("初试 – 华信科技", "first round"),
    ("复试｜华信科技", "second round"),
    ("二面｜华信科技 财务部", "second round"),
    ("終面 – 華信科技", "final"),
    ("HR面 华信科技", "recruiter screen"),
    ("群面 – 华信科技管培生", "panel"),
    ("一面｜华信科技", "first round"),
])
def test_chinese_stage_names_are_interviews_with_their_stage(title, stage):
    found = detect(event(title, "地址：科技园 5 号楼 12 层。", organizer=LIU, attendees=(LIU, ZHOU)), [ME])
    assert found.interview and found.stage == stage


def test_a_later_round_naming_only_its_interviewers_takes_the_company_and_role_of_the_first():
    first = event("电话面试 – 华信科技", "感谢您应聘华信科技有限公司数据分析师一职。", organizer=LIU, attendees=(LIU,))
    second = event("二面｜华信科技 财务部（周总 + 李经理）", "面试官：财务总监 周健。请携带学历证书复印件。",
                   organizer=LIU, attendees=(ZHOU,))
    found = detect_calendar([first, second], [ME])
    assert [d.interview for d in found] == [True, True]
    assert found[1].company == "华信科技" and found[1].role == "数据分析师"


def test_a_surname_and_a_title_in_brackets_are_people_not_the_role():
    found = detect(event("二面｜华信科技 财务部（周总 + 李经理）", "面试官：财务总监 周健。",
                         organizer=LIU, attendees=(ZHOU,)), [ME])
    assert found.interview and found.role is None


@pytest.mark.parametrize("title, description", [
    ("模拟面试 – 职业中心", "和学长练习一面的常见问题。"),
    ("记者采访 – 财经日报", "关于新产品发布的采访，约30分钟。"),
    ("谈薪 – 华信科技", "和HR沟通薪资和入职时间。"),
    ("考研复试准备", "复习专业课，准备英语口语。"),
    ("【已取消】二面｜华信科技", "本次面试已取消。"),
    ("面试准备：华信科技二面", "复习项目经历。"),
])
def test_what_only_borrows_chinese_interview_words_is_not_an_interview(title, description):
    found = detect(event(title, description, organizer=LIU, attendees=(LIU,)), [ME])
    assert not found.interview


def test_the_user_interviewing_a_candidate_in_chinese_is_the_hiring_side():
    colleague = person("zhao.min@proton.me", "赵敏")
    found = detect(event("二面 候选人：王磊", "请查看候选人简历和面试评估表。", organizer=CASEY,
                         attendees=(colleague,)), [ME])
    assert not found.interview
