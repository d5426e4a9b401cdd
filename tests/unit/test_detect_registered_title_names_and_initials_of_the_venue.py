"""The company when its domain spells nothing of it (glveng.com): a part of the title that is a name and its legal
form ("– Glenvale Engineering Pty Ltd"), over the bracketed qualifier of the job title ("(Graduate)"), a name ending
in the kind of firm its trade makes ("Engineering" of "engineer") being a firm's; and the place the location names
first when the title writes its initials ("GVE - site interview" at "Glenvale Engineering, 4 Quay St")."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

RECRUITER = person("n.ali@glveng.com", "Nadia Ali")


def test_a_registered_name_in_the_title_is_the_company_over_the_job_titles_bracket():
    found = detect(event("Interview: Structural Engineer (Graduate) – Glenvale Engineering Pty Ltd",
                         "Thank you for applying for the Structural Engineer (Graduate) position.\nNadia Ali",
                         organizer=RECRUITER, attendees=(RECRUITER,)), [ME])
    assert found.interview and found.company == "Glenvale Engineering"


def test_the_title_writing_the_initials_of_the_place_names_it_as_the_company():
    engineer = person("t.ruiz@glveng.com", "Tomas Ruiz")
    found = detect(event("GVE - site interview", "You'll meet Tomas Ruiz. I won't be joining.\n- Nadia",
                         organizer=RECRUITER, attendees=(engineer,), location="Glenvale Engineering, 4 Quay St",
                         minutes=60), [ME])
    assert found.interview and found.company == "Glenvale Engineering"
