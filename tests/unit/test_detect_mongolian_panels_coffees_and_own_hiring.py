"""Mongolian wording beyond the interview itself: the panel a "Комисс:" heading lists, a coffee the user asked for to
get someone's advice on moving into their field, and the user taking interviews ("ярилцлага авах") or sitting on the
selection panel ("би комисст орно"), which is the hiring side."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_the_people_a_panel_heading_lists_are_the_interviewers():
    hr = person("hr@orkhoncredit.mn", "Хүний нөөцийн хэлтэс")
    found = detect(event("Орхон Кредит – 2-р шат",
                         "Комисс: Д. Сүхбат (sukhbat.d@orkhoncredit.mn), Ц. Алтанцэцэг – санхүүгийн захирал "
                         "(altantsetseg.ts@orkhoncredit.mn)", organizer=hr, attendees=(hr,), minutes=60), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"sukhbat.d@orkhoncredit.mn", "altantsetseg.ts@orkhoncredit.mn"}


def test_a_coffee_to_get_advice_on_moving_into_someones_field_is_an_informational_interview():
    found = detect(event("Кофе – Баяраа эгч (Мөнх Дата) зөвлөгөө авах",
                         "Дата шинжилгээ рүү хэрхэн шилжих талаар асууя. bayaraa@monkhdata.mn", me_too=False), [ME])
    assert found.interview and found.kind == "informational"


def test_taking_interviews_on_a_selection_panel_is_the_hiring_side():
    head = person("naraa@altaidaatgal.mn", "Нараа")
    found = detect(event("Борлуулагчийн сонгон шалгаруулалт – ярилцлага авах",
                         "Би комисст орно, Нараатай хамт.", organizer=head, attendees=(head,), minutes=120), [ME])
    assert not found.interview
