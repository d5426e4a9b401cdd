"""Detection's vocabularies are data: one TOML file per language, read once, merged, checked."""
from __future__ import annotations

import re

import pytest

from providers.detection.lexicon import LEXICON, VOCABULARY_DIR, VocabularyError, groups, load
from providers.detection.scanner import Vocabulary, phrase_regex


def test_every_language_has_its_own_file():
    names = {path.stem for path in VOCABULARY_DIR.glob("*.toml")}
    assert {"en", "de", "fr", "es", "pt", "it", "nl", "ja", "pl", "sv", "nb", "da", "tr", "af", "fi", "cs", "el", "ko", "ar", "zh", "vi", "he", "id", "ar-latn", "hu", "uk", "sr"} <= names


def test_the_files_are_merged_by_kind_of_evidence():
    interview = LEXICON.phrases("interview", "words")
    assert "vorstellungsgespräch" in interview and "sollicitatiegesprek" in interview and "面接" in interview
    assert "podcast" in LEXICON.phrases("not_interview_anywhere", "press")
    assert "phone screen" in LEXICON.keys("stage")


def test_a_phrase_added_to_a_file_is_found_with_its_tag(tmp_path):
    (tmp_path / "xx.toml").write_text('[interview]\nwords = ["kaffeeklatsch."]\n[stage]\n"final" = ["grand finale"]\n',
                                      encoding="utf-8")
    vocabulary = Vocabulary(groups(load(tmp_path)))
    found = vocabulary.scan("ein kaffeeklatsch, then the grand finale")
    assert found["interview"] == "kaffeeklatsch" and found["stage=final"] == "grand finale"
    assert "interview" not in vocabulary.scan("kaffeeklatsches")  # a final "." ends the word


@pytest.mark.parametrize("text, error", [
    ('[interviews]\nwords = ["x"]\n', "unknown section [interviews]"),
    ('[interview]\nwordz = ["x"]\n', "unknown list interview.wordz"),
    ('[interview]\nwords = "x"\n', "interview.words must be a list"),
    ('[interview]\nwords = ["x", ""]\n', "interview.words must be a list"),
    ('[interview\nwords = ["x"]\n', "xx.toml"),
])
def test_a_malformed_file_is_a_clear_error_naming_it(tmp_path, text, error):
    (tmp_path / "xx.toml").write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError, match=error.replace("[", r"\[")):
        load(tmp_path)


def test_the_digest_changes_with_the_words(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text('[interview]\nwords = ["one"]\n', encoding="utf-8")
    first = load(tmp_path).digest
    path.write_text('[interview]\nwords = ["two"]\n', encoding="utf-8")
    assert load(tmp_path).digest != first


def test_phrase_syntax_outside_the_scan():
    found = phrase_regex(["your application", "~gespräch", "due.", "éclair"])
    assert found.search("thanks for your applications")
    assert found.search("vorstellungsgespräch")
    assert found.search("due tomorrow") and not found.search("a duet")
    assert found.search("un eclair")  # accents optional
    assert phrase_regex(["kind regards."], anchored=True).match("  kind regards")
    assert not phrase_regex(["kind regards."], anchored=True).match("with kind regards")


def test_polish_invitations_are_read():
    from providers.detect import detect
    from tests.unit.test_detect import CASEY, ME, event, person

    recruiter = person("m.zielinska@baltycka-energia.pl", "Magda Zielińska")
    found = detect(event("Rozmowa kwalifikacyjna – Specjalista ds. Zakupów",
                         "Zapraszamy na drugi etap rekrutacji na stanowisko Specjalista ds. Zakupów.",
                         organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.kind == "job"
    marta = person("marta.wrobel@portowe-sklady.pl", "Marta Wróbel")
    coffee = detect(event("Kawa z Martą", "Chcę zapytać o ścieżkę kariery w logistyce i o pracę w jej zespole.",
                          organizer=CASEY, attendees=(marta,)), [ME])
    assert coffee.interview and coffee.kind == "informational"
    practice = detect(event("Próbna rozmowa rekrutacyjna", "Ćwiczymy odpowiedzi z doradcą zawodowym.",
                            organizer=CASEY, attendees=(person("doradca@example-kariera.pl", "Doradca"),)), [ME])
    assert not practice.interview


def test_a_polish_residents_meeting_that_hears_firms_is_no_interview():
    from providers.detect import detect
    from tests.unit.test_detect import ME, event, person

    board = person("zarzad@osiedle-lipowe.pl", "Zarząd Osiedla Lipowego")
    found = detect(event("Zebranie mieszkańców – wybór firmy sprzątającej",
                         "1. Panel: trzy firmy przedstawiają oferty\n2. Głosowanie\n3. Wolne wnioski",
                         organizer=board, attendees=(board,), minutes=120), [ME])
    assert not found.interview


def test_the_phrases_of_every_script_are_compiled_only_when_a_text_in_such_a_script_comes():
    """The widest alphabet's pattern (every script's phrases) costs most of the compiling at start: a calendar
    in Latin letters never needs it, and the first text beyond them compiles it, finding the same phrases."""
    vocabulary = Vocabulary({"interview": ["interview", "συνέντευξη"]})
    regex = phrase_regex(["interview", "συνέντευξη"])
    assert vocabulary.scan("second interview with contoso") == {"interview": "interview"}
    assert regex.search("second interview with contoso") is not None
    assert not isinstance(vocabulary._at_words[2], re.Pattern) and not isinstance(regex._by_alphabet[2], re.Pattern)
    assert vocabulary.scan("δεύτερη συνέντευξη με την contoso") == {"interview": "συνέντευξη"}
    assert regex.search("δεύτερη συνέντευξη").group() == "συνέντευξη"
    assert isinstance(vocabulary._at_words[2], re.Pattern) and isinstance(regex._by_alphabet[2], re.Pattern)
