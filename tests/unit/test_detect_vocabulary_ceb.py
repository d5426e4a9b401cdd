"""Cebuano (``ceb.toml``): an invitation to an "interbyu sa trabaho" is an interview, the role read after "Posisyon:"; a newspaper's "pakighinabi" and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('hr@mactanbanay.example', 'Human Resources')
    host = person('rowena@mactanbanay.example', 'Rowena Cabahug')
    found = detect(event('Interbyu sa trabaho – Mactan Banay', 'Salamat sa imong aplikasyon. Gidapit ka namo sa interbyu sa among opisina sa Lapu-Lapu.\nPosisyon: Kontador\nAng mo-interbyu nimo: Rowena Cabahug', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Mactan Banay'
    assert found.role == 'Kontador'
    assert 'Rowena Cabahug' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('Pakighinabi – Mantalaan sa Sugbo', 'Ang tigbalita mangutana bahin sa bag-ong pabrika.', person('media@mactanbanay.example', 'Media Office')),
    ('Interbyu sa mga aplikante – Drayber', 'Ako ug si Jun ang mo-interbyu sa tulo ka aplikante. Pun-a ang evaluation form.', person('hr@mactanbanay.example', 'Human Resources')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_a_short_invitation_in_the_languages_own_words_is_an_interview():
    hr = person("hr@mactanbanay.example", "Human Resources")
    found = detect(event("Pakighinabi sa trabaho", "Gidapit ka namo.", organizer=hr, attendees=(hr, person("rowena@mactanbanay.example", "Rowena Cabahug")), minutes=60), [ME])
    assert found.interview and found.kind == "job"
