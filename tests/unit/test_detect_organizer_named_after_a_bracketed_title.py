"""The organizer named beside someone met after "with", past that person's title in brackets ("with Ravi (Head
of Studio) + Mei"), is met too."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

MEI = person("mei.tan@copperleaf.example", "Mei Tan")
RAVI = person("ravi.iyer@copperleaf.example", "Ravi Iyer")


def test_the_organizer_named_after_a_bracketed_title_is_met():
    found = detect(event("Copperleaf – interview, round 2", "Portfolio review with Ravi (Head of Studio) + Mei. "
                         "Bring two case studies.", organizer=MEI, attendees=(RAVI,)), [ME])
    assert found.interview and {p.email for p in found.people} == {MEI.email, RAVI.email}
