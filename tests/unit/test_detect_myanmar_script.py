"""Myanmar (Burmese) script writes no spaces between the words of a phrase, and its vowel signs, tones and the
asat are marks that are part of the word: a Myanmar phrase matches anywhere in a run of text, after a letter too,
with its marks as written, like a Thai one."""
from __future__ import annotations

from providers.detection.scanner import Vocabulary, fold, phrase_regex, spellings


def test_a_myanmar_phrase_matches_right_after_a_letter():
    # (ဌာန, a department, ends in a letter that carries its vowel: "ဌာနမန်နေဂျာ", a department manager)
    titles = Vocabulary({"title": ["မန်နေဂျာ"]})
    assert titles.scan(fold("ငွေစာရင်းဌာနမန်နေဂျာရာထူးအတွက်")) == {"title": "မန်နေဂျာ"}


def test_a_myanmar_phrase_in_a_pattern_matches_right_after_a_letter():
    assert phrase_regex(["အင်တာဗျူး"]).search(fold("ဝန်ထမ်းရေးရာဌာနအင်တာဗျူး")) is not None


def test_a_myanmar_phrase_keeps_its_marks():
    # (the asat in အင် is no accent: without it the letters spell another word)
    assert spellings("အင်တာဗျူး") == {"အင်တာဗျူး"}
