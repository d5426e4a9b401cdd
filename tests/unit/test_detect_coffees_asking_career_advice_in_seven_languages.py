"""Informational interviews in Uzbek, Kazakh, Tamil, Telugu, Kinyarwanda, Bangla and Marathi: a coffee, a tea or a
lunch with someone to ask their advice about a career is one; a coffee with a friend that speaks of no advice or
career is not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, description, company", [
    ("Qahva – Malika (Navoiy Data) – karyera boʻyicha maslahat", "malika@navoiydata.uz", "Navoiy Data"),
    ("Кофе – Бобур – маслаҳат", "Бобур (Фарғона Текс). Дизайнга ўтиш ҳақида маслаҳат сўраш. bobur@fargonatex.uz",
     "Фарғона Текс"),
    ("Кофе – Данияр (Сарыарқа Софт) – мансап", "Аналитикаға ауысу туралы кеңес сұрау. daniyar@saryarqasoft.kz",
     "Сарыарқа Софт"),
    ("காபி – கவிதா (Porunai Labs) – கேரியர் ஆலோசனை", "kavitha@porunailabs.in", "Porunai Labs"),
    ("కాఫీ – సుధ (Nallamala Data) – కెరీర్ సలహా", "sudha@nallamaladata.in", "Nallamala Data"),
    ("Ikawa – Diane (Muhazi Tech) – inama ku mwuga", "diane@muhazitech.rw", "Muhazi Tech"),
    ("কফি – নুসরাত (Surma Soft) – ক্যারিয়ার পরামর্শ", "nusrat@surmasoft.bd", "Surma Soft"),
    ("कॉफी – प्राजक्ता (Godavari Analytics) – करिअर सल्ला", "prajakta@godavarianalytics.in", "Godavari Analytics"),
])
def test_a_coffee_asking_career_advice_is_an_informational_interview(title, description, company):
    found = detect(event(title, description, me_too=False), [ME])
    assert found.interview and found.kind == "informational" and found.company == company


@pytest.mark.parametrize("title, description", [
    ("Qahva – Malika", "malika@navoiydata.uz"),
    ("Кофе – Данияр", "daniyar@saryarqasoft.kz"),
    ("காபி – கவிதா", "kavitha@porunailabs.in"),
    ("కాఫీ – సుధ", "sudha@nallamaladata.in"),
    ("Ikawa – Diane", "diane@muhazitech.rw"),
    ("কফি – নুসরাত", "nusrat@surmasoft.bd"),
    ("चहा – प्राजक्ता", "prajakta@godavarianalytics.in"),
])
def test_a_coffee_with_a_friend_is_no_interview(title, description):
    assert not detect(event(title, description, me_too=False), [ME]).interview
