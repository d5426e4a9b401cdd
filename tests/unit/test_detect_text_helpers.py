"""Text helpers detection calls on every event, rewritten for speed: each gives what the plain
computation it replaced gives, on the text where the two could part (typographic characters side by
side, separators next to each other and to brackets, letters that change length when lower-cased)."""
from __future__ import annotations

import pytest

from providers.detection.company_names import writes_a_legal_form
from providers.detection.role import split_parts
from providers.detection.scanner import fold

_OLD_FOLD = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "‐": "-", "‑": "-", "＿": "_", "　": " "})
_OLD_SEPARATORS = str.maketrans({ch: "\x00" for ch in "|｜:：()（）[]【】「」／"})

TRICKY = [
    "",
    "Interview – Analyst (Contoso)",
    "Don’t ‘quote’\u00a0me‐now‑or＿later　ok",
    "’’‘‘\u00a0\u00a0‐‑＿　",
    "İSTANBUL ẞtraße Ǆemal ΣΊΣΥΦΟΣ",  # letters whose lower case is longer, or depends on the next one
    "Entrevista｜Analista：（Fabrikam）【面接】「一次」／オンライン",
    "a||b::c()d[]e",
    "Specjalista ds. Kadr - rozmowa (m/w/d)",
    "Engenheiro(a) de Dados | Nubank",
    "x / - y — z . w <> v x u\nnext | line",
    "(((",
    "｜",
]


def _old_split_parts(text: str) -> list[str]:
    """``split_parts`` as it was written with ``str.translate``."""
    from providers.detection import role

    abbreviated = role._TITLE_ABBREVIATION in text
    if abbreviated:
        text = text.replace(role._TITLE_ABBREVIATION, " ds\x03 ")
    for separator in role._SPACED_SEPARATORS:
        if separator in text:
            text = text.replace(separator, "\x00")
    if abbreviated:
        text = text.replace("\x03", ".")
    inflected = "(" in text and role._INFLECTION.search(text) is not None
    if inflected:
        text = role._INFLECTION.sub("\x01\\1\x02", text)
    parts = [part.strip() for part in text.translate(_OLD_SEPARATORS).split("\x00") if part.strip()]
    return [part.replace("\x01", "(").replace("\x02", ")") for part in parts] if inflected else parts


@pytest.mark.parametrize("text", TRICKY)
def test_fold_gives_what_translating_the_lower_case_gave(text):
    assert fold(text) == text.lower().translate(_OLD_FOLD)


@pytest.mark.parametrize("text", TRICKY)
def test_split_parts_gives_what_translating_the_separators_gave(text):
    assert split_parts(text) == _old_split_parts(text)


def test_fold_folds_every_typographic_character_once():
    assert fold("It’s ‘Data’\u00a0Analyst‐II") == "it's 'data' analyst-ii"


@pytest.mark.parametrize("texts", [
    ["Interview – Contoso", "Maya Chen", "Contoso AG", "Seattle"],
    ["Contoso AG", "GmbH"],  # a legal form ending one text, another starting the next
    ["xS.A/S", "Fabrikam"],  # a form inside a word hides none after it
    ["Fabrikam B.V", "\nLitware Inc"],
    ["NoLegalAG", "Ltdx", ""],
    ["plain", "words", "only"],
])
def test_one_look_at_the_joined_texts_finds_a_legal_form_when_one_of_them_writes_it(texts):
    assert writes_a_legal_form("\n".join(texts)) == any(writes_a_legal_form(text) for text in texts)


def test_a_medium_in_a_domain_label_is_found_as_the_plain_alternation_found_it():
    import re

    from providers.detection import against

    old = re.compile(
        "(?:" + "|".join(sorted((re.escape(n) for n in against.MEDIA_WORDS if len(n) >= 5 or n == "news"), key=len, reverse=True))
        + ")$|^(?:" + "|".join(sorted((re.escape(n) for n in against.MEDIA_WORDS if len(n) >= 6), key=len, reverse=True))
        + ")"
    )
    words = sorted(against.MEDIA_WORDS)
    labels = [head + word + tail for word in words for head in ("", "x", "supply") for tail in ("", "x", "hq")]
    labels += [a + b for a in words for b in words] + ["contoso", "salelhealth", ""]
    assert [bool(old.search(label)) for label in labels] == [bool(against._MEDIUM_IN_LABEL.search(label))
                                                             for label in labels]


def _first_letters(items) -> tuple[set[str], bool]:
    """The characters a parsed regular expression can start with, and whether it must start with one."""
    from re import _parser as parser

    letters: set[str] = set()
    for op, arg in items:
        if op is parser.LITERAL:
            return letters | {chr(arg)}, True
        if op is parser.IN:
            assert all(kind is parser.LITERAL for kind, _ in arg), "a class of literal letters"
            return letters | {chr(code) for _, code in arg}, True
        if op is parser.BRANCH:
            found = [_first_letters(branch.data) for branch in arg[1]]
            return letters.union(*(f for f, _ in found)), all(must for _, must in found)
        if op is parser.SUBPATTERN:
            inner, must = _first_letters(arg[3].data)
            letters |= inner
            if must:
                return letters, True
            continue
        raise AssertionError(f"unexpected start of a legal form: {op}")
    return letters, False


def test_every_legal_form_starts_with_one_of_the_initials_looked_for_first():
    from re import _parser as parser

    from providers.detection import company_names

    letters, must = _first_letters(parser.parse(company_names.LEGAL_FORMS).data)
    assert must and letters == set(company_names.LEGAL_FORM_INITIALS)


def _old_writes_a_legal_form(text: str) -> bool:
    """``writes_a_legal_form`` as it was: every match of the forms walked."""
    import re

    from providers.detection import company_names

    forms = re.compile(company_names.LEGAL_FORMS)
    return any(not m.start() or not text[m.start() - 1].isalnum() for m in forms.finditer(text))


@pytest.mark.parametrize("text", TRICKY + [
    "Contoso AG", "xS.A/S", "Gulf xFZ-LLC", "Pivovar Lipno s.r.o.", "xs.r.o. Ltd", "Αιγαίο Logistics Α.Ε.", "ΑΒΕΕ",
    "AGAG AG", "spol. s r.o.", "Sp.A SpA S.A.S", "Inc.Inc Inc"])
def test_legal_forms_looked_for_where_an_initial_comes_are_the_forms_the_walk_finds(text):
    import re

    from providers.detection import company_names

    walk = [m.span() for m in re.compile(company_names.LEGAL_FORMS).finditer(text)]
    assert [m.span() for m in company_names._LEGAL_WORD.finditer(text)] == walk


LEGAL_TEXTS = TRICKY + [
    "Contoso AG", "xS.A/S", "NoLegalAG", "Ltdx", "Fabrikam B.V", "Emirates FZE", "Doha Trading WLL", "Gulf FZ-LLC",
    "Pivovar Lipno s.r.o.", "Škoda Auto a. s.", "Αιγαίο Logistics Α.Ε.", "ΑΒΕΕ", "_GmbH", "2GmbH", "é.Ltd",
    "Interview at Helix A/S\nMaya Chen", "plc", "spol. s r.o.", "k.s", "v. o. s", "ΜΕΠΕ", "Ι.Κ.Ε", "ΟΕ", "Ε.Ε",
]


@pytest.mark.parametrize("text", LEGAL_TEXTS)
def test_writes_a_legal_form_answers_as_the_walk_over_every_form_did(text):
    assert writes_a_legal_form(text) == _old_writes_a_legal_form(text)


@pytest.mark.parametrize("flags", [0, 2])  # 2: re.IGNORECASE
def test_word_start_pattern_finds_what_a_word_boundary_before_the_trie_found(flags):
    import re

    from providers.detection.scanner import trie_pattern, word_start_pattern

    words = {"interview", "inter", "rôle", "(m/w/d", "/app/x", "ab", "b", "ça va", "面接", "1st round"}
    ends = frozenset({"ab", "inter"})
    old = re.compile(r"\b" + trie_pattern(words, ends), flags)
    new = re.compile(word_start_pattern(words, ends), flags)
    texts = TRICKY + ["Interviews, inter-views; an interview", "Engineer(m/w/d) (m/w/d)", "x/app/x /app/x",
                      "Ab ab aB cab b_b 1st round x1st round", "RÔLE rôle le rôle", "ÇA VA ça va", "一次面接 面接",
                      "_interview 9interview éinterview"]
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text


@pytest.mark.parametrize("name", ["INTERVIEWERS_HEADING", "SENDER_STAYS_AWAY", "JOB_TALK", "_SIGN_OFF"])
def test_a_phrase_regex_finds_in_plain_text_what_its_whole_expression_finds(name):
    import re

    from providers.detection import words

    phrases = getattr(words, name)
    whole = re.compile(phrases.pattern)
    texts = TRICKY + ["your interviewers: panel", "the interview panel (panelists)", "kind regards, mo",
                      "i won't be joining, but Suresh will", "面接官：山田", "لجنة المقابلة", "a job talk by dr. x",
                      "paneel: ana", "gesprächspartner: ben", "gespraechspartner: ben", "  best regards"]
    for text in texts:
        assert [m.span() for m in phrases.finditer(text)] == [m.span() for m in whole.finditer(text)], text
        assert bool(phrases.search(text)) == bool(whole.search(text))
        assert bool(phrases.match(text)) == bool(whole.match(text))


def test_the_vocabulary_finds_in_a_text_of_one_alphabet_what_its_whole_tries_find():
    from providers.detect import _VOCABULARY as vocabulary
    from providers.detection.scanner import ANY, alphabet

    texts = TRICKY + [
        "your interview with contoso for the data analyst role (m/w/d) engineer(m/w/d)",
        "telefoninterview, entrevista tecnica, haastattelu, 1st round, follow-up call re: the position",
        "cancelled: weekly sync / coffee chat with the hiring manager; mock interview practice",
        "vorstellungsgespräch – zweite runde, entrevista técnica — rôle « chargé de mission », työhaastattelu",
        "bewerbungsgespräch für die stelle (m/w/d) – telefoninterview „kennenlernen“ …",
        "συνέντευξη – entrevista, 면접 일정 – 面接 (一次)",
    ]
    for text in (fold(t) for t in texts):
        tier = alphabet(text)
        assert vocabulary._at_words[tier].findall(text) == vocabulary._at_words[ANY].findall(text), text
        assert vocabulary._anywhere[tier].findall(text) == vocabulary._anywhere[ANY].findall(text), text
    assert [alphabet(fold(t)) for t in texts[-3:]] == [1, 1, 2]


def test_a_text_is_written_in_the_narrowest_alphabet_that_holds_its_letters():
    from providers.detection.scanner import ANY, ASCII, LATIN, alphabet

    assert alphabet("final round - contoso") == ASCII
    assert alphabet("entrevista técnica – “contoso”") == LATIN
    assert alphabet("ǆemal ẞtraße") == ANY  # (Latin Extended Additional is beyond the Latin tier: all phrases)
    assert alphabet("面接") == ANY
