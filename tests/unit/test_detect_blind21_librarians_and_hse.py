"""Kinds of evidence and field extraction learnt after an independent labelled set (blind21) was scored, from a US
reference librarian's calendar and a Nigerian HSE officer's: the titles of those who keep collections
("Librarian", "Curator")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description, role", [
    ("Interview – Harbour College", "Thank you for your interest in our Teaching and Learning Librarian opening. "
     "The panel will meet you for 45 minutes.", "Teaching and Learning Librarian"),
    ("Harbour College – Systems Librarian interview", "", "Systems Librarian"),
    ("Interview – Textile Curator", "", "Textile Curator"),
])
def test_the_keepers_of_collections_head_a_title(title, description, role):
    lead = person("d.ng@harbourcollege.edu", "Dana Ng")
    found = detect(event(title, description, organizer=lead, attendees=(lead,), minutes=45), [ME])
    assert found.interview and found.role == role
