"""A role written before the word for its post, as Turkish, Azerbaijani, Uzbek, Kazakh, Korean, Hindi, Pashto, Turkmen
and Burmese write it ("Satın Alma Uzmanı pozisyonu", "마케팅 매니저 포지션", "د مالي مدیر بست", "ငွေကိုင်ရာထူး"): the role is the
words before it, without the word for the post (``[job] after_role``) or Pashto's "of" before them."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

_HOST = person("mira@harbourline.example", "Mira Quell")


@pytest.mark.parametrize("title, role", [
    ("Mülakat – Satın Alma Uzmanı pozisyonu", "Satın Alma Uzmanı"),
    ("면접 – 마케팅 매니저 포지션", "마케팅 매니저"),
    ("مرکه – د مالي مدیر بست", "مالي مدیر"),
    ("Söhbetdeşlik – Satuw menejeri wezipesi", "Satuw menejeri"),
    ("အင်တာဗျူး – ငွေကိုင်ရာထူး", "ငွေကိုင်"),
    ("Müsahibə – Satış meneceri vəzifəsinə", "Satış meneceri"),
    ("Suhbat – Sotuv menejeri lavozimiga", "Sotuv menejeri"),
    ("Собеседование – Сотув менежери лавозимига", "Сотув менежери"),
    ("Сұхбат – Бас бухгалтер лауазымына", "Бас бухгалтер"),
])
def test_a_title_names_the_role_before_its_post(title, role):
    found = detect(event(title, "", organizer=_HOST, attendees=(_HOST,), minutes=60), [ME])
    assert found.interview
    assert found.role == role


@pytest.mark.parametrize("sentence, role", [
    ("Merhaba Deniz, Satın Alma Uzmanı pozisyonu için sizinle görüşmek istiyoruz.", "Satın Alma Uzmanı"),
    ("नमस्ते, परियोजना प्रबंधक पद के लिए आपका इंटरव्यू गुरुवार को है।", "परियोजना प्रबंधक"),
    ("سلام، د مالي مدیر بست لپاره ستاسو مرکه پنجشنبه ده.", "مالي مدیر"),
    ("Salam, Satuw menejeri wezipesine söhbetdeşlik penşenbe güni.", "Satuw menejeri"),
    ("မင်္ဂလာပါ၊ ငွေကိုင်ရာထူးအတွက် ကြာသပတေးနေ့တွင် တွေ့ဆုံပါမည်။", "ငွေကိုင်"),
    ("Salam, Satış meneceri vəzifəsinə müsahibəniz cümə axşamı olacaq.", "Satış meneceri"),
    ("Assalomu alaykum, Sotuv menejeri lavozimiga suhbat payshanba kuni bo'ladi.", "Sotuv menejeri"),
    ("Сәлеметсіз бе, Бас бухгалтер лауазымына сұхбат бейсенбі күні өтеді.", "Бас бухгалтер"),
    # the pronoun opening the sentence is no part of the role
    ("Sizi Satın Alma Uzmanı pozisyonu için görüşmeye davet ediyoruz.", "Satın Alma Uzmanı"),
    ("Sizi Satuw menejeri wezipesine söhbetdeşlige çagyrýarys.", "Satuw menejeri"),
    # nor the word saying where the post is (Turkish "-deki", Turkmen "-daky": "which is at")
    ("Merhaba Deniz, İzmir şubemizdeki Satın Alma Uzmanı pozisyonu için sizinle görüşmek istiyoruz.",
     "Satın Alma Uzmanı"),
    ("Salam, Aşgabatdaky Satuw menejeri wezipesine söhbetdeşlik penşenbe güni.", "Satuw menejeri"),
])
def test_an_invitation_names_the_role_before_its_post(sentence, role):
    found = detect(event("Interview – Harbourline", sentence, organizer=_HOST, attendees=(_HOST,), minutes=60),
                   [ME])
    assert found.interview
    assert found.role == role
