"""A role a label gives in Armenian ends at the Armenian full stop "։", which is no part of the post's name."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_armenian_full_stop_after_a_labelled_role_is_left_out():
    recruiter = person("l.s@vanadzortalent.example", "Լիլիթ Սարգսյան")
    found = detect(event("Զանգ Լիլիթ Սարգսյանի հետ", "Vanadzor Talent. Հաճախորդը գաղտնի է՝ դեղագործական "
                         "ընկերություն։ Պաշտոն՝ գնումների մենեջեր։", organizer=recruiter, attendees=(recruiter,)),
                   [ME])
    assert found.interview and found.company == "Vanadzor Talent" and found.role == "գնումների մենեջեր"
