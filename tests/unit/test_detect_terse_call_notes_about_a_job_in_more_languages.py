"""The user's own terse note of a call about a job, in languages whose notes write the job with their everyday word
for it: Tamil "வேலை", Telugu "జాబ్", Amharic "ሥራ", Kinyarwanda "akazi", Georgian "სამსახური", Armenian
"աշխատանք", Indonesian "kerjaan" and Bangla "চাকুরি". A call note, the person's name and their company, with the
job in its notes or after the company, is a call about a job; Georgian writes its names without capitals.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event


def _own_note(title: str, description: str = ""):
    return detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])


@pytest.mark.parametrize("title, description, company", [
    ("அழைப்பு – முருகன் – Nilgiri Spices 11:30", "கணக்காளர் வேலை, CV தயார்", "Nilgiri Spices"),
    ("కాల్ – శ్రీను – Tungabhadra Steel 10:00", "అకౌంటెంట్ జాబ్ గురించి", "Tungabhadra Steel"),
    ("ጥሪ – ብርሃኑ – Lalibela Logistics 15:00", "ስለ አካውንታንት ሥራ", "Lalibela Logistics"),
    ("Guhamagara – Claude – Akagera Motors 9:00", "akazi k'umucungamari", "Akagera Motors"),
    ("ზარი – თამარი – ქართლის ხილი 16:00", "გაყიდვების მენეჯერის სამსახურზე საუბარი", "ქართლის ხილი"),
    ("Զանգ – Գոռ – Aragats Dairy 12:00", "հաշվապահի աշխատանքի մասին", "Aragats Dairy"),
    ("Telpon – Wulan – Bintang Timur 13.00", "soal kerjaan akuntan, CV siap", "Bintang Timur"),
    ("কল – সুমন – Karnaphuli Foods 11:00", "হিসাবরক্ষক চাকুরি নিয়ে কথা", "Karnaphuli Foods"),
])
def test_a_terse_note_of_a_call_about_a_job_is_an_interview_with_the_company(title, description, company):
    found = _own_note(title, description)
    assert found.interview and found.kind == "job" and found.company == company


@pytest.mark.parametrize("title", [
    "அழைப்பு – முருகன் (Nilgiri Spices) – வேலை பற்றி",
    "కాల్ – శ్రీను (Tungabhadra Steel) – జాబ్ గురించి",
    "ጥሪ – ብርሃኑ (Lalibela Logistics) – ስለ ሥራ",
    "Guhamagara – Claude (Akagera Motors) – akazi",
    "ზარი – თამარი (Kartli Fruit) – სამსახური",
    "Զանգ – Գոռ (Aragats Dairy) – նոր աշխատանք",
    "Telpon – Wulan (Bintang Timur) – soal kerjaan",
])
def test_a_job_after_the_company_in_brackets_makes_a_call_about_a_job(title):
    assert _own_note(title).interview


def test_a_georgian_call_note_about_no_job_is_no_interview():
    assert not _own_note("ზარი – თამარი – ქართლის ხილი 16:00", "დაბადების დღის წვეულება შაბათს").interview


@pytest.mark.parametrize("title, description", [
    ("காபி – அருணா", "வேலை முடிந்ததும் சந்திப்போம். aruna@cauverymills.in"),
    ("ቡና – ትዕግስት", "ከሥራ በኋላ፣ ሥራ ቦታዋ አጠገብ። tigist@entotoprint.et"),
    ("Ikawa – Solange", "nyuma y'akazi. solange@rubavutea.rw"),
    ("Kopi – Ratna", "habis kerjaan, dekat kantornya. ratna@bintangtimur.co.id"),
    ("ყავა – ნათია", "სამსახურის შემდეგ. natia@kartlifruit.ge"),
])
def test_a_coffee_after_work_with_a_friend_is_no_interview(title, description):
    assert not detect(event(title, description, me_too=False), [ME]).interview
