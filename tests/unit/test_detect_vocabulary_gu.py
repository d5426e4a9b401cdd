"""Gujarati (``gu.toml``): an employer's invitation to an "ઇન્ટરવ્યૂ", a recruiter's phone interview and the user's
own note of an interview call are interviews; a paper's interview, the yearly appraisal and the user's own
interview of a candidate are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("hr@narmada-ceramics.example", "માનવ સંસાધન વિભાગ")


def test_an_employers_invitation_is_an_interview_with_the_people_met():
    manager = person("h.patel@narmada-ceramics.example", "હિરેન પટેલ")
    found = detect(event("ઇન્ટરવ્યૂ – ગુણવત્તા ઇજનેર (નર્મદા સિરામિક્સ)",
                         "આદરણીય શ્રીમતી નેહા,\nઆપની અરજીના સંદર્ભમાં ગુણવત્તા ઇજનેરની જગ્યા માટે આપને ઇન્ટરવ્યૂ માટે "
                         "આમંત્રિત કરીએ છીએ. પ્લાન્ટ મેનેજર હિરેન પટેલ ઇન્ટરવ્યૂ લેશે. સ્થળ: મુખ્ય કાર્યાલય, મોરબી.",
                         organizer=HR, attendees=(HR, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert "h.patel@narmada-ceramics.example" in {p.email for p in found.people}


def test_a_recruiters_phone_screen_is_an_interview():
    recruiter = person("krupa@rojgarsetu.example", "કૃપા શાહ")
    found = detect(event("ફોન ઇન્ટરવ્યુ – સેલ્સ મેનેજર",
                         "નમસ્તે, અમારા ક્લાયન્ટની સેલ્સ મેનેજરની જગ્યા માટે પહેલો રાઉન્ડ. હું આપને ફોન પર કૉલ કરીશ, "
                         "આશરે 20 મિનિટ.", organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_an_interview_call_is_an_interview():
    found = detect(event("ઇન્ટરવ્યૂ (ફોન) – સુરત ટેક્સટાઇલ મિલ્સ", "એકાઉન્ટન્ટની જગ્યા માટે. બાયોડેટા સાથે રાખવો.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("ઇન્ટરવ્યૂ – નવો પ્લાન્ટ (અખબાર ‘લોકવાણી’)", "પત્રકાર અને ફોટોગ્રાફર સવારે 10 વાગ્યે પ્લાન્ટ પર આવશે."),
    ("વાર્ષિક કામગીરી મૂલ્યાંકન – અમિત", "આવતા વર્ષના લક્ષ્યો અને તાલીમ વિશે વાત કરીએ."),
    ("ઇન્ટરવ્યૂ: જુનિયર એકાઉન્ટન્ટ – ઉમેદવાર", "હું અને જીગર ઇન્ટરવ્યૂ લઈશું. મૂલ્યાંકન ફોર્મ ભરીને મોકલજો."),
])
def test_a_press_appraisal_or_own_interview_of_a_candidate_is_none(title, description):
    colleague = person("jigar.d@my-employer.example", "જીગર દેસાઈ")
    found = detect(event(title, description, organizer=colleague, attendees=(colleague,), minutes=45), [ME])
    assert not found.interview
