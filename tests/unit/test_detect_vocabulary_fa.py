"""Persian (``fa.toml``): an invitation to a "مصاحبه شغلی" (the company named after "شرکت"), a recruiter's "مصاحبه
تلفنی" and the user's own "تماس با آقای ..." note about a post are interviews, whether the text is typed with
Persian "ی" and "ک" or with the Arabic letters an Arabic keyboard gives; a performance appraisal ("ارزیابی عملکرد"),
a newspaper's "مصاحبه", a study the user takes part in and the user's own interview of an applicant are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@setarehsanat.example", "منابع انسانی ستاره صنعت")
    maryam = person("maryam.ahmadi@setarehsanat.example", "مریم احمدی")
    found = detect(event("مصاحبه شغلی – شرکت ستاره صنعت",
                         "سلام، با سپاس از ارسال رزومه شما برای موقعیت شغلی کارشناس فروش، از شما دعوت می‌شود در "
                         "جلسه مصاحبه حضوری در دفتر شرکت در اصفهان شرکت کنید. مصاحبه‌کنندگان: خانم مریم احمدی.",
                         organizer=hr, attendees=(hr, maryam), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "ستاره صنعت"
    assert found.role == "کارشناس فروش"
    assert "مریم احمدی" in [p.name for p in found.people]


@pytest.mark.parametrize("title", ["مصاحبه کاری – نوین", "مصاحبه كاري – نوين"])
def test_the_users_own_entry_for_a_job_interview_typed_with_persian_or_arabic_letters_is_an_interview(title):
    found = detect(event(title, "", organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_a_recruiters_phone_interview_for_a_client_is_a_phone_screen():
    neda = person("neda@karyabi-arya.example", "ندا موسوی")
    found = detect(event("مصاحبه تلفنی – کاریابی آریا",
                         "سلام، فردا ساعت ۱۰ با شما تماس خواهم گرفت درباره موقعیت شغلی حسابدار ارشد برای یکی از "
                         "کارفرمایان ما. نام شرکت فعلاً محرمانه است.",
                         organizer=neda, attendees=(neda,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"
    assert found.role == "حسابدار ارشد"
    assert "فعلا" not in (found.company or "")  # "نام شرکت فعلاً محرمانه است": the name is kept back


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("تماس با آقای رضایی (بانک سپهر)", "عنوان شغلی: مدیر شعبه. رزومه آماده باشد.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "بانک سپهر"


def test_a_call_note_about_no_job_is_none():
    found = detect(event("تماس با مامان (شیراز)", "تولد نرگس.", organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, host", [
    ("ارزیابی عملکرد سالانه – علی", "اهداف سال آینده.", person("ali.m@setarehsanat.example", "علی محمدی")),
    ("مصاحبه با روزنامه همشهری", "خبرنگار درباره کارخانه جدید با شما مصاحبه می‌کند. عکاس ساعت ۱۰ می‌آید.",
     person("pr@setarehsanat.example", "روابط عمومی")),
    ("مصاحبه با متقاضی – حسابدار", "من و سارا با متقاضی مصاحبه می‌کنیم. فرم ارزیابی را بعد از مصاحبه پر کنید.",
     person("hr@setarehsanat.example", "منابع انسانی")),
    ("مصاحبه پژوهشی – پایان‌نامه", "به عنوان مشارکت‌کننده در پژوهش دانشگاه.", person("student@uni.example", "سارا")),
])
def test_an_appraisal_a_press_interview_the_users_own_interview_or_a_study_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
