"""Georgian (``ka.toml``): a company's invitation to a "გასაუბრება", a note typed in Latin letters and a recruiter's
"სატელეფონო გასაუბრება" are interviews; the kinds that are no job interview of the user's are not: a yearly
appraisal, a magazine's interview, a practice interview, the user's own interview of candidates. Cantonese
"見工" (going to a job interview) is one too.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_gasaubreba_is_an_interview_with_its_company():
    hr = person("hr@kartlilogistics.example", "HR")
    giorgi = person("g.beridze@kartlilogistics.example", "გიორგი ბერიძე")
    found = detect(event("გასაუბრება — Kartli Logistics",
                         "ბატონო Casey,\n\nგიწვევთ გასაუბრებაზე საწყობის მენეჯერის ვაკანსიაზე. შეხვედრას "
                         "დაესწრებიან გიორგი ბერიძე (ოპერაციების დირექტორი).\n\nპატივისცემით,\nHR",
                         organizer=hr, attendees=(hr, giorgi), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Kartli Logistics"


def test_a_note_typed_in_latin_letters_is_an_interview():
    host = person("nana@batumiport.example", "Nana Kvaratskhelia")
    found = detect(event("gasaubreba Batumi Port", "Logistikis specialistis vakansia. pasporti tan!",
                         organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview and found.kind == "job"


def test_a_recruiters_telephone_gasaubreba_is_a_phone_screen():
    host = person("eka@talentge.example", "ეკა მამულაშვილი")
    found = detect(event("სატელეფონო გასაუბრება — ფინანსური ანალიტიკოსი",
                         "გამარჯობა, ხვალ 11-ზე დაგირეკავთ ჩვენი კლიენტის, დიდი ბანკის ვაკანსიაზე.",
                         organizer=host, attendees=(host,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_cantonese_going_to_a_job_interview_is_an_interview():
    found = detect(event("見工 Harbour Light 10am 灣仔", "佢哋請 Project Manager。記得帶 CV。",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description, host", [
    ("წლიური შეფასება — მაკა", "შედეგები და მომავალი წლის მიზნები.", person("maka@rustavisteel.example", "მაკა")),
    ("ინტერვიუ — Tbilisi Weekly (ახალი ქარხანა)", "ჟურნალისტი და ფოტოგრაფი მოვლენ 10-ზე.",
     person("pr@rustavisteel.example", "PR")),
    ("სავარჯიშო გასაუბრება — დათო", "tell me about yourself, ხელფასის კითხვა.",
     person("dato@friends.example", "დათო")),
    ("გასაუბრება კანდიდატებთან — ოპერატორი", "კანდიდატი 1: 10:00, კანდიდატი 2: 11:00. შეფასების ფორმა!",
     person("hr@rustavisteel.example", "HR")),
])
def test_an_appraisal_a_press_or_practice_interview_or_the_users_own_interview_of_candidates_is_none(
        title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview
