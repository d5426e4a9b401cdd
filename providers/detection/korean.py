"""How Korean invitations write the company and the role.

The company: the name written with its legal form ((주)한빛소프트, 한빛소프트㈜, 주식회사 한빛소프트), the
name in square brackets that heads a title ([한빛소프트] 2차 면접 안내), the name its recruiting team
signs with (한빛소프트 인사팀, 한빛소프트 채용 담당자), or a name made with the kind of organisation it
is (온누리약국, 서울성모병원). The role: the words before 포지션, 직무 or 직군
(백엔드 개발자 포지션에 지원해 주셔서).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_NAME = r"[\uac00-\ud7a3A-Za-z0-9&]{2,20}"
# particles a name takes after it (한빛소프트의, 한빛소프트에서): not part of the name
_PARTICLE = re.compile(r"(?:에서|으로|에게|의|은|는|을|를|에|와|과|로)$")
_LEGAL_FORM = re.compile(
    rf"(?:\(주\)|㈜|주식회사)\s?(?P<after>{_NAME})|(?P<before>{_NAME})\s?(?:\(주\)|㈜|주식회사)"
)
# a name made with the kind of organisation it is: 온누리약국, 서울성모병원, 한미약품, 하나은행, 대한항공
_INSTITUTION = re.compile(
    r"(?<![\uac00-\ud7a3A-Za-z0-9])(?P<name>[\uac00-\ud7a3A-Za-z0-9]{1,15}"
    r"(?:약국|병원|의원|치과|제약|약품|바이오|은행|증권|보험|생명|대학교|재단|협회|공사|공단|그룹|전자|건설|물산|화학"
    r"|항공|중공업|통신|텔레콤|소프트|테크|랩스|컴퍼니|코리아))(?![\uac00-\ud7a3A-Za-z0-9])"
)
_TITLE_BRACKET = re.compile(r"^\s*\[(?P<name>[^\[\]]{2,30})\]")
_RECRUITING_TEAM = re.compile(
    rf"(?P<name>{_NAME})\s(?:채용팀|인사팀|인재영입팀|채용 담당자|채용담당자|인사 담당자|인사담당자|피플팀|HR팀)"
)
# what a title's brackets or a team's sign-off say besides a company: a notice, a matter, the sender's "we"
_NOT_NAMES = frozenset(
    "안내 재안내 공지 알림 중요 필독 긴급 확정 변경 일정 회신요망 회신 참고 채용 면접 서류 합격 결과"
    " 저희 당사 폐사 안녕하세요 대학병원 종합병원 동물병원 요양병원 대형병원 상급종합병원 시중은행 지방은행"
    " 제약회사".split()
)


def korean_company(text: str, place: str, plausible: Callable[[str], bool], people: Iterable[str] = (),
                   written: str = "") -> str | None:
    """The company ``text`` names the Korean way, if ``plausible`` accepts it (without its legal form,
    as a person says it). ``place`` is "title" or "description": only a title's brackets name one.
    ``people``: the names of those invited, whom a sender introduces with their organisation
    ("메디잡스 최유나입니다"); ``written``: all the event's text, which must write that organisation twice."""
    if not _HANGUL.search(text):
        return None
    finders = [_LEGAL_FORM, _RECRUITING_TEAM] + ([_TITLE_BRACKET] if place == "title" else []) + [_INSTITUTION]
    for finder in finders:
        for match in finder.finditer(text):
            name = next(group for group in match.groups() if group).strip()
            name = _PARTICLE.sub("", name) if finder is _LEGAL_FORM else name
            if name not in _NOT_NAMES and len(name) >= 2 and plausible(name):
                return name
    return _before_a_name(text, people, written, plausible)


def _before_a_name(text: str, people: Iterable[str], written: str, plausible: Callable[[str], bool]) -> str | None:
    """The organisation a sender writes before their own name, the way Korean introduces someone
    ("메디잡스 최유나입니다", "메디잡스 최유나 컨설턴트 통화"), when the event writes it again on its own (a
    signature): a word before a name is as often a title or a team ("약제부장 한미경")."""
    for person in people:
        if not _PERSON.fullmatch(person) or person not in text:
            continue
        for match in re.finditer(rf"(?<![\uac00-\ud7a3A-Za-z0-9])(?P<name>{_NAME})\s{re.escape(person)}", text):
            name = match.group("name")
            again = len(re.findall(rf"(?<![\uac00-\ud7a3A-Za-z0-9]){re.escape(name)}(?![\uac00-\ud7a3A-Za-z0-9])",
                                   written))
            if (name not in _NOT_NAMES and again >= 2 and not _TEAM_OR_TITLE.search(name)
                    and not _PARTICLE.search(name) and plausible(name)):
                return name
    return None


_PERSON = re.compile(r"[\uac00-\ud7a3]{2,4}")  # a Korean name: a family name and one or two syllables
# what a team, a department or a title ends in: "인사팀", "약제부", "약제부장", "원장", "선생님"
_TEAM_OR_TITLE = re.compile(r"(?:팀|부|실|과|장|님|사|원)$")


# what ends the words before a role: a particle, a verb's form before a noun ("지원하신", "모집하는",
# "채용된") or a company's legal form ("(주)한빛소프트")
_BEFORE_ROLE = re.compile(_PARTICLE.pattern + r"|(?:하신|하시는|하는|한|된|할)$|\(주\)|㈜|^주식회사$")
# a role before the word for the post: "백엔드 개발자 포지션", "데이터 분석 직무"
_FRAMED_ROLE = re.compile(r"(?P<words>(?:[\uac00-\ud7a3A-Za-z0-9+#/&()㈜]+[ \t]){1,4})(?:포지션|직무|직군)")


def korean_framed_roles(text: str) -> Iterator[str]:
    """The words ``text`` frames as a role the Korean way (X 포지션, X 직무), in order: the words after a
    company's legal form, a word that ends in a particle or a verb."""
    for match in _FRAMED_ROLE.finditer(text):
        words = match.group("words").split()
        # "(주)한빛소프트 백엔드 개발자", "지원하신 백엔드 개발자": a company's legal form, a word with a
        # particle or a verb ends what comes before the role
        start = max((i + 1 for i, word in enumerate(words[:-1]) if _BEFORE_ROLE.search(word)), default=0)
        if words[start:]:
            yield " ".join(words[start:])


# a word that ends in a particle or a verb's ending: what holds one is a sentence, not a role's name
_SENTENCE_WORD = re.compile(r"[\uac00-\ud7a3](?:으로|에서|에게|을|를|은|는|로|하고|해서|니다|세요|어요|해요)$")


def korean_sentence(words: str) -> bool:
    """True when ``words`` hold a Korean word that ends in a particle or a verb's ending ("데이터 분석가로
    이직 고민 상담"): a sentence read as a role."""
    return any(_SENTENCE_WORD.search(word) for word in words.split())
