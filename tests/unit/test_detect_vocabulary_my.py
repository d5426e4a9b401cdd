"""Burmese (``my.toml``): an invitation to an "အလုပ်အင်တာဗျူး" is an interview, the role read after "ရာထူး:"; a newspaper's "အင်တာဗျူး" and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@shwetaunglogistics.example", "HR Department")
    host = person("khinmyat@shwetaunglogistics.example", "Khin Myat Noe")
    found = detect(event("အလုပ်အင်တာဗျူး – Shwe Taung Logistics", "လူကြီးမင်းခင်ဗျာ၊ လျှောက်ထားမှုအတွက်ကျေးဇူးတင်ပါသည်။ ရန်ကုန်ရုံးချုပ်တွင် အင်တာဗျူးဖြေဆိုရန် ဖိတ်ကြားအပ်ပါသည်။\nရာထူး: Senior Accountant\nKhin Myat Noe နှင့်တွေ့ဆုံရပါမည်။", organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Shwe Taung Logistics"
    assert found.role == "Senior Accountant"
    assert "Khin Myat Noe" in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ("သတင်းစာအင်တာဗျူး – Golden Land Daily", "သတင်းထောက်က စက်ရုံသစ်အကြောင်း မေးမြန်းမည်။", person("media@shwetaunglogistics.example", "Media Team")),
    ("လျှောက်ထားသူများကိုအင်တာဗျူး – ယာဉ်မောင်း", "ကျွန်တော်နှင့် Ko Aung တို့ လျှောက်ထားသူ သုံးဦးကို အင်တာဗျူးမည်။ အကဲဖြတ်ပုံစံဖြည့်ပါ။", person("hr@shwetaunglogistics.example", "HR Department")),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
