"""Phrases match however a language's marks and letters are typed: marks decomposed (as some systems store text),
tone marks left off while the marks below letters stay (as Yoruba is often written), the vertical line below
written for the dot below, and Ethiopic written with its own word space or with one of the letters that sound
alike ("ስ" for "ሥ", "ሀ" for "ሐ").

Each test builds its own phrases and text; the assertions are on what the scanner finds.
"""
from __future__ import annotations

import unicodedata

import pytest

from providers.detection.scanner import Vocabulary, fold

# (tone marks above, the dot below), precomposed where Unicode has a letter for it
_TONED = unicodedata.normalize("NFC", "ìpàdé ọ̀gá")


@pytest.mark.parametrize("written", [
    _TONED,
    "ipade ọga",
    "Ipade Ọga",
    "ipade oga",
    unicodedata.normalize("NFC", "ìpàdé ò̩gá"),
])
def test_a_toned_phrase_matches_its_text_with_or_without_tones(written):
    vocabulary = Vocabulary({"meeting": [_TONED]})
    assert "meeting" in vocabulary.scan(fold(written))


def test_an_invitation_stored_with_decomposed_marks_reads_as_the_composed_one():
    from providers.detect import detect
    from tests.unit.test_detect import ME, event, person

    host = person("tuyendung@songhong.example", "Phòng Nhân sự Sông Hồng")
    title = "Mời phỏng vấn vị trí Kế toán – Sông Hồng"
    text = "Chào bạn, cảm ơn bạn đã ứng tuyển. Chúng tôi trân trọng mời bạn tham gia buổi phỏng vấn tại văn phòng."
    composed = detect(event(title, text, organizer=host, attendees=(host,)), [ME])
    decomposed = detect(event(unicodedata.normalize("NFD", title), unicodedata.normalize("NFD", text),
                              organizer=host, attendees=(host,)), [ME])
    assert composed.interview
    assert decomposed.interview
    assert decomposed.confidence == composed.confidence


@pytest.mark.parametrize("written", ["የሥራ ቃለ መጠይቅ", "የስራ ቃለ መጠይቅ", "የሥራ፡ቃለ፡መጠይቅ", "የስራ ቃለ፡መጠይቅ።"])
def test_an_ethiopic_phrase_matches_alike_letters_and_the_word_space(written):
    vocabulary = Vocabulary({"interview": ["የሥራ ቃለ መጠይቅ"]})
    assert "interview" in vocabulary.scan(fold(written))


@pytest.mark.parametrize("phrase, written", [("ሐላፊ", "ሀላፊ"), ("ኃላፊ", "ሃላፊ"), ("ፀሐፊ", "ጸሀፊ"), ("ዓመት", "አመት")])
def test_alike_ethiopic_letters_match_in_every_order_of_the_syllable(phrase, written):
    assert "x" in Vocabulary({"x": [phrase]}).scan(fold(written))
    assert "x" in Vocabulary({"x": [written]}).scan(fold(phrase))
