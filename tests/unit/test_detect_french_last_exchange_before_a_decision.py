"""French writes the final interview as the last exchange before the employer decides ("Dernier échange avant
décision"): interview wording naming the final stage."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_the_last_exchange_before_a_decision_is_a_final_interview():
    found = detect(event("Rencontre avec Marc (DG) – Solvea", "Dernier échange avant décision, au siège de Lyon. Marc "
                         "Aubert, DG. marc.aubert@slvea.fr", location="Solvea, 4 quai Perrache, Lyon", organizer=None,
                         minutes=60), [ME])
    assert found.interview and found.company == "Solvea" and found.stage == "final"


def test_the_title_in_brackets_of_someone_whose_address_the_note_gives_is_not_the_role():
    found = detect(event("Rencontre avec Marc (CFO) – Solvea", "Dernier échange avant décision, au siège de Lyon. "
                         "Marc Aubert, CFO. marc.aubert@slvea.fr", location="Solvea, 4 quai Perrache, Lyon",
                         organizer=None, minutes=60), [ME])
    assert found.interview and found.role != "CFO"
