"""Urdu (``ur.toml``): an invitation to a "ملازمت کا انٹرویو", a recruiter's "فون انٹرویو" and the user's own
"کال – ..." note about a post are interviews, the role read before "کے عہدے" and "کی اسامی" as Urdu writes it; a
performance appraisal ("کارکردگی کا جائزہ"), a newspaper's "انٹرویو", a study the user takes part in and the user's
own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@ravicement.example", "شعبہ انسانی وسائل")
    ayesha = person("ayesha.khan@ravicement.example", "عائشہ خان")
    found = detect(event("ملازمت کا انٹرویو – راوی سیمنٹ",
                         "محترم امیدوار، آپ کی درخواست کا شکریہ۔ آپ کو اکاؤنٹس آفیسر کے عہدے کے لیے انٹرویو کے لیے "
                         "مدعو کیا جاتا ہے۔ انٹرویو ہمارے دفتر، لاہور میں ہوگا۔ انٹرویو پینل: محترمہ عائشہ خان۔",
                         organizer=hr, attendees=(hr, ayesha), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.role == "اکاؤنٹس آفیسر"
    assert "عائشہ خان" in [p.name for p in found.people]


def test_a_recruiters_phone_interview_for_a_client_is_a_phone_screen():
    sana = person("sana@hunarlink.example", "ثنا ملک")
    found = detect(event("فون انٹرویو – ہنر لنک",
                         "السلام علیکم، میں کل صبح دس بجے آپ کو کال کروں گی، ہمارے کلائنٹ کے لیے سیلز منیجر کی اسامی "
                         "کے بارے میں۔ کمپنی کا نام ابھی نہیں بتا سکتے۔",
                         organizer=sana, attendees=(sana,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"
    assert found.role == "سیلز منیجر"


def test_a_final_interview_names_the_stage_and_the_labelled_role_ends_at_the_urdu_full_stop():
    host = person("careers@chenabsolar.example", "Chenab Solar Careers")
    found = detect(event("فائنل انٹرویو – چناب سولر", "مبارک ہو، آپ پہلے مرحلے میں کامیاب رہے۔ عہدہ: الیکٹریکل "
                         "انجینئر۔", organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview and found.stage == "final"
    assert found.role == "الیکٹریکل انجینئر"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("کال – عمران صاحب (مہران فوڈز)", "عہدہ: برانچ منیجر۔ سی وی تیار رکھیں۔",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "مہران فوڈز"
    assert found.role == "برانچ منیجر"


def test_a_call_note_about_no_job_is_none():
    found = detect(event("کال – امی (ملتان)", "شادی کی تیاری۔", organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, host", [
    ("سالانہ کارکردگی کا جائزہ – حسن", "اگلے سال کے اہداف۔", person("hassan@ravicement.example", "حسن علی")),
    ("روزنامہ ایکسپریس کو انٹرویو", "صحافی نئی فیکٹری کے بارے میں آپ کا انٹرویو کریں گے۔ فوٹوگرافر دس بجے آئے گا۔",
     person("pr@ravicement.example", "تعلقات عامہ")),
    ("امیدواروں کا انٹرویو – ڈرائیور", "میں اور فاطمہ تین امیدواروں کا انٹرویو لیں گے۔ ہر انٹرویو کے بعد جائزہ "
     "فارم بھریں۔", person("hr@ravicement.example", "HR")),
    ("تحقیقی انٹرویو – جامعہ پنجاب", "میں تحقیق میں حصہ لے رہا ہوں۔", person("scholar@pu.example", "زینب")),
])
def test_an_appraisal_a_press_interview_the_users_own_interviews_or_a_study_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
