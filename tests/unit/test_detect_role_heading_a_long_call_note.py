"""A long line of the user's call note that opens with a job title and a comma before lower-case notes ("Site
Manager, regional depot, client confidential ...") names the role."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_title_heading_a_long_line_of_notes_is_the_role():
    found = detect(event("Call Amy @ RTP", "Amy Cole, Ridgeway Talent Partners - 07700 900 118\nSite Manager, regional "
                         "depot, client confidential for now (big grocer, ~300 heads, Doncaster area). She'll call me. "
                         "amy.cole@ridgeway-tp.co.uk", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.role == "Site Manager"
