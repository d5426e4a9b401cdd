"""Telugu (``te.toml``): an employer's invitation to an "ఇంటర్వ్యూ", a recruiter's phone interview and the user's
own note of an interview call are interviews; a paper's interview, the yearly appraisal and the user's own
interview of a candidate are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("hr@godavari-pharma.example", "మానవ వనరుల విభాగం")


def test_an_employers_invitation_is_an_interview_with_the_people_met():
    manager = person("r.reddy@godavari-pharma.example", "రవి రెడ్డి")
    found = detect(event("ఇంటర్వ్యూ – క్వాలిటీ కంట్రోల్ అనలిస్ట్ (గోదావరి ఫార్మా)",
                         "ప్రియమైన శ్రీమతి లక్ష్మి గారికి,\nమీ దరఖాస్తు ఆధారంగా క్వాలిటీ కంట్రోల్ అనలిస్ట్ పోస్టుకు "
                         "ఇంటర్వ్యూకు ఆహ్వానిస్తున్నాము. ప్లాంట్ మేనేజర్ రవి రెడ్డి గారు ఇంటర్వ్యూ చేస్తారు. "
                         "స్థలం: ప్రధాన కార్యాలయం, కాకినాడ.", organizer=HR, attendees=(HR, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert "r.reddy@godavari-pharma.example" in {p.email for p in found.people}


def test_a_recruiters_phone_screen_is_an_interview():
    recruiter = person("swathi@udyogasetu.example", "స్వాతి")
    found = detect(event("ఫోన్ ఇంటర్వ్యూ – సేల్స్ మేనేజర్",
                         "నమస్తే, మా క్లయింట్ కంపెనీలో సేల్స్ మేనేజర్ పోస్టుకు మొదటి రౌండ్. నేను మీకు ఫోన్‌లో "
                         "కాల్ చేస్తాను, సుమారు 20 నిమిషాలు.", organizer=recruiter, attendees=(recruiter,),
                         minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_an_interview_call_is_an_interview():
    found = detect(event("ఇంటర్వ్యూ (ఫోన్) – విశాఖ స్టీల్ ట్రేడర్స్", "అకౌంటెంట్ పోస్టుకు. బయోడేటా దగ్గర "
                         "ఉంచుకోవాలి.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("ఇంటర్వ్యూ – కొత్త ప్లాంట్ గురించి (దినపత్రిక ‘వెలుగు’)", "విలేకరి మరియు ఫోటోగ్రాఫర్ ఉదయం 10 గంటలకు ప్లాంట్‌కు "
     "వస్తారు."),
    ("వార్షిక పనితీరు సమీక్ష – కిరణ్", "వచ్చే సంవత్సరం లక్ష్యాలు, శిక్షణ గురించి మాట్లాడుకుందాం."),
    ("ఇంటర్వ్యూ: జూనియర్ అకౌంటెంట్ – అభ్యర్థి", "నేను, సురేష్ ఇంటర్వ్యూ చేస్తున్నాం. మూల్యాంకన ఫారం నింపి "
     "పంపండి."),
])
def test_a_press_appraisal_or_own_interview_of_a_candidate_is_none(title, description):
    colleague = person("suresh.n@my-employer.example", "సురేష్ నాయుడు")
    found = detect(event(title, description, organizer=colleague, attendees=(colleague,), minutes=45), [ME])
    assert not found.interview
