"""Scottish Gaelic (``gd.toml``): an invitation to an "agallamh airson na dreuchd" is an interview, the role read after "Dreuchd:"; a radio's "agallamh" and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('luchd-obrach@ceolnamara.example', 'Goireasan Daonna')
    host = person('morag@ceolnamara.example', 'Mòrag NicLeòid')
    found = detect(event('Agallamh obrach – Ceòl na Mara', "A charaid, tapadh leat airson d' iarrtas. Bu toil leinn cuireadh a thoirt dhut gu agallamh san oifis againn ann an Steòrnabhagh.\nDreuchd: Oifigear Leasachaidh\nCoinnichidh tu ri Mòrag NicLeòid.", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Ceòl na Mara'
    assert found.role == 'Oifigear Leasachaidh'
    assert 'Mòrag NicLeòid' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('Agallamh – Radio nan Gàidheal', "Bidh neach-naidheachd a' faighneachd mun fhactaraidh ùr.", person('naidheachdan@ceolnamara.example', 'Oifis nam Meadhanan')),
    ('Agallamhan le tagraichean – Neach-taic', 'Nì mise agus Calum agallamh le trì tagraichean. Lìon a-steach am foirm sgòraidh.', person('luchd-obrach@ceolnamara.example', 'Goireasan Daonna')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
