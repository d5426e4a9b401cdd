"""A hiring process whose domain shortens its company's words one after the other ("hsks" of Hoshino Kensetsu):
an interview only the domain names takes the name another interview writes, and the role it names."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect_calendar
from tests.unit.test_detect import ME, START, event, person


@pytest.mark.parametrize("domain, first_title, first_description, second_title, company, role", [
    ("hsks.vn", "Phỏng vấn vòng 1 – Kỹ sư dự toán – Hoshino Kensetsu Vietnam",
     "Cảm ơn anh đã ứng tuyển vị trí Kỹ sư dự toán tại Hoshino Kensetsu Vietnam.",
     "Vòng 2 với Giám đốc kỹ thuật (online)", "Hoshino Kensetsu Vietnam", "Kỹ sư dự toán"),
    ("tmkg.example", "Interview – Site Engineer – Tamura Kogyo Australia",
     "Thank you for applying for the Site Engineer position at Tamura Kogyo Australia.",
     "Second round with our Director", "Tamura Kogyo Australia", "Site Engineer"),
])
def test_an_interview_only_the_domain_names_takes_the_processs_company_and_role(domain, first_title, first_description,
                                                                                  second_title, company, role):
    hr = person(f"linh.vu@{domain}", "Vu Thi Linh")
    director = person(f"sato.k@{domain}", "Sato Kenji")
    first = event(first_title, first_description, organizer=hr, attendees=(hr,), minutes=60)
    start = START + timedelta(days=8)
    second = replace(event(second_title, "Round 2 interview with our Director.", organizer=hr,
                           attendees=(director, hr), minutes=60),
                     event_id="evt-2", start=start, end=start + timedelta(minutes=60))
    verdicts = detect_calendar([first, second], [ME])
    assert verdicts[0].company == company and verdicts[1].interview
    assert verdicts[1].company == company and verdicts[1].role == role
