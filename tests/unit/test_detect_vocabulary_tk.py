"""Turkmen (``tk.toml``): an invitation to an "iş söhbetdeşligi" is an interview, the role read after "Wezipe:"; a newspaper's "söhbetdeşlik" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@altynasyrgurlusyk.example", "Işgärler bölümi")
    host = person("ogulgerek@altynasyrgurlusyk.example", "Ogulgerek Annaýewa")
    found = detect(event("Iş söhbetdeşligi – Altyn Asyr Gurluşyk", "Hormatly dalaşgär, arzaňyz üçin sag boluň. Sizi Aşgabatdaky ofisimizde söhbetdeşlige çagyrýarys.\nWezipe: Baş buhgalter\nSiz bilen Ogulgerek Annaýewa duşuşar.", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Altyn Asyr Gurluşyk"
    assert found.role == "Baş buhgalter"
    assert "Ogulgerek Annaýewa" in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ("Söhbetdeşlik – Nebitgaz gazeti", "Žurnalist täze zawod barada soraglar berer.", person("metbugat@altynasyrgurlusyk.example", "Metbugat bölümi")),
    ("Dalaşgärler bilen söhbetdeşlik – Sürüji", "Men we Merdan üç dalaşgär bilen söhbetdeşlik geçireris. Baha beriş blankyny dolduryň.", person("hr@altynasyrgurlusyk.example", "Işgärler bölümi")),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
