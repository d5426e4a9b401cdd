"""A recruiter writing in Persian, Arabic or Urdu who describes the confidential client by its sector ("یک شرکت
پخش دارو", a pharmaceutical distributor; "شركة توزيع أدوية") names no company: the agency, as its domain reads, is
the company. A company word followed by a name ("شرکت ستاره صنعت") still names one."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

NEDA = person("neda@payvand-talent.example", "Neda Rahimi")


@pytest.mark.parametrize("title, description", [
    ("مصاحبه تلفنی – کارشناس فروش",
     "سلام، برای موقعیت کارشناس فروش در یک شرکت پخش دارو در تهران با شما صحبت می‌کنم. نام کارفرما محرمانه است."),
    ("مقابلة هاتفية – مسؤول مبيعات",
     "مرحبا، بخصوص وظيفة مسؤول مبيعات لدى شركة توزيع أدوية في عمّان. اسم العميل سري."),
    ("مصاحبه تلفنی – برنامه‌نویس", "برای یک شرکت نرم‌افزاری بزرگ. نام کارفرما محرمانه است."),
])
def test_a_sector_described_is_no_company(title, description):
    found = detect(event(title, description, organizer=NEDA, attendees=(NEDA,)), [ME])
    assert found.interview and found.company == "Payvand Talent"


def test_a_company_word_before_a_name_still_names_it():
    lena = person("hr@setarehsanat.example", "منابع انسانی")
    found = detect(event("مصاحبه – کارشناس فروش", "دعوت به مصاحبه در شرکت ستاره صنعت در اصفهان.", organizer=lena,
                         attendees=(lena,)), [ME])
    assert found.company == "ستاره صنعت"
