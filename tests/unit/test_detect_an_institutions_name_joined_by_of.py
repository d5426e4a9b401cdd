"""A company the title names with a word joining its kind to its name ("Bank of ...", "Benki ya ...", "Clinique
des ...", Maltese "tal-"), or with a word of the vocabulary's phrases inside it ("... Coffee Estates"), is named whole;
a word of the interview's own name after the company still ends it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, company", [
    ("Interview – Bank of Eastmoor", "Bank of Eastmoor"),
    ("Usaili wa kazi – Benki ya Pwani", "Benki ya Pwani"),
    ("Interview – Clinique des Glycines", "Clinique des Glycines"),
    ("Intervista għax-xogħol – Bank tal-Qawra", "Bank tal-Qawra"),
    ("Intervista għax-xogħol – Bank ta' Marsalforn", "Bank ta' Marsalforn"),
    ("Entrevista – Hospital de la Merced", "Hospital de la Merced"),
    ("Job interview – Mbeya Coffee Estates", "Mbeya Coffee Estates"),
])
def test_a_name_joined_by_of_or_holding_a_common_word_is_named_whole(title, company):
    found = detect(event(title, "", me_too=False), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("title", ["Interview – Tallow Works Phone Screen", "Bank of Eastmoor Final Round interview"])
def test_the_interviews_own_words_after_the_company_still_end_it(title):
    found = detect(event(title, "", me_too=False), [ME])
    assert found.company in ("Tallow Works", "Bank of Eastmoor")


@pytest.mark.parametrize("title, company", [
    ("Entrevista – Colegio San Ignacio (maestra de primaria)", "Colegio San Ignacio"),
    ("Entrevista – Colegio Santa Clara", "Colegio Santa Clara"),
])
def test_an_institutions_kind_opens_a_name_though_the_vocabulary_holds_it(title, company):
    found = detect(event(title, "", me_too=False), [ME])
    assert found.interview and found.company == company


def test_a_schools_interview_names_no_school_as_its_company():
    assert not detect(event("School interview – Greenacre", "", me_too=False), [ME]).interview
