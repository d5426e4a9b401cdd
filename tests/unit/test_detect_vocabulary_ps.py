"""Pashto (``ps.toml``): an invitation to a "د دندې مرکه" is an interview, the role read after "بست:"; a newspaper's "مرکه" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@khybercement.example", "د بشري سرچینو څانګه")
    host = person("zarghuna@khybercement.example", "ځرغونه احمدزۍ")
    found = detect(event("د دندې مرکه – Khyber Cement", "ښاغلی، ستاسو د غوښتنلیک لپاره مننه. تاسو زموږ په دفتر کې مرکې ته بلنه لرئ.\nبست: مالي مدیر\nمرکه کوونکي: ځرغونه احمدزۍ", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Khyber Cement"
    assert found.role == "مالي مدیر"
    assert "ځرغونه احمدزۍ" in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ("مرکه – ورځپاڼه", "خبریال به ستاسو سره د نوې فابریکې په اړه مرکه وکړي.", person("media@khybercement.example", "رسنیز دفتر")),
    ("د نوماندانو مرکه – موټر چلوونکی", "زه او احمد به له درېیو نوماندانو سره مرکه کوو. د ارزونې فورمه ډکه کړئ.", person("hr@khybercement.example", "بشري سرچینې")),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
