"""An Irish company's legal form, "Teoranta" (limited) or its short "Teo.", is no part of the company's name, as
"Ltd" or "Cyf" after a name; "Teo" without its dot is a surname ("Grace Teo") and stays."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.company_names import LEGAL_FORM_AHEAD, writes_a_legal_form
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title", [
    "Agallamh poist – Bradán Mara Teoranta",
    "Agallamh poist – Bradán Mara Teo.",
    "Bradán Mara Teo. – agallamh don phost",
])
def test_an_irish_legal_form_after_the_name_is_left_out(title):
    sender = person("siobhan.nibhriain@gmail.com", "Siobhán Ní Bhriain")
    found = detect(event(title, "Tá áthas orainn cuireadh a thabhairt duit chuig agallamh.", organizer=sender,
                         attendees=(sender,), minutes=45), [ME])
    assert found.interview
    assert found.company == "Bradán Mara"


@pytest.mark.parametrize("text", ["Muileann Bán Teoranta", "Muileann Bán Teo."])
def test_the_irish_legal_forms_are_legal_forms(text):
    assert writes_a_legal_form(text)
    assert LEGAL_FORM_AHEAD.match(text[len("Muileann Bán"):])


def test_a_surname_teo_is_no_legal_form():
    assert not writes_a_legal_form("Call with Grace Teo about the role")
