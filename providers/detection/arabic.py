"""How Arabic invitations write the company: "شركة" (company) and its name, ended by a legal form
(شركة الصحراء للخدمات اللوجستية ذ.م.م), a punctuation mark or a word that starts something else
(لدى شركة نور للتجارة في دبي), or the name after "لدى" (at: مهندس صيانة لدى طيران الإمارات). A person
says the name without "شركة": "الصحراء للخدمات اللوجستية". Persian writes "شرکت" the same way ("شرکت ستاره صنعت در
اصفهان"), with its own letters (پ چ ژ ک گ ی) and a zero-width non-joiner inside a word ("داده‌پردازان").
"""
from __future__ import annotations

import re
from collections.abc import Callable

_WORD = r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c\u0660-\u0669\u06f0-\u06f9A-Za-z0-9&]+"
# (not the Persian "name of the company", "نام شرکت محرمانه است": what follows says something of the name)
_AFTER_SHARIKA = r"(?<![\u0621-\u064a])(?<!نام )(?<!اسم )[وبل]?(?:شركة|شرکت)\s+"
# the name up to its legal form, then the name alone
_LEGAL_FORM = r"(?:ذ\.?\s?م\.?\s?م|ش\.?\s?م\.?\s?[عم])"  # limited liability, public and private joint-stock
_REGISTERED = re.compile(rf"{_AFTER_SHARIKA}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,4}}?)[ \t]+{_LEGAL_FORM}")
_NAMED = re.compile(rf"{_AFTER_SHARIKA}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
_AT = re.compile(rf"(?<![\u0621-\u064a])لدى\s+(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})")
# what follows "لدى" (at) without naming an organisation: a team, a department, "us"
_NOT_NAMES = frozenset("فريق الفريق قسم إدارة الإدارة مكتب الموارد شركة شركتنا الشركة مؤسسة جهة ما شما".split())
# words that start something else after a name: prepositions, "which", and the verbs that go on with the
# invitation ("يسعدها دعوتك")
_STOP = frozenset(
    "في لدى على من إلى الى عن مع بعد قبل يوم الساعة التي الذي حيث وذلك ونود يسعدنا يسرنا يسعدها يسرها تدعوك"
    " نود ويسعدنا للمقابلة لإجراء لاجراء"
    # Persian: in, with, for, from, to, which, and the object marker
    " در با برای از به که را جهت".split()
)


def arabic_company(text: str, plausible: Callable[[str], bool]) -> str | None:
    """The company ``text`` names after "شركة" or "لدى", if ``plausible`` accepts it: the words up to a legal
    form (at most five), else up to a word that starts something else (at most three)."""
    if "شركة" not in text and "لدى" not in text and "شرکت" not in text:
        return None  # the cheap look first
    for match in _REGISTERED.finditer(text):
        if plausible(match.group("name")):
            return match.group("name")
    for match in (*_NAMED.finditer(text), *_AT.finditer(text)):
        words = match.group("name").split()
        stop = next((i for i, word in enumerate(words) if word in _STOP), len(words))
        name = " ".join(words[:stop]) if words[0] not in _NOT_NAMES else ""
        if name and plausible(name):
            return name
    return None
