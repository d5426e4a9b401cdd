"""Māori (``mi.toml``): an invitation to an "uiuinga mahi" is an interview, the role read after "Tūranga:"; a radio station's "uiuinga" and the user's own interviews of applicants, written without macrons, are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@teawahiko.example", "Pūmanawa Tangata")
    host = person("aroha@teawahiko.example", "Aroha Ngata")
    found = detect(event("Uiuinga mahi – Te Awa Hiko", "Tēnā koe, ngā mihi mō tō tono. E pōwhiri ana ki a koe ki tētahi uiuinga kanohi ki te kanohi ki tō mātou tari i Kirikiriroa.\nTūranga: Kaitātari Pūtea\nKa tūtaki koe ki a Aroha Ngata.", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Te Awa Hiko"
    assert found.role == "Kaitātari Pūtea"
    assert "Aroha Ngata" in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ("Uiuinga – Reo Irirangi o Te Tairāwhiti", "Ka patapatai te kairipoata mo te wheketere hou.", person("papaho@teawahiko.example", "Te Tari Papaho")),
    ("Uiui i nga kaitono – Kaitaraiwa", "Ko maua ko Hemi ka uiui i nga kaitono e toru. Whakakiia te puka aromatawai.", person("hr@teawahiko.example", "Pumanawa Tangata")),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
