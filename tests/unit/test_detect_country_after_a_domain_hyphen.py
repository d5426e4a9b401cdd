"""A domain that adds its country after a hyphen ("swgroup-uk.com") abbreviates the name the text writes in full
("Solway Wind Group"), as the domain without it does."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("domain", ["swgroup-uk.com", "swgroup-us.com"])
def test_a_domain_with_its_country_after_a_hyphen_abbreviates_the_name(domain):
    leo = person(f"leo.hart@{domain}", "Leo Hart")
    found = detect(event("Video call – Solway Wind Group", "Call with Leo Hart (Talent Partner) about the Site Lead "
                         f"role. leo.hart@{domain}", organizer=leo, attendees=(leo,)), [ME])
    assert found.interview and found.company == "Solway Wind Group"
