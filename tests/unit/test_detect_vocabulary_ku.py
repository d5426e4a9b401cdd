"""Kurdish Kurmanji (``ku.toml``): an invitation to a "hevpeyvîna karê" is an interview, the role read after "Pozîsyon:"; a newspaper's "hevpeyvîn" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@zozanavahi.example", "Çavkaniyên Mirovî")
    host = person("rojda@zozanavahi.example", "Rojda Aydin")
    found = detect(event("Hevpeyvîna karê – Zozan Avahî", "Birêz berendam, ji bo serlêdana we spas. Em we vedixwînin hevpeyvînê li ofîsa me li Amedê.\nPozîsyon: Hesabdarê sereke\nHevpeyvîner: Rojda Aydin", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Zozan Avahî"
    assert found.role == "Hesabdarê sereke"
    assert "Rojda Aydin" in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ("Hevpeyvîn – rojnameya Xwebûn", "Rojnamevan dê li ser fabrîkeya nû pirsan bike.", person("press@zozanavahi.example", "Nivîsgeha çapemeniyê")),
    ("Hevpeyvîn bi berendaman re – Ajovan", "Ez û Baran dê bi sê berendaman re hevpeyvînê bikin. Forma nirxandinê tije bikin.", person("hr@zozanavahi.example", "Çavkaniyên Mirovî")),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
