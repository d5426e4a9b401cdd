"""Faroese (``fo.toml``): an invitation to a "starvssamrøða" is an interview, the role read after "Starv:"; a radio's "samrøða" and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('starvsfolk@nolsoyfisk.example', 'Starvsfólkadeildin')
    host = person('turid@nolsoyfisk.example', 'Turið Joensen')
    found = detect(event('Starvssamrøða – Nólsoy Fisk', 'Takk fyri tína umsókn. Vit bjóða tær til samrøðu á skrivstovuni í Tórshavn.\nStarv: Roknskaparleiðari\nSamrøðuna taka Turið Joensen og Rógvi Hansen.', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Nólsoy Fisk'
    assert found.role == 'Roknskaparleiðari'
    assert 'Turið Joensen' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('Samrøða – Kringvarp Føroya', 'Blaðmaðurin fer at spyrja um nýggju verksmiðjuna.', person('tidindi@nolsoyfisk.example', 'Samskiftisdeildin')),
    ('Samrøður við umsøkjarar – bilførari', 'Eg og Sámal tosa við tríggjar umsøkjarar. Fyll metingarblaðið út.', person('starvsfolk@nolsoyfisk.example', 'Starvsfólkadeildin')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
