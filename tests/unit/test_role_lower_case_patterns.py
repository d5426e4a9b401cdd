"""The role finder's patterns for ASCII text in lower case find what its case-blind patterns find."""
import re

from providers.detection import role
from providers.detection.scanner import phrase_start_pattern

_TEXTS = (
    "Hello Priya,\nFOR the Position of Fleet Coordinator at Northwind. Job Title: Fleet Coordinator | Room 4",
    "Vacancy:   Warehouse Lead\nWe are Hiring A Forklift Operator (night shift)",
    "Thanks for applying! Position: Pastry Chef. Role : sous chef",
)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).lower()) for m in matches]


def test_keywords_in_lower_case_are_found_where_the_case_blind_pattern_finds_them():
    for text in _TEXTS:
        assert _spans(role._keywords(text)) == _spans(role._KEYWORD.finditer(text))


def test_a_label_in_lower_case_gives_the_words_the_text_writes():
    for text in _TEXTS:
        match = next((m for m in role._LABELLED.finditer(text)
                      if not m.start() or text[:m.start()].rstrip(" \t")[-1:] in "\n|•·;."), None)
        assert role._labelled(text) == (match.group("role") if match else None)


def test_no_pattern_in_lower_case_when_a_phrase_holds_a_letter_ignoring_case_turns_to_ascii():
    assert role._in_ascii_lower_case({"başvuru ıçin", "for"}, "") is None  # "ı" matches "I" ignoring case
    pattern = role._in_ascii_lower_case({"posición", "for"}, "")
    assert pattern is not None and pattern.pattern == phrase_start_pattern({"for"})
    assert re.compile(pattern.pattern).search("looking for") is not None
