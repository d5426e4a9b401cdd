"""A company's name in Latin letters inside a text of another script: a case ending the text joins to it ("-ის",
"-এর", "-ը": of) is no part of it, and in a script without spaces the name starts and ends where its letters do
("我是Orchid Bay的", "Orchid Bay採用担当").

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, notes", [
    ("სატელეფონო გასაუბრება — Tamar", "გამარჯობა, მე ვარ თამარი, Orchid Bay Hotels-ის HR მენეჯერი."),
    ("ফোন সাক্ষাৎকার — Tamar", "নমস্কার, আমি তামার, Orchid Bay Hotels-এর মানবসম্পদ বিভাগ থেকে।"),
    ("Հեռախոսային հարցազրույց — Tamar", "Բարև Ձեզ, ես Թամարն եմ, Orchid Bay Hotels-ի HR բաժնից։"),
    ("电话面试 — Tamar", "您好，我是Orchid Bay Hotels的人事专员。"),
    ("電話面接 — Tamar", "こんにちは。Orchid Bay Hotels採用担当です。"),
])
def test_the_company_in_latin_letters_ends_where_its_letters_do(title, notes):
    recruiter = person("tamar@orchidbayhotels.example", "Tamar Lomidze")
    found = detect(event(title, notes, organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.company == "Orchid Bay Hotels"
