"""How Chinese invitations write the company and the role.

The company: the name before its legal form (鼎盛资本（新加坡）私人有限公司, 华信科技股份有限公司), said
without it, as a person says it. The role: the words before 一职, 职位, 岗位 or 职缺 (应聘合规经理一职), after the
company's legal form or the verb of applying. A surname and a title (李经理, 黄总) address a person: not a role.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_HAN = r"\u4e00-\u9fff"
_LEGAL_FORMS = (
    "私人有限公司", "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "集团", "集團", "控股",
)
# the name, an optional place in brackets ("（新加坡）"), the legal form
_LEGAL_FORM = re.compile(
    rf"(?P<name>[{_HAN}A-Za-z0-9&]{{2,12}}?)\s?(?:[（(][{_HAN}]{{1,6}}[）)])?\s?(?:{'|'.join(_LEGAL_FORMS)})"
)
# what comes before a company's name in a sentence: the verb of applying, thanks, a preposition
_BEFORE_NAME = re.compile(r"^.*(?:应聘|應聘|应征|應徵|申请|申請|投递|投遞|感谢|感謝|加入|来自|來自|欢迎|歡迎|您好)")
_POST_NOUNS = ("一职", "一職", "职位", "職位", "岗位", "崗位", "职缺", "職缺")
# the words before the post's noun: "…私人有限公司合规经理一职"
_FRAMED_ROLE = re.compile(rf"(?P<words>[{_HAN}A-Za-z0-9 /&]{{2,30}}?)\s?(?:{'|'.join(_POST_NOUNS)})")
_CUT_BEFORE_ROLE = re.compile(
    rf"^.*(?:{'|'.join(_LEGAL_FORMS)}|[）)]|应聘|應聘|应征|應徵|申请|申請|担任|擔任|的)"
)
# what separates the parts of a title, and a part written in Chinese characters alone
_TITLE_PARTS = re.compile(r"[\s—–|｜:：()（）\[\]【】「」/／,，、-]+")
_HAN_NAME = re.compile(rf"[{_HAN}]{{4,10}}")
# the last character of a department's name (智權部, 営業企画課, 人資處): a part of the company, not its name
_DEPARTMENT_ENDS = frozenset("部課课室組组處处科")
# a surname and a title: how a person is addressed ("李经理", "黄总", "陈小姐"), not a role
_ADDRESSED = re.compile(rf"^[{_HAN}](?:经理|經理|总|總|总监|總監|主管|老师|老師|小姐|先生|女士)$")


def has_han(text: str) -> bool:
    """True when ``text`` holds a Chinese character (also written in Japanese)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def chinese_company(text: str, plausible: Callable[[str], bool]) -> str | None:
    """The company ``text`` names with a Chinese legal form (鼎盛资本私人有限公司), without it, if
    ``plausible`` accepts it."""
    if "公司" not in text and "集团" not in text and "集團" not in text and "控股" not in text:
        return None  # the cheap look first
    for match in _LEGAL_FORM.finditer(text):
        name = _BEFORE_NAME.sub("", match.group("name")).strip()
        if len(name) >= 2 and plausible(name):
            return name
    return None


def han_title_name(title: str, elsewhere: str, plausible: Callable[[str], bool]) -> str | None:
    """A part of ``title`` written in four to ten Chinese characters alone that ``elsewhere`` (the other texts of the
    event) writes too, if ``plausible`` accepts it: a company the way a person says it ("面試 — 鼎峰精密", "星河光電
    二面"). Names of people are two or three characters; a company's short name rarely is."""
    for part in _TITLE_PARTS.split(title):
        if (len(part) >= 4 and _HAN_NAME.fullmatch(part) and part[-1] not in _DEPARTMENT_ENDS and part in elsewhere
                and plausible(part)):
            return part
    return None


def without_a_unit(name: str) -> str:
    """``name`` without the team or site written after it, a space apart, when both are in Chinese characters
    ("星海電子 人資處", "鼎盛化工 研發中心"): the names of organisations written in Chinese characters have no space in
    them, so what the space leaves after the name is a part of the organisation."""
    first, space, rest = name.partition(" ")
    if not space or not _HAN_WORD.fullmatch(first) or not _HAN_WORDS.fullmatch(rest):
        return name
    return first


_HAN_WORD = re.compile(rf"[{_HAN}]{{2,12}}")
_HAN_WORDS = re.compile(rf"[{_HAN}]{{2,8}}(?: [{_HAN}]{{2,8}})?")


def chinese_framed_roles(text: str) -> Iterator[str]:
    """The words ``text`` frames as a role the Chinese way (X一职, X职位, X岗位, X職缺), in order."""
    if not any(noun in text for noun in _POST_NOUNS):
        return
    for match in _FRAMED_ROLE.finditer(text):
        words = _CUT_BEFORE_ROLE.sub("", match.group("words")).strip()
        if len(words) >= 2:
            yield words


def addressed_person(words: str) -> bool:
    """True when ``words`` are a surname and a title or several such ("黄总 + 李经理"): people, not a role."""
    parts = [part.strip() for part in re.split(r"[+＋、,，/和及]", words) if part.strip()]
    return bool(parts) and all(_ADDRESSED.match(part) for part in parts)
