"""A name a domain spells goes on with the Azerbaijani and Turkish words for its kind, written with their possessive
ending ("Nur Memarlıq Studiyası" for nurstudio.az): the name in full."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_the_kind_words_after_the_name_are_part_of_it():
    found = detect(event("Nur – Rauf bəylə görüş, portfolio göstər",
                         "Rauf Səfərov (təsisçi). Vəzifə: Layihə rəhbəri. rauf@nurstudio.az\nPortfolio götür.",
                         me_too=False, minutes=60, location="Nur Memarlıq Studiyası, Nizami küçəsi"), [ME])
    assert found.interview
    assert found.company == "Nur Memarlıq Studiyası"
