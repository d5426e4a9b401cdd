"""The user's note of a recruiter's contact line ("Harlow & Finch Executive Search, Dana Finch, 030 555 0143")
names the agency the address's domain shortens loosely ("hf-search")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_contact_line_with_a_phone_number_names_the_agency():
    found = detect(event("Telefonat Herr Finch", "Harlow & Finch Executive Search, Dana Finch, 030 555 0143\n"
                         "Mandat: Leitung Einkauf bei einem Maschinenbauer, Name noch vertraulich. Er ruft an. "
                         "d.finch@hf-search.example", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Harlow & Finch Executive Search"
