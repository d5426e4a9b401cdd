"""Tamil (``ta.toml``): an employer's invitation to a "நேர்முகத் தேர்வு", a recruiter's phone interview and the
user's own note of an interview call are interviews; a magazine's interview, the yearly appraisal and the user's
own interview of an applicant are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("hr@kaveri-textiles.example", "மனிதவளத் துறை")


def test_an_employers_invitation_is_an_interview_with_the_people_met():
    manager = person("s.murugan@kaveri-textiles.example", "சுந்தர் முருகன்")
    found = detect(event("நேர்முகத் தேர்வு – தரக்கட்டுப்பாட்டு பொறியாளர் (காவேரி டெக்ஸ்டைல்ஸ்)",
                         "அன்புள்ள திருமதி கவிதா,\nதங்கள் விண்ணப்பத்தின் அடிப்படையில் தரக்கட்டுப்பாட்டு பொறியாளர் "
                         "பதவிக்கான நேர்முகத் தேர்வுக்கு தங்களை அழைக்கிறோம். உற்பத்தி மேலாளர் சுந்தர் முருகன் "
                         "நேர்காணல் செய்வார். இடம்: தலைமை அலுவலகம், ஈரோடு.",
                         organizer=HR, attendees=(HR, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert "s.murugan@kaveri-textiles.example" in {p.email for p in found.people}


def test_a_recruiters_phone_screen_is_an_interview():
    recruiter = person("priya@velaithedal.example", "பிரியா ராஜன்")
    found = detect(event("தொலைபேசி நேர்காணல் – விற்பனை மேலாளர்",
                         "வணக்கம், எங்கள் வாடிக்கையாளர் நிறுவனத்தின் விற்பனை மேலாளர் பதவிக்கு முதல் சுற்று. நான் "
                         "உங்களை தொலைபேசியில் அழைப்பேன், சுமார் 20 நிமிடங்கள்.",
                         organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_an_interview_call_is_an_interview():
    found = detect(event("நேர்காணல் (போன்) – மதுரை ஆட்டோ பார்ட்ஸ்", "கணக்காளர் பதவிக்கு. சுயவிவரக் குறிப்பு "
                         "கையில் வைத்திருக்கவும்.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("நேர்காணல் – புதிய தொழிற்சாலை (வார இதழ் ‘புதிய பாதை’)", "செய்தியாளரும் புகைப்படக் கலைஞரும் காலை 10 மணிக்கு "
     "ஆலைக்கு வருவார்கள்."),
    ("ஆண்டு செயல்திறன் மதிப்பீடு – அருண்", "அடுத்த ஆண்டுக்கான இலக்குகள் மற்றும் பயிற்சிகள் பற்றி பேசலாம்."),
    ("நேர்காணல்: இளநிலை கணக்காளர் – விண்ணப்பதாரர்", "நானும் ரமேஷும் நேர்காணல் செய்கிறோம். மதிப்பீட்டுப் படிவத்தை "
     "நிரப்பி அனுப்பவும்."),
])
def test_a_press_appraisal_or_own_interview_of_an_applicant_is_none(title, description):
    colleague = person("ramesh.k@my-employer.example", "ரமேஷ் குமார்")
    found = detect(event(title, description, organizer=colleague, attendees=(colleague,), minutes=45), [ME])
    assert not found.interview
