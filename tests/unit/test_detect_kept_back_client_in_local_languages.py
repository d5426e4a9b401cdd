"""A recruiter who keeps the client's name back in the event's own language ("Mteja ni siri", "Клиент құпия",
"ক্লায়েন্টের নাম গোপন"): the company is the agency while the client is confidential, never the client's
description, a person, or nothing."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.scanner import fold
from providers.detection.words import UNDISCLOSED_CLIENT
from tests.unit.test_detect import ME, event, person

# (language, the sentence keeping the client back)
KEPT_BACK = [
    ("sw", "Mteja ni siri kwa sasa"),
    ("sw", "Jina la mteja ni siri"),
    ("vi", "Khách hàng được bảo mật"),
    ("vi", "Tên khách hàng xin giữ bí mật"),
    ("uz", "Mijoz maxfiy"),
    ("uz", "Мижоз номи махфий"),
    ("kk", "Клиент құпия"),
    ("az", "Müştəri məxfidir"),
    ("ka", "კლიენტი კონფიდენციალურია"),
    ("mn", "Харилцагчийн нэр нууц"),
    ("ur", "کلائنٹ کا نام خفیہ ہے"),
    ("ta", "வாடிக்கையாளர் பெயர் ரகசியம்"),
    ("bn", "ক্লায়েন্টের নাম গোপন"),
    ("bn", "ক্লায়েন্ট গোপনীয়"),
]


@pytest.mark.parametrize("language, sentence", KEPT_BACK)
def test_the_client_kept_back_is_read_in_the_local_language(language, sentence):
    assert UNDISCLOSED_CLIENT.search(fold(f"Tidewater Talent. {sentence}: ...")), language


@pytest.mark.parametrize("title, description", [
    ("Simu na Zawadi Mwangi", "Tidewater Talent. Mteja ni siri: kampuni ya bima. Nafasi: Mkuu wa Ukaguzi."),
    ("Қоңырау: Дана Оспанова", "Tidewater Talent. Клиент құпия: сақтандыру компаниясы. Лауазым: аудит бөлімінің басшысы."),
    ("அழைப்பு: கவிதா சுப்பிரமணியம்", "Tidewater Talent. வாடிக்கையாளர் பெயர் ரகசியம்: ஒரு காப்பீட்டு நிறுவனம். "
     "பதவி: தணிக்கை மேலாளர்."),
])
def test_the_agency_is_the_company_while_the_client_is_kept_back(title, description):
    recruiter = person("z.m@tidewatertalent.example", "Zawadi Mwangi")
    found = detect(event(title, description, organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.company == "Tidewater Talent"
