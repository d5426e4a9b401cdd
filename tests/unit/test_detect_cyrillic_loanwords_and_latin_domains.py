"""A name in Cyrillic letters holding an international word ("Капитал", "Клиник", "Кредит") matches the domain
that spells that word the English way, with a "c" where Cyrillic writes к ("capital", "clinic", "credit")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.domains import label_forms, spelled_phrase
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize(("text", "domain", "name"), [
    ("Собеседование – Северный Капитал", "severnycapital.ru", "Северный Капитал"),
    ("Сұхбат – Астана Клиник", "astanaclinic.kz", "Астана Клиник"),
    ("Ярилцлага – Өлзий Кредит", "olziicredit.mn", "Өлзий Кредит"),
])
def test_a_cyrillic_name_spelling_an_international_word_with_k_is_what_a_domain_writes_with_c(text, domain, name):
    assert spelled_phrase(text, label_forms(domain)) == name


def test_a_cyrillic_k_is_no_other_latin_letter():
    assert spelled_phrase("Собеседование – Северный Капитал", label_forms("severnybapital.ru")) is None


def test_an_invitation_names_the_company_its_title_writes_in_cyrillic_not_the_domains_guess():
    sender = person("hr@orkhoncredit.mn", "Хүний нөөц")
    found = detect(event("Ажлын ярилцлага – Орхон Кредит",
                         "Сайн байна уу. Таныг ярилцлагад урьж байна.", organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == "Орхон Кредит"


@pytest.mark.parametrize(("title", "sender", "company"), [
    ("Ажлын ярилцлага – Сэлэнгэ Кредит Банк, Кассчин", "hr@selengecredit.mn", "Сэлэнгэ Кредит Банк"),
    ("Собеседование – Северный Капитал Групп", "hr@severnycapital.ru", "Северный Капитал Групп"),
])
def test_the_kind_a_cyrillic_name_writes_after_what_its_domain_spells_is_part_of_it(title, sender, company):
    hr = person(sender, "HR")
    found = detect(event(title, "Сайн байна уу. Таныг ярилцлагад урьж байна.", organizer=hr, attendees=(hr,)), [ME])
    assert found.interview and found.company == company
