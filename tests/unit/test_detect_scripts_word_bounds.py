"""Where a phrase may start and end in the scripts of South and South-East Asia: Khmer, Lao and Burmese write no
space between words, so their phrases match anywhere, as Thai ones do; the vowel signs and viramas of the Indic
scripts are part of a word, so a phrase never starts or ends at one; and a joiner typed inside a word (Sinhala's
"ශ්‍රී", Malayalam's older chillu "ന്‍") is the same word without it."""
from __future__ import annotations

from providers.detection.scanner import Vocabulary, fold, phrase_regex


def _tags(phrases: dict[str, list[str]], text: str) -> set[str]:
    return set(Vocabulary(phrases).scan(fold(text)))


def test_a_khmer_phrase_is_found_inside_running_khmer_text():
    # "the interview for the post" with no space before "interview"
    assert _tags({"interview": ["សម្ភាសន៍"]}, "យើងសូមអញ្ជើញលោកមកការសម្ភាសន៍ការងារនៅថ្ងៃច័ន្ទ") == {"interview"}
    # with the zero-width spaces that mark its word breaks
    assert _tags({"interview": ["សម្ភាសន៍ការងារ"]}, "ការ\u200bសម្ភាសន៍\u200bការងារ\u200bថ្ងៃ\u200bច័ន្ទ") == {"interview"}
    assert phrase_regex(["ມື້ສໍາພາດ"]).search(fold("ນັດມື້ສໍາພາດວຽກ")) is not None  # Lao, the same way


def test_an_indic_phrase_does_not_start_after_a_vowel_sign_or_virama_inside_a_word():
    vocabulary = {"job": ["पद.", "ಹುದ್ದೆ"]}
    assert _tags(vocabulary, "संपदा प्रबंधन बैठक") == set()  # "wealth" holds "पद" after the anusvara
    assert _tags(vocabulary, "सम्पदा विभाग") == set()  # and after a virama
    assert _tags(vocabulary, "ಈ ಹುದ್ದೆಗೆ ಅರ್ಜಿ") == {"job"}
    assert _tags(vocabulary, "पद: लेखाकार") == {"job"}


def test_a_whole_indic_word_does_not_end_before_a_vowel_sign():
    assert _tags({"job": ["पद."]}, "पदा") == set()


def test_a_joiner_inside_a_word_is_the_word_without_it():
    # Sinhala "first" typed with the zero-width joiner of its rakaransaya, and without
    assert _tags({"stage": ["ප්රථම වටය"]}, "ප්\u200dරථම වටයේ සම්මුඛ පරීක්ෂණය") == {"stage"}
    assert _tags({"stage": ["ප්\u200dරථම වටය"]}, "ප්රථම වටය") == {"stage"}
    # Malayalam's atomic chillu and the older virama and joiner spelling of it are one letter
    assert _tags({"interview": ["അഭിമുഖത്തിൻ"]}, "അഭിമുഖത്തിന്\u200d തീയതി") == {"interview"}
