"""Amharic (``am.toml``): a company's invitation to a job interview is an interview, with its company, role and
interviewer; a press interview and the user's own interviews of applicants are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person("hr@abaylogistics.example", "HR")
    interviewer = person("staff@abaylogistics.example", 'Dawit Bekele')
    found = detect(event('የሥራ ቃለ መጠይቅ – Abay Logistics',
                         'ጤና ይስጥልኝ፣ ላቀረቡት ማመልከቻ እናመሰግናለን። የሥራ መደብ: Senior Accountant\nበቢሯችን በአካል ቃለ መጠይቅ ይደረጋል። ከአቶ Dawit Bekele ጋር ይገናኛሉ።',
                         organizer=hr, attendees=(hr, interviewer), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Abay Logistics'
    assert found.role == 'Senior Accountant'
    assert 'Dawit Bekele' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description", [
    ('ቃለ መጠይቅ ከፋና ሬዲዮ ጋዜጠኛ ጋር', 'ስለ አዲሱ ፋብሪካ ጋዜጠኛ ቃለ መጠይቅ ያደርጋል። በቀጥታ ስርጭት ይተላለፋል።'),
    ('አመልካቾችን ቃለ መጠይቅ – ሹፌር', 'እኔና ሰላም ሦስት አመልካቾች ቃለ መጠይቅ እናደርጋለን። የምዘና ቅጽ ይሙሉ።'),
])
def test_a_press_interview_or_the_users_own_interviews_of_applicants_is_none(title, description):
    host = person("office@abaylogistics.example", "Office")
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_a_post_written_after_its_latin_role_names_the_role_and_the_sender_who_meets_the_candidate():
    sender = person("abebe@gondarsoft.example", "አበበ ከበደ")
    colleague = person("saba@gondarsoft.example", "ሳባ ታምሩ")
    found = detect(event('ቃለ መጠይቅ – Gondar Soft',
                         'ውድ ተወዳዳሪ፣\nለ Warehouse Planning Lead የሥራ መደብ ቃለ መጠይቅ ተጋብዘዋል። ከእኔ እና ከሳባ ታምሩ ጋር '
                         'ይገናኛሉ።', organizer=sender, attendees=(sender, colleague), minutes=60), [ME])
    assert found.interview
    assert found.role == 'Warehouse Planning Lead'
    assert {p.email for p in found.people} == {"abebe@gondarsoft.example", "saba@gondarsoft.example"}


def test_the_chair_of_the_interview_committee_is_the_one_met():
    hr = person("hr.jobs@awashfreight.example", "HR Jobs")
    found = detect(event('Awash Freight – የሥራ ቃለ መጠይቅ',
                         'ውድ ተወዳዳሪ፣ ለቃለ መጠይቅ ተጋብዘዋል። የኮሚቴው ሰብሳቢ፦ ወ/ሮ አልማዝ ደሳለኝ '
                         '(almaz.d@awashfreight.example)።', organizer=hr, attendees=(hr,), minutes=60), [ME])
    assert found.interview
    assert [p.email for p in found.people] == ["almaz.d@awashfreight.example"]


@pytest.mark.parametrize("title, description", [
    ('Tana Insurance – የጽሑፍ ፈተና', 'የጽሑፍ ፈተና (accounting)። እስክሪብቶ ይዞ መምጣት።'),
    ('የሹፌሮች ቅጥር ቃለ መጠይቅ', '6 ሹፌሮች ይቀጠራሉ። እኔ እና ሰላም ቃለ መጠይቁን እናካሂዳለን።'),
])
def test_a_written_exam_sat_alone_or_an_interview_the_user_conducts_is_none(title, description):
    colleague = person("selam@bahirdarworks.example", "ሰላም")
    organizer, attendees = (colleague, (colleague,)) if 'እናካሂዳለን' in description else (None, ())
    found = detect(event(title, description, organizer=organizer, attendees=attendees, minutes=120), [ME])
    assert not found.interview
