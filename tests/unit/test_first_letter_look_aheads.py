"""The look-ahead for their first letters that some word lists are searched behind (and the one look-behind for a
space that a run of the words for a post shares): the same matches as the lists without it, in any case the text
writes them."""
import re

from providers.detection.company_finders import _ASKED_US, _COMMISSIONED_US_WORDS
from providers.detection.evidence import _TEST_ALONE, _TESTS_ALONE
from providers.detection.role import _POST_AFTER_A_ROLE, POSTS_AFTER_A_ROLE, joins_its_post
from providers.detection.scanner import trie_pattern

_POSTS_WITHOUT_LOOK_AHEAD = re.compile("|".join(
    re.escape(post) if joins_its_post(post) else rf"(?<=\s){re.escape(post)}(?!\w)" for post in POSTS_AFTER_A_ROLE),
    re.IGNORECASE)
_ASKED_WITHOUT_LOOK_AHEAD = re.compile(r"\b" + _ASKED_US, re.IGNORECASE)
_TESTS_WITHOUT_LOOK_AHEAD = re.compile(r"(?<!\w)(?:" + trie_pattern(_TESTS_ALONE) + r")(?!\w)")

_TEXTS = [
    "Yazılım Geliştirici pozisyonu için görüşme",
    "Kıdemli Analist POZİSYONU için",
    "Satış Uzmanı POZİSYONUNDA çalışacak",
    "Maglumat Hünärmeni wezipesine çagyrylýar",
    "pozisyonu başta yazıldı",
    "Hasaba alyjy WEZIPÄ üçin",
    "Bosh hisobchi LAVOZIMIGA taklif",
    "Бас есепші лауазымына өтініш, сосын лауазымы туралы",
    "Satış meneceri vəzifəsinə müsahibə",
    "Kassir lavozimida, xlavozimida emas",
    "Jurnalist pozisiyasına, vakansiyasiga va vakansiyası",
    "ငွေကိုင်ရာထူးအတွက် လျှောက်ထားခြင်း",
    "Kellner Foods Has Asked Us to find a buyer",
    "HAT UNS BEAUFTRAGT, eine Leitung zu finden",
    "Ostrava Tiskárny nos encargó la búsqueda",
    "Nous a confié la recherche d'un directeur",
    "chas asked us nothing",
    "online assessment for the graduate scheme",
    "please finish the aptitude test by friday",
    "an aptitude tester is no test taken alone",
]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_the_words_for_a_post_after_a_role_are_found_as_before():
    for text in _TEXTS:
        assert _spans(_POST_AFTER_A_ROLE, text) == _spans(_POSTS_WITHOUT_LOOK_AHEAD, text), text
    assert _POST_AFTER_A_ROLE.search("Kıdemli Analist POZİSYONU için")
    assert [m.group() for m in _POST_AFTER_A_ROLE.finditer("Kassir lavozimida, xlavozimida emas")] == ["lavozimida"]


def test_a_recruiters_words_for_being_commissioned_are_found_as_before():
    for text in _TEXTS:
        assert _spans(_COMMISSIONED_US_WORDS, text) == _spans(_ASKED_WITHOUT_LOOK_AHEAD, text), text
    assert _COMMISSIONED_US_WORDS.search("Kellner Foods Has Asked Us to find a buyer")
    assert not _COMMISSIONED_US_WORDS.search("chas asked us nothing")


def test_the_words_of_a_test_taken_alone_are_found_as_before():
    for text in _TEXTS:
        assert _spans(_TEST_ALONE, text) == _spans(_TESTS_WITHOUT_LOOK_AHEAD, text), text
    assert _TEST_ALONE.search("please finish the aptitude test by friday")
    assert not _TEST_ALONE.search("an aptitude tester is no test taken alone")
