"""The word for a post written after the role in Azerbaijani ("vəzifəsi"), Uzbek ("lavozimi", "лавозими") and Kazakh
("лауазымы"): the role is read before it, without it."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description, role", [
    ("Müsahibə – Günbatan İnşaat",
     "Hörmətli Kamran bəy,\n\nLayihə üzrə baş mühəndis vəzifəsi üçün sizi müsahibəyə dəvət edirik.",
     "Layihə üzrə baş mühəndis"),
    ("Suhbat – Yashil Vodiy",
     "Hurmatli Sardor,\n\nBosh muhandis lavozimiga suhbatga taklif qilamiz.",
     "Bosh muhandis"),
    ("Сұхбат – Дала Көлік",
     "Құрметті Айгүл,\n\nЛогистика жөніндегі менеджер лауазымына сұхбатқа шақырамыз.",
     "Логистика жөніндегі менеджер"),
])
def test_the_role_is_read_before_the_word_for_the_post(title, description, role):
    recruiter = person("hr@gunbatan.az", "Aysel Quliyeva")
    found = detect(event(title, description, organizer=recruiter, attendees=(recruiter,), minutes=60), [ME])
    assert found.interview
    assert found.role == role
