"""When the company said it would answer: a date read from the invitation or the user's details.

A sentence announcing the answer (the phrasebooks' ``timeline_cue``: "we'll get back to you", "Sie hören
von uns", "nous reviendrons vers vous", "le daremos una respuesta") is read for a time: an ISO date
("2026-03-20"), a span ("within a week", "in two weeks", "innerhalb von 5 Werktagen", "sous dix jours",
"en dos semanas"), the next week ("next week", "nächste Woche", "la semaine prochaine", "la próxima
semana": its Friday), the end of this one, a weekday ("by Friday", "bis Freitag", "d'ici vendredi",
"antes del viernes": the next one after the interview), tomorrow, or a day and month ("by 20 March",
"bis zum 20. März", "le 20 mars", "el 20 de marzo"). Pure: the caller gives the interview's local day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..planning import add_working_days
from .phrases import phrasebook

LANGUAGES = ("en", "de", "fr", "es")
_CUES = tuple(phrasebook(code).timeline_cue for code in LANGUAGES)
_EXTRA_CUE = re.compile(r"\b(?:feedback|hear from (?:us|them)|sie hören von uns|décision|respuesta)\b", re.I)

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "zehn": 10, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "dix": 10, "quinze": 15, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "diez": 10,
}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_WORKDAYS = (r"(?:business|working|work)\s+days?|werktagen?|arbeitstagen?|jours?\s+ouvr(?:é|e|able)s?|"
             r"días?\s+(?:hábiles|laborables)")
_DAYS = r"days?|tagen?|tage|jours?|días?|dias?"
_WEEKS = r"weeks?|wochen?|semaines?|semanas?"
_SPAN = re.compile(
    rf"\b(?:within|in|innerhalb(?:\s+von)?|in\s+den\s+nächsten|binnen|sous|dans|d'ici|en|dentro\s+de|en\s+los\s+próximos)"
    rf"\s+(?:the\s+next\s+|the\s+)?{_COUNT}\s+({_WORKDAYS}|{_DAYS}|{_WEEKS})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_NEXT_WEEK = re.compile(
    r"\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+next\s+week|next\s+week|nächste[rn]?\s+woche|kommende[rn]?\s+woche|"
    r"ende\s+nächster\s+woche|(?:la\s+)?semaine\s+prochaine|(?:la\s+)?próxima\s+semana|(?:la\s+)?semana\s+que\s+viene)\b",
    re.IGNORECASE)
_THIS_WEEK = re.compile(
    r"\b(?:end\s+of\s+(?:the|this)\s+week|this\s+week|ende\s+(?:der|dieser)\s+woche|diese\s+woche|"
    r"(?:en\s+)?fin\s+de\s+(?:la\s+)?semaine|cette\s+semaine|(?:a\s+)?finales\s+de\s+(?:la\s+)?semana|esta\s+semana)\b",
    re.IGNORECASE)
_TOMORROW = re.compile(r"\b(?:tomorrow|morgen|demain|mañana)\b", re.IGNORECASE)
_FEW_DAYS = re.compile(r"\b(?:(?:the\s+)?next\s+few\s+days|(?:in\s+den\s+)?nächsten\s+tagen|"
                       r"(?:les\s+)?prochains\s+jours|(?:los\s+)?próximos\s+días)\b", re.IGNORECASE)
_BEFORE = r"(?:(?:by|before|on|until|no later than|bis(?:\s+zum|\s+am)?|am|spätestens(?:\s+am)?|d'ici|avant|" \
          r"pour|para\s+el|antes\s+del?)\s+(?:the\s+|le\s+|el\s+)?)?"
_WEEKDAYS = {
    0: "monday montag lundi lunes", 1: "tuesday dienstag mardi martes",
    2: "wednesday mittwoch mercredi miércoles miercoles",
    3: "thursday donnerstag jeudi jueves", 4: "friday freitag vendredi viernes",
}
_WEEKDAY = re.compile(r"\b" + _BEFORE + "(" + "|".join(w for names in _WEEKDAYS.values() for w in names.split())
                      + r")\b", re.I)
_MONTHS = [
    "january januar janvier enero jan", "february februar février fevrier febrero feb",
    "march märz maerz mars marzo mar", "april avril abril apr", "may mai mayo", "june juni juin junio jun",
    "july juli juillet julio jul", "august août aout agosto aug", "september septembre septiembre sep sept",
    "october oktober octobre octubre oct", "november novembre noviembre nov",
    "december dezember décembre diciembre dec",
]
_MONTH_OF = {name: number for number, names in enumerate(_MONTHS, 1) for name in names.split()}
_MONTH = "(" + "|".join(sorted(_MONTH_OF, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(rf"\b{_BEFORE}(\d{{1,2}})(?:st|nd|rd|th|\.|er)?\s+(?:of\s+|de\s+)?{_MONTH}(?!\w)",
                        re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b{_BEFORE}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?;])(?<!\d\.)\s+|\n")  # "bis zum 20. März" is one sentence


@dataclass(frozen=True)
class NextStep:
    """The day the company said it would answer by, the words it used, and the line they were in."""

    on: date
    said: str
    line: str


def find_next_step(text: str, day: date) -> NextStep | None:
    """The first answer promised in ``text`` with a time, for an interview on ``day``; ``None`` without one."""
    for sentence in _SENTENCES.split(text[:6000]):
        if not (any(cue.search(sentence) for cue in _CUES) or _EXTRA_CUE.search(sentence)):
            continue
        found = resolve(sentence, day)
        if found is not None:
            return NextStep(found[0], found[1], sentence.strip())
    return None


def resolve(sentence: str, day: date) -> tuple[date, str] | None:
    """The date a sentence's time expression means, seen from ``day``, with the words themselves."""
    iso = _ISO.search(sentence)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), iso.group(0)
        except ValueError:
            pass
    span = _SPAN.search(sentence)
    if span:
        count = int(span.group(1)) if span.group(1).isdigit() else _NUMBERS[span.group(1).lower()]
        unit = span.group(2).lower()
        if re.fullmatch(_WORKDAYS, unit, re.IGNORECASE):
            return add_working_days(day, count), span.group(0)
        if re.fullmatch(_WEEKS, unit, re.IGNORECASE):
            return day + timedelta(weeks=count), span.group(0)
        return day + timedelta(days=count), span.group(0)
    for pattern, when in ((_NEXT_WEEK, _friday(day) + timedelta(weeks=1)), (_THIS_WEEK, _friday(day)),
                          (_FEW_DAYS, add_working_days(day, 3)), (_TOMORROW, day + timedelta(days=1))):
        found = pattern.search(sentence)
        if found:
            return when, found.group(0)
    dated = _day_and_month(sentence, day)
    if dated:
        return dated
    weekday = _WEEKDAY.search(sentence)
    if weekday:
        number = next(n for n, names in _WEEKDAYS.items() if weekday.group(1).lower() in names.split())
        ahead = (number - day.weekday()) % 7 or 7
        return day + timedelta(days=ahead), weekday.group(0)
    return None


def _day_and_month(sentence: str, day: date) -> tuple[date, str] | None:
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        found = pattern.search(sentence)
        if found:
            month = _MONTH_OF[found.group(month_group).lower()]
            try:
                when = date(day.year, month, int(found.group(day_group)))
            except ValueError:
                continue
            if when < day:
                when = when.replace(year=day.year + 1)
            return when, found.group(0)
    return None


def _friday(day: date) -> date:
    """The Friday of ``day``'s week (``day`` itself from Friday on)."""
    return day + timedelta(days=max(4 - day.weekday(), 0))
