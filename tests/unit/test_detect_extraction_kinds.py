"""Interview detection on kinds of events extraction used to get wrong.

Each test builds its own event; the assertions are on what detection returns (the verdict, the
kind, the company, the role), never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


# -- an agency recruiter sets up an interview with a client: the company is the client ----------------

# -- a company named at the end of a sentence ends with the sentence ----------------------------------

@pytest.mark.parametrize("description, company", [
    ("Odile works on the pricing team at Brackenfield Insurance. Hoping to learn how they hire.",
     "Brackenfield Insurance"),
    ("Rafa leads design at Vento Azul Studio. Quería preguntarle por su equipo.", "Vento Azul Studio"),
    ("Noor builds wheels at St. Aubin Cycles. Keen to hear about the team.", "St. Aubin Cycles"),
])
def test_a_company_named_at_the_end_of_a_sentence_stops_there(description, company):
    friend = person("pal.contact@gmail.com", "Pal Contact")
    found = detect(event("Informational interview", description, organizer=friend, attendees=(friend,)), [ME])
    assert found.interview and found.kind == "informational"
    assert found.company == company
