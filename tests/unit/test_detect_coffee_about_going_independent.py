"""A coffee the user set up with someone at another organisation to ask about going independent is an informational
interview."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


def test_a_coffee_the_user_set_up_to_ask_about_going_independent_is_informational():
    guest = person("mairead@greenlinesolar.example", "Mairead Kelly")
    found = detect(event("Coffee w/ Mairead – Greenline Solar", "Mairead started her own solar install firm. "
                         "Want her view on going freelance vs staying with a big contractor.", organizer=CASEY,
                         attendees=(guest,), me_too=False, minutes=45), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == [guest.email]
