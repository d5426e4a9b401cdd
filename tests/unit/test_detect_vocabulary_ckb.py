"""Kurdish Sorani (``ckb.toml``): an invitation to a "چاوپێکەوتنی کار" is an interview, the role read after "پۆست:"; a newspaper's "چاوپێکەوتن" and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('hr@zagrosnaft.example', 'سەرچاوە مرۆییەکان')
    host = person('shilan@zagrosnaft.example', 'Shilan Qadir')
    found = detect(event('چاوپێکەوتنی کار – Zagros Naft', 'بەڕێز، سوپاس بۆ داواکارییەکەتان. بانگهێشتتان دەکەین بۆ چاوپێکەوتن لە ئۆفیسەکەمان لە هەولێر.\nپۆست: ژمێریاری سەرەکی\nچاوپێکەوتنکاران: Shilan Qadir', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Zagros Naft'
    assert found.role == 'ژمێریاری سەرەکی'
    assert 'Shilan Qadir' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('چاوپێکەوتن – ڕۆژنامەی هاوڵاتی', 'ڕۆژنامەنووس پرسیار دەکات دەربارەی کارگەی نوێ.', person('media@zagrosnaft.example', 'نووسینگەی ڕاگەیاندن')),
    ('چاوپێکەوتن لەگەڵ داواکاران – شۆفێر', 'من و ئاراس چاوپێکەوتن لەگەڵ سێ داواکار دەکەین. فۆڕمی هەڵسەنگاندن پڕ بکەنەوە.', person('hr@zagrosnaft.example', 'سەرچاوە مرۆییەکان')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
