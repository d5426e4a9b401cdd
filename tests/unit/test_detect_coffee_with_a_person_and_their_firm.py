"""An informational coffee written "Coffee with <Name> (<Company>)", in the notes or the title, in the user's
language: the adviser's organisation in the brackets is the company, never the person met."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("first_line, purpose", [
    ("Kaffee mit Jonas Eberle (Brandauer Akustik)", "Karrieregespräch – fragen, wie sein Team arbeitet."),
    ("Kawa z Martą Zielińską (Wiślane Młyny)", "Porady kariery – zapytać, jak pracuje jej zespół."),
    ("Ngopi dengan Sari Utami (Kebun Raya Digital)", "Saran karier – tanya bagaimana timnya bekerja."),
    ("Caffè: Giulia Ferri (Cantieri Lariani)", "Consigli di carriera – chiederle come lavora il suo team."),
    ("Café avec Lucie Marchand (Ateliers Vercors)", "Conseils de carrière – lui demander comment travaille son équipe."),
])
def test_the_notes_bracket_after_the_person_names_the_company(first_line, purpose):
    found = detect(event("☕", f"{first_line}\n{purpose}", me_too=False), [ME])
    assert found.interview and found.company == first_line.rsplit("(", 1)[1].rstrip(")")


def test_a_with_word_that_is_another_language_s_at_does_not_make_the_person_the_company():
    # Swahili "na" is "with"; Portuguese "na" is "at" ("na Pitanga Pagamentos")
    found = detect(event("Kahawa na Neema Kariuki (Mawingu Solar)", "Informational interview – career advice, ask how her team works.",
                         me_too=False), [ME])
    assert found.interview and found.company == "Mawingu Solar"


def test_a_company_with_its_trade_in_brackets_stays_the_company():
    found = detect(event("Quick chat – Ostry Haulage", "Mick from Ostry Haulage (3PL) rang after seeing my profile"
                         " - an informal first chat about their Depot Manager opening. mick@ostryhaulage.example will"
                         " ring my mobile.", me_too=False), [ME])
    assert found.company == "Ostry Haulage"
