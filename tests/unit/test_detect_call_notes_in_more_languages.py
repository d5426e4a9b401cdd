"""The user's own terse note of a call, written as the language's call word, the person's name, a dash and the company,
ending on the hour as the language writes it ("Қоңырау – Ержан – Алтын Су 11:00", "Simu – Otieno – Ziwa Fisheries
saa 9"): a note of a call with someone at that company."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.call_notes import call_note
from tests.unit.test_detect import ME, event


@pytest.mark.parametrize("title, person, topic", [
    ("Қоңырау – Ержан – Алтын Су 11:00", "Ержан", "Алтын Су"),
    ("Дуудлага – Болормаа – Тал Нутаг 09:30", "Болормаа", "Тал Нутаг"),
    ("அழைப்பு – கணேஷ் – Marina Pumps 15:00", "கணேஷ்", "Marina Pumps"),
    ("కాల్ – సురేష్ – Krishna Cables 16:00", "సురేష్", "Krishna Cables"),
    ("কল – রাশেদ – পলাশ ফুডস ৪টা", "রাশেদ", "পলাশ ফুডস"),
    ("कॉल – अजय – Deccan Valves ४ वाजता", "अजय", "Deccan Valves"),
    ("تماس – مهدی – آرین پخش ساعت ۱۰", "مهدی", "آرین پخش"),
    ("Simu – Otieno – Ziwa Fisheries saa 9", "Otieno", "Ziwa Fisheries"),
    ("Gọi – chị Lan – Minh Long 9:00", "Lan", "Minh Long"),
    ("Telpon – Rudi – Sinar Baja 13.00", "Rudi", "Sinar Baja"),
    ("ზარი – ნიკა – ალაზანი 12:00", "ნიკა", "ალაზანი"),
    ("ጥሪ – ሳሙኤል – ጣና ፓኬጂንግ 10:00", "ሳሙኤል", "ጣና ፓኬጂንግ"),
    ("Guhamagara – Eric – Nyungwe Tea 14:00", "Eric", "Nyungwe Tea"),
])
def test_a_call_word_a_name_a_dash_and_a_company_is_a_note_of_a_call(title, person, topic):
    call = call_note(title)
    assert call is not None and call.group("person") == person and call.group("topic") == topic


@pytest.mark.parametrize("title, description, company", [
    ("Қоңырау – Ержан – Алтын Су 11:00", "Бухгалтер вакансиясы бойынша, түйіндеме дайын болсын", "Алтын Су"),
    ("Zəng – Elnur – Qarabağ Taxıl 10:00", "anbar müdiri vakansiyası, CV hazır olsun", "Qarabağ Taxıl"),
])
def test_the_company_after_the_dash_of_a_timed_call_note_is_the_company(title, description, company):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == company


def test_a_terse_persian_note_names_the_company_in_letters_without_capitals():
    found = detect(event("تماس – مهدی – آرین پخش ساعت ۱۰", "درباره موقعیت حسابدار، رزومه آماده باشد", organizer=None,
                         me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "آرین پخش"
