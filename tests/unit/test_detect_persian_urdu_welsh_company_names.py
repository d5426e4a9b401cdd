"""A company the text writes in Persian, Urdu or Welsh, with its word for a company or its legal form, is the company,
before the name a Latin domain only spells: Persian "شرکت" (also typed "شركت") before the name, in the organizer's
name or the location too, and its verbs after it no part of it; Urdu "لمیٹڈ" or "کمپنی" after it; Welsh "Cwmni"
before it and "Cyf" after it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.arabic import arabic_company
from tests.unit.test_detect import ME, event, person


def _company(title, description="", sender=None, **fields):
    found = detect(event(title, description, organizer=sender, attendees=(sender,), **fields), [ME])
    assert found.interview
    return found.company


_TEHRAN = person("karyabi@rahpouyan.ir", "نرگس موسوی")


@pytest.mark.parametrize("description", [
    "با سلام، از شما دعوت می‌شود برای مصاحبه در شرکت رهپویان حضور یابید.",
    "با سلام، از شما برای مصاحبه در شركت رهپویان دعوت می‌شود.",
    "رهپویان (سهامی خاص) از شما برای مصاحبه دعوت می‌کند.",
])
def test_a_persian_name_in_the_description_is_the_company(description):
    assert _company("مصاحبه شغلی", description, _TEHRAN) == "رهپویان"


def test_a_persian_name_in_the_organizers_name_is_the_company():
    sender = person("karyabi@rahpouyan.ir", "منابع انسانی شرکت رهپویان")
    assert _company("مصاحبه شغلی", "با سلام، از شما برای مصاحبه دعوت می‌شود.", sender) == "رهپویان"


def test_a_persian_name_in_the_location_is_the_company():
    assert _company("مصاحبه شغلی", "با سلام، از شما برای مصاحبه دعوت می‌شود.", _TEHRAN,
                    location="شرکت رهپویان، خیابان ولیعصر، تهران") == "رهپویان"


_LAHORE = person("hr@sitaraflour.pk", "Bilal Ahmed")


@pytest.mark.parametrize(("title", "description"), [
    ("انٹرویو", "آپ کو ستارہ فلور ملز لمیٹڈ میں انٹرویو کے لیے مدعو کیا جاتا ہے۔"),
    ("انٹرویو", "ستارہ فلور ملز پرائیویٹ لمیٹڈ میں انٹرویو"),
    ("انٹرویو – ستارہ فلور ملز کمپنی", ""),
])
def test_an_urdu_name_before_its_legal_form_is_the_company(title, description):
    assert _company(title, description, _LAHORE) == "ستارہ فلور ملز"


def test_a_welsh_company_in_the_description_is_the_company():
    sender = person("swyddi@gyrfacymru.org", "Siân Pritchard")
    assert _company("Cyfweliad swydd", "Diolch am wneud cais am swydd gyda Cwmni Llechen Las Cyf.",
                    sender) == "Cwmni Llechen Las"


def test_a_persian_verb_after_the_name_is_no_part_of_it():
    assert arabic_company("از شما برای مصاحبه در شرکت رهپویان دعوت می‌شود", lambda _p: True) == "رهپویان"
    assert arabic_company("شرکت رهپویان می‌خواهد", lambda _p: True) == "رهپویان"
