"""Kinds learnt after an independent labelled set (blind30) was scored: the words that end a name as the kind of
organisation it is, as the text writes them after the name a domain spells: a consortium ("Marula Water Consortium"
for marulawater.example), and Icelandic consulting and engineering firms ("Jökull Ráðgjöf", "Bergvik Verkfræði")."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, address, company", [
    ("Coffee - Dr Njobvu (career advice)", "c.njobvu@marulawater.example", "Marula Water Consortium"),
    ("Kaffi með Helgu (ráðleggingar)", "helga@jokull.example", "Jökull Ráðgjöf"),
    ("Kaffi með Helgu (ráðleggingar)", "helga@bergvik.example", "Bergvik Verkfræði"),
])
def test_a_kind_word_after_the_name_a_domain_spells_stays_with_it(title, address, company):
    guest = person(address, "Helga Njobvu")
    found = detect(event(title, f"Asked if I can pick her brain about moving into consulting ({company}). {address}",
                         me_too=False, minutes=60, attendees=(guest,)), [ME])
    assert found.interview
    assert found.company == company
