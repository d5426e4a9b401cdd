"""No new claims: the names, figures and dates a note states must come from what is known.

What is known: the interview record (company, role, stage, people, times), the invitation's
title, description and location, the user's own details and signature. A note (the composer's,
a language model's, or the user's edit) that names a person or company, gives a number or a
date found in none of these makes a claim nobody checked; the finding asks the user to keep it
only if it is true. The composer's own wordings are known words too.

Names are capitalised words inside a sentence (German capitalises every noun, so there only a
word after a title such as "Herr", an acronym or an inner capital counts); figures are digit runs;
dates are weekday and month names.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from providers.base import Person

from ..values import Candidate, Finding, InterviewFacts
from ..writing.details import is_title
from ..writing.phrases import template_words
from ..writing.recipients import known_name
from ..writing.textutil import fold, html_to_text
from .lexicon import lexicon
from .reading import Reading

_WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
# "may" and "mai" are verbs and words as often as months: never taken for a date
DATE_WORDS = frozenset(fold(w) for table in (_WEEKDAYS, _MONTHS) for words in table.values()
                       for w in words.split()) - {"may", "mai", "mars"}
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# what may be a claim: a figure, or a capitalised word (names, companies, English dates)
# what may be a claim: a figure, or a capitalised word (names, companies, English dates); one
# simple pattern, the rest sorted out in Python (an alternation costs several times as much)
_CANDIDATE = re.compile(rf"\b[\d{_UPPER}][\w'’&.,:/%-]*")
_TRAILING = ".,:;/-'’"
_DATE_IN_LOWER = re.compile(r"\b(?:" + "|".join(sorted(
    {w for table in (_WEEKDAYS, _MONTHS) for words in table.values() for w in words.split()}
    | set(DATE_WORDS), key=len, reverse=True)) + r")\b")
_NON_WORD = re.compile(r"[\W_]+")
_SENTENCE_END = frozenset(".!?:;\n\"“”«»()")
_MAX_LISTED = 3


def check_claims(r: Reading, facts: InterviewFacts, candidate: Candidate) -> list[Finding]:
    """F7: names, figures and dates in the note that nothing known says."""
    claims = new_claims(r, facts, candidate)
    if not claims:
        return []
    listed = ", ".join(f"“{c}”" for c in claims[:_MAX_LISTED]) + (" …" if len(claims) > _MAX_LISTED else "")
    return [Finding("F7", "warn", f"Check {listed}: the invitation, the interview and your details say nothing "
                    "of it. Keep it only if it is true.")]


def new_claims(r: Reading, facts: InterviewFacts, candidate: Candidate) -> list[str]:
    """The names, figures and dates of the note's prose that are in no fact, in order, once each."""
    codes = tuple(lex.code for lex in r.lexicons)
    said = _Said(facts, candidate)
    found = [token for token in _candidates(r, codes) if not said.verbatim(token)]
    if not found:
        return []
    known = known_words(facts, candidate)  # the slow, thorough look: folded, possessives, times
    common = _common(codes)
    claims: dict[str, None] = {}
    for token in found:
        if token[0].isdigit():
            if _digits(token) not in known.numbers:
                claims.setdefault(token, None)
            continue
        base = _base(token)
        if token not in known.as_written and base not in common and f" {base} " not in known.text:
            claims.setdefault(token, None)
    return list(claims)


def _candidates(r: Reading, codes: tuple[str, ...]) -> list[str]:
    """Figures, capitalised words inside sentences, and dates: what may be a claim."""
    common = _common(codes)
    german = "de" in codes
    prose = r.prose
    found = []
    for match in _CANDIDATE.finditer(prose):
        token = match.group(0).rstrip(_TRAILING)
        if token[0].isdigit():
            if token[-1] == "%" or token[-1].isdigit():
                found.append(token)
            continue
        if token in common or fold(token).replace("’", "'") in common:
            continue
        start = match.start()
        if token.lower() in DATE_WORDS or not (
                _sentence_start(prose, start) or german and not _name_shaped(token, prose, start)):
            found.append(token)
    if "fr" in codes or "es" in codes:  # their dates are written in lower case ("vendredi", "viernes")
        found += [m.group(0) for m in _DATE_IN_LOWER.finditer(r.low)]
    return found


class _Said:
    """The facts as written: a token found there verbatim, as a whole word, is known (the quick
    look that settles most of a composed note's names and figures)."""

    def __init__(self, facts: InterviewFacts, candidate: Candidate):
        self.texts = (facts.details, facts.company or "", facts.role or "", facts.title, facts.description,
                      facts.location, facts.stage or "", candidate.signature, candidate.name,
                      *(p.name for p in facts.people))

    def verbatim(self, token: str) -> bool:
        for text in self.texts:
            start = text.find(token)
            while start >= 0:
                end = start + len(token)
                if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    return True
                start = text.find(token, start + 1)
        return False


_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fast_fold(text: str) -> str:
    """``textutil.fold`` for long texts: the same letters, the accents dropped in one pass."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


def _base(word: str) -> str:
    """A word as the known text holds it: folded, possessive dropped, punctuation as spaces."""
    word = word.rstrip(".")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return _NON_WORD.sub(" ", fold(word)).strip()


def _sentence_start(text: str, index: int) -> bool:
    i = index - 1
    while i >= 0 and text[i] in " \t'‘\"“«¿¡-–—":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _name_shaped(word: str, text: str, index: int) -> bool:
    """In German: an acronym, a word with an inner capital, or the word after a title ("Herr Kurz")."""
    if (len(word) > 1 and word.isupper()) or any(c.isupper() for c in word[1:]):
        return True
    before = text[max(0, index - 12):index].split()
    return bool(before) and is_title(before[-1])


def _digits(number: str) -> str:
    return (_NOT_DIGIT.sub("", number) if not number.isdigit() else number).lstrip("0") or "0"


_NOT_DIGIT = re.compile(r"\D")


class Known:
    """What the facts say: their words, folded, between spaces (" priya natarajan fabrikam "), and
    their figures as digit runs."""

    def __init__(self, text: str, numbers: frozenset[str], as_written: frozenset[str]):
        self.text, self.numbers, self.as_written = text, numbers, as_written


def known_words(facts: InterviewFacts, candidate: Candidate) -> Known:
    """Everything the interview's facts, the invitation and the user's details say."""
    people = tuple((p.name, p.email) for p in (*facts.people, *([facts.organizer] if facts.organizer else [])))
    signature = "\n".join((candidate.name, candidate.email, candidate.phone, candidate.signature))
    return _known(facts.title, facts.description, facts.location, facts.company or "", facts.role or "",
                  facts.stage or "", people, facts.details, signature, facts.start, facts.end, facts.time_zone)


@lru_cache(maxsize=512)
def _known(title, description, location, company, role, stage, people, details, signature, start, end, zone) -> Known:
    names = [known_name(Person(email, name)) for name, email in people]
    text = "\n".join((title, html_to_text(description, 8000), location, company, role, stage, details, signature,
                      *names, *(f"{n} {e}" for n, e in people)))
    folded = fast_fold(text).replace("’s", " ").replace("'s", " ")
    words = " " + _NON_WORD.sub(" ", folded) + " " + " ".join(_date_names(start, zone)) + " "
    numbers = set(_time_figures(start, end, zone))  # "0930" is "930" once leading zeros go
    for figure in _FIGURE.findall(text):
        numbers.add(_digits(figure))
        if not figure.isdigit():  # "10:30" also says 10 and 30
            numbers.update(_digits(part) for part in _DIGIT_RUN.findall(figure))
    return Known(words, frozenset(numbers), frozenset(text.split()))


_FIGURE = re.compile(r"\d(?:[\d.,:]*\d)?")
_DIGIT_RUN = re.compile(r"\d+")


def _time_figures(start: datetime, end: datetime, zone: str | None) -> list[str]:
    """The interview's own day, year, times and length, as a note may state them."""
    local, finish = _local(start, zone), _local(end, zone)
    minutes = int((end - start).total_seconds() // 60)
    twelve, finish_twelve = local.hour % 12 or 12, finish.hour % 12 or 12
    figures = [local.day, local.year, local.month, local.hour, twelve, finish.hour, finish_twelve, local.minute,
               finish.minute, minutes, minutes // 60, local.hour * 100 + local.minute,
               finish.hour * 100 + finish.minute, twelve * 100 + local.minute, finish_twelve * 100 + finish.minute]
    return [str(f) for f in figures]


_WEEKDAY_LISTS = tuple(tuple(fold(w) for w in words.split()) for words in _WEEKDAYS.values())
_MONTH_LISTS = tuple(tuple(fold(w) for w in words.split()) for words in _MONTHS.values())


def _date_names(start: datetime, zone: str | None) -> list[str]:
    """The interview's own weekday and month in every language."""
    local = _local(start, zone)
    weekday, month = local.weekday(), local.month - 1
    return [days[weekday] for days in _WEEKDAY_LISTS] + [months[month] for months in _MONTH_LISTS]


def _local(moment: datetime, zone: str | None) -> datetime:
    try:
        return moment.astimezone(ZoneInfo(zone)) if zone else moment
    except (ZoneInfoNotFoundError, ValueError):
        return moment


@lru_cache(maxsize=16)
def _common(codes: tuple[str, ...]) -> frozenset[str]:
    """Words any note may use in these languages: function words, common words, the composer's."""
    found: set[str] = {"I", "I'm", "I've", "I'd", "I'll", "i", "i'm", "i've", "i'd", "i'll"}
    for code in codes:
        lex = lexicon(code)
        found |= {fold(w) for w in lex.stopwords | lex.generic | template_words(code)}
    return frozenset(found - DATE_WORDS)
