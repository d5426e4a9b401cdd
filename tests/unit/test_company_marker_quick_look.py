"""The quick look ``first_marked`` takes before its pattern of markers: it never rules out a text the pattern
finds a marker in."""
from providers.detection.company_text import MARKER, MARKER_OR_WITH, _may_hold_a_marker

_TEXTS = [
    "Second round at Brackwater Mills",
    "(AT Fernhollow Ceramics) final chat",
    "Gespräch bei Lindgren Optik",
    "Chat with Oskar, ex-Pellucid Systems",
    "EX-Tamberlane engineer catch-up",
    "Ping @Quorra Labs about the offer",
    "Gespräch mit Harald von Stiernhof Bau",
    "Formerly at Ostwind Freight, now consulting",
    "Entrevista na Caravela Seguros",
    "Nástup do společnosti Lesní Stavby",
    "Phone screen - Data Analyst",
    "Onsite loop: platform team",
    "Notes: bring portfolio, arrive early",
    "Hat tip to the panel",
    "Marathon prep_at 9",
]


def test_a_text_holding_a_marker_is_never_ruled_out():
    for markers in (MARKER, MARKER_OR_WITH):
        for text in _TEXTS:
            if markers.search(text):
                assert _may_hold_a_marker(text, markers), text


def test_a_plain_text_without_a_marker_word_is_ruled_out():
    assert not _may_hold_a_marker("Phone screen - Data Analyst", MARKER)
    assert not _may_hold_a_marker("Hat tip to the panel", MARKER)  # "at" only inside a word
    assert _may_hold_a_marker("Coffee with Ilse", MARKER_OR_WITH)
    assert not _may_hold_a_marker("Coffee with Ilse", MARKER)
