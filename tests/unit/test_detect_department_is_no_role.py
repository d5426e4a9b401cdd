"""A department named by the word that heads it ("Department of Civil Engineering", "afdeling Klinische Fysica") is
a unit of the organisation, not the post: the role is the one the description names."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_department_in_the_title_gives_way_to_the_post_the_description_names():
    lead = person("t.okafor@harrowgate.example", "Tunde Okafor")
    found = detect(event("Harrowgate University – Department of Civil Engineering", "Interview for the vacancy "
                         "Laboratory Technician. You will meet Tunde Okafor (lab manager).", organizer=lead,
                         attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role == "Laboratory Technician"


def test_a_department_post_is_still_a_role():
    lead = person("t.okafor@harrowgate.example", "Tunde Okafor")
    found = detect(event("Interview – Department Manager", "Harrowgate University, facilities.", organizer=lead,
                         attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role == "Department Manager"
