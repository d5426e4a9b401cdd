"""A label ("Role: ...") that follows a sentence ending in a script's own full stop (Ethiopic "።", Devanagari "।",
Chinese "。") gives the role, as one after an English full stop does, over whatever a part of the title holds (a
first name with a profession's ending, "Kidist"; a word of a field)."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_label_after_the_ethiopic_full_stop_gives_the_role():
    found = detect(event("Abay Talent – Kidist", "ቅድስት ታደሰ (Abay Talent) ትደውላለች። Role: Credit Risk Manager.\n"
                         "kidist@abaytalent.example"), [ME])
    assert found.interview and found.role == "Credit Risk Manager"


def test_a_label_after_the_devanagari_full_stop_gives_the_role():
    found = detect(event("Sutlej Search – Meera (Analyst)", "मीरा (Sutlej Search) कॉल करेंगी। Role: Treasury Manager.\n"
                         "meera@sutlejsearch.example"), [ME])
    assert found.interview and found.role == "Treasury Manager"


def test_a_label_after_the_chinese_full_stop_gives_the_role():
    found = detect(event("Jade Bridge Search – Lin (Engineer)", "林小姐(Jade Bridge Search)会打电话来。Role: Procurement "
                         "Manager.\nlin@jadebridge.example"), [ME])
    assert found.interview and found.role == "Procurement Manager"
