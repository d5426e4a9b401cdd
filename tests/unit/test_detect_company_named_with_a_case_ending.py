"""An interview that names no company takes the company of another interview of the calendar when its words write
that company's first word with a case ending ("pracuje w Vistulonie" for "Vistulon Systems" at vistulon.pl): a chat
asking a friend who works there for advice, in a language that declines names. A word the domain does not start
with, or a longer word that only begins like the name, is not it."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person

EWA = person("ewa.nowak@vistulon.pl", "Ewa Nowak")
TOMEK = person("tomek.wisniewski@gmail.com", "Tomasz Wiśniewski")


def _calendar(notes: str, company: str = "Vistulon Systems"):
    interview = event(f"{company} – rozmowa kwalifikacyjna", f"Rozmowa na stanowisko Inżynier Jakości w {company}.",
                      organizer=EWA, attendees=(EWA,))
    later = START + timedelta(days=7)
    coffee = replace(event("Kawa z Tomkiem", notes, organizer=person(ME), attendees=(TOMEK,), me_too=False),
                     event_id="evt-2", start=later, end=later + timedelta(minutes=45))
    return coffee, detect_calendar([interview, coffee], [ME])[1]


def test_a_friends_workplace_written_with_a_case_ending_is_the_company():
    coffee, read = _calendar("Tomek od roku pracuje w Vistulonie (Gdańsk). Zapytać, jak wygląda praca w dziale "
                             "jakości i jak przygotować się do rozmowy kwalifikacyjnej. Tylko rada.")
    assert detect(coffee, [ME]).company is None
    assert read.interview and read.kind == "informational" and read.company == "Vistulon Systems"


def test_a_longer_word_or_a_name_the_domain_does_not_spell_is_not():
    _coffee, read = _calendar("Tomek od roku pracuje w Vistulonowskim Parku (Gdańsk). Zapytać, jak wygląda praca w "
                              "dziale jakości i jak przygotować się do rozmowy kwalifikacyjnej. Tylko rada.")
    assert read.interview and read.company is None
    _coffee, read = _calendar("Tomek od roku pracuje w Baltexie (Gdańsk). Zapytać, jak wygląda praca w dziale "
                              "jakości i jak przygotować się do rozmowy kwalifikacyjnej. Tylko rada.",
                              company="Baltex Quality")
    assert read.interview and read.company is None
