"""A recruitment agency that keeps its client's name back is the company, named as it writes itself, with the word
for what it does in its own language ("Kystlys Bemanning", "Havsörn Rekrytering"), as "Recruitment" stays in
"Brightwell Recruitment"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event


@pytest.mark.parametrize("title, notes, company", [
    ("Telefonsamtale – Kystlys Bemanning", "Konsulent Kari Dahl, kari.dahl@kystlys.no. Stilling: driftsleder. "
     "Oppdragsgiver er anonym inntil videre. Hun ringer meg.", "Kystlys Bemanning"),
    ("Telefonsamtal – Havsörn Rekrytering", "Konsult Kari Dahl, kari.dahl@havsorn.se. Tjänst: driftschef. "
     "Kunden är konfidentiell tills vidare. Hon ringer mig.", "Havsörn Rekrytering"),
])
def test_an_agencys_word_in_its_own_language_stays_in_its_name(title, notes, company):
    found = detect(event(title, notes, organizer=CASEY, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == company
