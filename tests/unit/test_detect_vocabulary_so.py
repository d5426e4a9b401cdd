"""Somali (``so.toml``): an invitation to a "wareysiga shaqada" is an interview, the role read after "Jagada:"; a radio station's "wareysi" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@badweynlogistics.example", "Qaybta Shaqaalaha")
    host = person("hodan@badweynlogistics.example", "Hodan Cabdi")
    found = detect(event("Wareysiga shaqada – Badweyn Logistics", "Mudane, mahadsanid codsigaaga. Waxaan kugu casuumaynaa wareysi fool ka fool ah oo ka dhici doona xafiiskayaga Hargeysa.\nJagada: Xisaabiye Sare\nWaxaad la kulmi doontaa Hodan Cabdi.", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Badweyn Logistics"
    assert found.role == "Xisaabiye Sare"
    assert "Hodan Cabdi" in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ("Wareysi – Idaacadda Codka Geeska", "Wariye ayaa kaa wareysan doona mashruuca cusub.", person("warbaahin@badweynlogistics.example", "Xafiiska Warbaahinta")),
    ("Wareysiga musharaxiinta – Darawal", "Aniga iyo Axmed waxaan wareysan doonnaa saddex musharax. Buuxi foomka qiimeynta.", person("hr@badweynlogistics.example", "Qaybta Shaqaalaha")),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
