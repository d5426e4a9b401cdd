"""A vocabulary phrase typed with a zero-width non-joiner inside it matches text typed with one or without it:
the event text reads the joiner as a space, and so must the phrase."""
from providers.detection.scanner import fold, phrase_regex


def test_a_telugu_phrase_with_a_joiner_matches_text_with_the_joiner():
    written = "వీడియో\u200cకాల్"  # "video call", typed with the joiner as many keyboards do
    regex = phrase_regex([written])
    assert regex.search(fold(f"రేపు {written} ఉంది")) is not None


def test_a_persian_phrase_with_a_joiner_matches_text_typed_with_a_space():
    regex = phrase_regex(["مصاحبه\u200cکننده"])
    assert regex.search(fold("با مصاحبه کننده")) is not None


def test_a_phrase_with_a_joiner_does_not_match_the_first_word_alone():
    regex = phrase_regex(["మౌఖిక\u200cపరీక్ష"])
    assert regex.search(fold("మౌఖిక సమాచారం")) is None
