"""Uyghur (``ug.toml``): an invitation to a "خىزمەت سۆھبىتى" is an interview, the role read after "خىزمەت ئورنى:"; a newspaper's "سۆھبەت" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('hr@tarimtextile.example', 'كادىرلار بۆلۈمى')
    host = person('gulnar@tarimtextile.example', 'Gulnar Tursun')
    found = detect(event('خىزمەت سۆھبىتى – Tarim Textile', 'ھۆرمەتلىك ئىلتىماسچى، ئىلتىماسىڭىز ئۈچۈن رەھمەت. سىزنى ئىشخانىمىزدا سۆھبەتكە تەكلىپ قىلىمىز.\nخىزمەت ئورنى: باش بوغالتىر\nسىز بىلەن Gulnar Tursun كۆرۈشىدۇ.', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Tarim Textile'
    assert found.role == 'باش بوغالتىر'
    assert 'Gulnar Tursun' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('سۆھبەت – شىنجاڭ گېزىتى', 'مۇخبىر يېڭى زاۋۇت ھەققىدە سوئال سورايدۇ.', person('media@tarimtextile.example', 'ئاخبارات بۆلۈمى')),
    ('كاندىداتلار بىلەن سۆھبەت – شوپۇر', 'مەن ۋە ئەركىن ئۈچ كاندىدات بىلەن سۆھبەت ئۆتكۈزىمىز. باھالاش جەدۋىلىنى تولدۇرۇڭ.', person('hr@tarimtextile.example', 'كادىرلار بۆلۈمى')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
