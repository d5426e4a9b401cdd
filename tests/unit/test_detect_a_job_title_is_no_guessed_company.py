"""With nobody at an organisation on the event and no company named, the title's words are the last guess at one: a
job title among them ("Senior Sonographer", "Store Manager", "Truck Driver") is no company, not even the words before
its head, and the role is the title whole."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_FRIEND = person("rua.tane@gmail.com", "Rua Tane")


@pytest.mark.parametrize(("title", "role"), [
    ("Interview – Senior Sonographer in Timaru", "Senior Sonographer"),
    ("Interview: Store Manager in Bendigo", "Store Manager"),
    ("Interview: Truck Driver", "Truck Driver"),
    ("Paediatric Dietitian interview", "Paediatric Dietitian"),
])
def test_a_job_title_is_the_role_and_no_company(title, role):
    found = detect(event(title, organizer=_FRIEND, attendees=(_FRIEND,)), [ME])
    assert found.interview
    assert found.company is None
    assert found.role == role


def test_a_company_the_title_names_apart_from_the_job_title_is_still_guessed():
    found = detect(event("Interview – Kereru Dairy – Store Manager", organizer=_FRIEND, attendees=(_FRIEND,)), [ME])
    assert found.interview and found.company == "Kereru Dairy" and found.role == "Store Manager"
