"""How Japanese invitations write the company and the role.

The company: 株式会社 and its name, a name in brackets in the title (【ソラノテック】), or the name
its recruiting team signs with (ソラノテック採用チーム). The role: 「データアナリスト」ポジション,
データアナリストポジション, 機械学習エンジニア職.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# 株式会社 (or 有限会社, 合同会社) before or after the name; a name ends at a particle (株式会社ミナトデータの
# 新卒採用, この度は株式会社…) and starts after a label's colon (求人：ミナトデータ株式会社)
_KABUSHIKI = re.compile(
    r"(?:株式|有限|合同)会社\s?[^\s　、。（）()【】｜|:：]{1,30}?(?=[のがをにはでとへ]|[\s　、。（）()【】｜|:：]|$)"
    r"|[^\s　、。（）()【】｜|:：のがをにはでとへ]{1,30}(?:株式|有限|合同)会社"
)
_LEGAL_FORM = re.compile(r"^(?:株式|有限|合同)会社\s?|\s?(?:株式|有限|合同)会社$")
_TITLE_BRACKETS = re.compile(r"[【（「]([^】）」]{2,40})[】）」]")
_SENDER_BRACKETS = re.compile(r"【([^】]{2,40})】")  # in a description, only these frame the sender
# "ソラノテック採用チーム", "カゼミチ 人事部": the company before its recruiting team's name
_RECRUITING_TEAM = re.compile(
    r"(?P<company>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・&＆]{2,30}?)\s?"
    r"(?:新卒|中途|キャリア)?(?:採用チーム|採用担当|採用部|採用グループ|採用事務局|人事部|人事チーム|人事担当)"
)
_OUR_COMPANY = ("弊社", "当社")
_NAME_SEPARATORS = re.compile(r"\s*[／/｜|、:：・]\s*")
_HONORIFICS = ("さん", "様", "さま", "氏", "くん")
# a role framed before a noun: 「データアナリスト」ポジション, 機械学習エンジニア職の面接
_FRAMED_ROLE = re.compile(
    r"「(?P<quoted>[^」]{2,30})」(?:の)?(?:ポジション|職|求人|募集)"
    r"|(?P<run>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・]{2,30}?)(?P<noun>ポジション|職)(?![種場務歴員業能缺])"
)
_KATAKANA_END = re.compile(r"[\u30a0-\u30ffA-Za-z]$")
# a company's posting: "Hoshizora GamesのUI/UXデザイナー（英語）求人", "ミナトデータのエンジニア募集"
_POSTING = re.compile(
    r"(?P<company>[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,3}|[\u30a0-\u30ff・]{2,20})の"
    r"(?P<role>[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9・/]{2,30}?)(?:[（(][^）)]{1,15}[）)])?(?:求人|募集)"
)


# a company's opening as a note's brackets name it: "（関西モビリティの求人）", "（ミナトデータの募集）"
_POSTING_OF = re.compile(r"(?P<company>.{2,30}?)の(?:求人|募集|案件|ポジション)(?:の件)?")


def posting_owner(phrase: str) -> str | None:
    """The company whose opening ``phrase`` is ("ミナトデータ" of "ミナトデータの求人"), else None."""
    match = _POSTING_OF.fullmatch(phrase) if "の" in phrase else None
    return match.group("company") if match else None


def registered_company(text: str) -> str | None:
    """The company ``text`` names with its legal form (株式会社ミナトデータ, ミナトデータ合同会社), if any."""
    if "会社" not in text:
        return None  # the cheap look first: the pattern tries every place a name could end
    match = _KABUSHIKI.search(text)
    return match.group().strip() if match else None


def signs_as_recruiting_team(line: str) -> bool:
    """True when ``line`` is nothing but a company's recruiting team signing ("株式会社ミナトデータ 採用担当",
    "カゼミチ 人事部"): the sender's name, whose words are no role."""
    line = line.strip()
    return bool(line) and _RECRUITING_TEAM.fullmatch(_LEGAL_FORM.sub("", line)) is not None


def japanese_company(text: str, place: str, plausible: Callable[[str], bool], registered: str | None = None
                     ) -> str | None:
    """The company ``text`` names the Japanese way, if ``plausible`` accepts it.

    ``place`` is "title" or "description": in a title any bracket may hold the company, in a
    description （） and 「」 hold anything ("（Python）"), so only 【】 count there. A company named
    with its legal form elsewhere (``registered``) beats a guess from brackets or a team's name: a
    title's brackets also hold requirements (（新卒・既卒可）). A title that writes that name without
    its legal form gives the name as the company goes by (【最終面接】ミナトデータ, signed 株式会社ミナトデータ).
    """
    company = registered_company(text)
    if company:
        return company
    if registered:
        bare = _LEGAL_FORM.sub("", registered)
        return bare if place == "title" and bare != registered and bare in text else registered
    for match in _POSTING.finditer(text) if "求人" in text or "募集" in text else ():
        if plausible(match.group("company")):
            return match.group("company")
    brackets = _TITLE_BRACKETS if place == "title" else _SENDER_BRACKETS
    for match in brackets.finditer(text) if "【" in text or "（" in text or "「" in text else ():
        for part in _without_people(match.group(1).strip()):
            if plausible(part):
                return part
    for match in _RECRUITING_TEAM.finditer(text) if "採用" in text or "人事" in text else ():
        company = match.group("company")
        company = company[2:] if company.startswith(_OUR_COMPANY) else company
        if len(company) >= 2 and plausible(company):
            return company
    return None


def _without_people(phrase: str) -> list[str]:
    """The parts of "田中さん／フジミ精機" or "アオバ電機・佐々木様" that are not a person named with an
    honorific; the whole phrase when no part is ("ア・ラ・モード" stays whole)."""
    parts = [part for part in _NAME_SEPARATORS.split(phrase) if part]
    if len(parts) > 1 and any(part.endswith(_HONORIFICS) for part in parts):
        return [part for part in parts if not part.endswith(_HONORIFICS)]
    return [phrase] if not phrase.endswith(_HONORIFICS) else []


def japanese_framed_roles(text: str) -> Iterator[str]:
    """The words ``text`` frames as a role the Japanese way (a company's X求人, 「X」ポジション, Xポジション,
    X職), in order."""
    for match in _POSTING.finditer(text) if "求人" in text or "募集" in text else ():
        yield match.group("role")
    for match in _FRAMED_ROLE.finditer(text):
        words = match.group("quoted")
        if words is None:
            words = match.group("run")
            # 営業職 and 総合職 are the roles' names; a katakana title takes 職 as a suffix only
            if match.group("noun") == "職" and not _KATAKANA_END.search(words):
                words += "職"
        # "現在募集中のリサーチエンジニア": what comes before の describes the opening, not its title
        head, _no, tail = words.rpartition("の")
        yield tail if head and len(tail) >= 2 else words
