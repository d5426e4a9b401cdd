"""Haitian Creole (``ht.toml``): an invitation to an "entèvyou travay" is an interview, the role read after "Pòs:"; a radio's "entèvyou" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('rh@kenscoffdlo.example', 'Resous Imen')
    host = person('nadege@kenscoffdlo.example', 'Nadège Pierre-Louis')
    found = detect(event('Entèvyou travay – Kenscoff Dlo', 'Mèsi pou aplikasyon ou. Nou envite w pou yon entèvyou nan biwo nou Petyonvil.\nPòs: Chèf kontab\nW ap rankontre Nadège Pierre-Louis.', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Kenscoff Dlo'
    assert found.role == 'Chèf kontab'
    assert 'Nadège Pierre-Louis' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('Entèvyou – Radio Kiskeya', 'Jounalis la ap poze kesyon sou nouvo faktori a.', person('kominikasyon@kenscoffdlo.example', 'Kominikasyon')),
    ('Entèvyou ak kandida yo – Chofè', 'Mwen menm ak Jean ap fè entèvyou ak twa kandida. Ranpli fòm evalyasyon an.', person('rh@kenscoffdlo.example', 'Resous Imen')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
