"""Kinds of field extraction learnt after an independent labelled set (blind11) was scored: a Japanese company
whose title writes it without the legal form its signature carries."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("jinji@hoshikawa-denki.example", "ホシカワ電機 人事部")
LEAD = person("kato.m@hoshikawa-denki.example", "加藤 真")


@pytest.mark.parametrize("title, signature, company", [
    ("【二次面接】ホシカワ電機 / 田中様", "ホシカワ電機株式会社 人事部", "ホシカワ電機"),
    ("オンライン面談（ホシカワ電機）", "株式会社ホシカワ電機 人事部", "ホシカワ電機"),
    ("最終面接：ホシカワ電機", "合同会社ホシカワ電機 人事部", "ホシカワ電機"),
    # the title writing the legal form, or not naming the company, keeps the registered name
    ("【二次面接】株式会社ホシカワ電機 / 田中様", "株式会社ホシカワ電機 人事部", "株式会社ホシカワ電機"),
    ("【二次面接】田中様", "株式会社ホシカワ電機 人事部", "株式会社ホシカワ電機"),
])
def test_a_japanese_title_writing_the_company_without_its_legal_form_gives_its_everyday_name(title, signature,
                                                                                              company):
    description = f"田中 様\n\n二次面接のご案内です。\n面接官：加藤\n\n{signature}"
    found = detect(event(title, description, organizer=HR, attendees=(LEAD,)), [ME])
    assert found.interview and found.company == company
