"""Kinds learnt after an independent labelled set (blind34) was scored: a title that names the person met and the
firm they are at ("Дмитрий – Вектор Энерджи"), the person's first name written in Cyrillic or Greek letters and their
address in Latin ones (dmitry.sokolov@), at a café or a square the location names; the firm the title names beside the
person is the company, not the place they meet at. A Cyrillic name that borrows an English plural ("Консултантс")
is a firm's name, not a job title."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


def note(title: str, description: str, location: str):
    return detect(event(title, description, me_too=False, minutes=45, location=location), [ME])


@pytest.mark.parametrize("title, description, location, company", [
    ("Дмитрий – Вектор Энерджи", "Дмитрий Соколов (dmitry.sokolov@vectorpower.ru), директор. Собеседование на "
     "позицию инженера-сметчика.", "Кофейня Шоколадница, Тверская", "Вектор Энерджи"),
    ("Γιώργος – Αιγαίο Ενέργεια", "Γιώργος Παπαδόπουλος (giorgos.papadopoulos@aegeanpower.gr), διευθυντής. "
     "Συνέντευξη για τη θέση μηχανικού έργων.", "Φλοράλ, Πλατεία Εξαρχείων", "Αιγαίο Ενέργεια"),
    ("Јован – Дунав Солар", "Јован Јовановић (jovan.jovanovic@gmail.com), власник. Разговор за посао, позиција "
     "инжењера.", "Златни Бокал, Скадарлија", "Дунав Солар"),
    ("Milan – Dunav Solar", "Milan Jovanović (milan.jovanovic@gmail.com), vlasnik. Razgovor za posao, pozicija "
     "inženjera.", "Zlatni Bokal, Skadarlija", "Dunav Solar"),
    ("Кафе с Мария – Черноморие Системс", "Мария Иванова (maria.ivanova@gmail.com), бивша колежка. Информационна "
     "среща: искам съвет за кариерата.", "Виена, пл. Славейков", "Черноморие Системс"),
])
def test_the_firm_the_title_names_beside_the_person_met_outranks_the_place_they_meet_at(title, description, location,
                                                                                          company):
    found = note(title, description, location)
    assert found.interview and found.company == company


def test_a_place_the_location_names_stays_the_company_when_the_title_names_no_firm_beside_the_person():
    found = note("Горан – интервју", "Горан Петров (goran.petrov@gmail.com). Интервју за позицијата техничар.",
                 "Алфа Инжинеринг, ул. Македонија 12")
    assert found.interview and found.company == "Алфа Инжинеринг"


def test_a_first_name_inside_a_word_that_ends_the_firms_domain_is_still_the_persons():
    found = note("Кафе с Ина – Пирин Консултантс", "Ина Стоева (ina.stoeva@pirin-finance.bg), бивша колежка. "
                 "Информационна среща: искам съвет за кариерата.", "Виена, пл. Славейков")
    assert found.interview and found.company == "Пирин Консултантс" and found.role is None
