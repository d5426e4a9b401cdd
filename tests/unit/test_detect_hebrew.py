"""Hebrew (``vocabulary/he.toml``): invitations to an interview in either spelling, an introductory call, a
professional conversation and a coffee about a career move are interviews; a mock interview, a newspaper's
interview, a webinar, an annual review, a cancelled interview, the user interviewing a candidate and the user's
own preparation are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("gius@shaked-bio.example", "שקד ביו גיוס")
ORIT = person("orit.halevi@shaked-bio.example", "אורית הלוי")


@pytest.mark.parametrize("title", [
    "ריאיון עבודה – שקד ביו",
    "שקד ביו – ראיון טלפוני",
    "זימון לראיון שני",
    "שקד ביו: הראיון עם מנהלת המעבדה",
])
def test_a_hebrew_invitation_to_an_interview_is_one(title):
    found = detect(event(title, "שלום, נשמח לפגוש אותך במשרדינו ברחובות.", organizer=HR, attendees=(ORIT,),
                         minutes=60), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title", ["שיחת היכרות – שקד ביו", "שקד ביו – זימון לשיחה מקצועית"])
def test_an_introductory_call_or_a_professional_conversation_with_a_company_is_an_interview(title):
    found = detect(event(title, "היי, תודה על הפנייה למשרת Lab Manager. אורית מצוות הגיוס.", organizer=ORIT,
                         attendees=(ORIT,), minutes=30), [ME])
    assert found.interview and found.kind == "job"


def test_a_coffee_to_hear_about_moving_into_another_field_is_an_informational_interview():
    found = detect(event("קפה עם דנה – Galil Optics", "דנה שמיר (dana.shamir@galiloptics.example) – לשמוע איך "
                         "זה לעבור מפיתוח לניהול מוצר, ואם הצוות שלה גדל.", organizer=None, me_too=False,
                         minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("ראיון דמה עם אבא (לקראת שקד ביו)", "אבא משחק את המנהל המגייס."),
    ("ראיון לעיתון המקומי על המעבדה", "הכתבת תשאל על המחקר."),
    ("וובינר: איך לעבור ראיון עבודה", "הרשמה חינם."),
    ("שיחת הערכה שנתית", "סיכום שנה עם המנהל, ראיון אישי קצר."),
    ("הכנה לראיון בשקד ביו", "לקרוא את הדוח השנתי."),
    ("ראיון לערוץ 14 על המעבדה", "צילומים באולפן, עשר דקות."),
    ("ראיון למלגת מצוינות", "ועדת המלגות של הפקולטה."),
])
def test_hebrew_events_about_interviews_that_are_not_one(title, description):
    other = person("ronen@maariv-local.example", "רונן")
    assert not detect(event(title, description, organizer=other, attendees=(other,), minutes=60), [ME]).interview


def test_a_cancelled_hebrew_interview_is_not_one():
    found = detect(event("בוטל: ראיון – שקד ביו", "הראיון בוטל, נחזור אלייך עם מועד חדש.", organizer=HR,
                         attendees=(ORIT,), minutes=60), [ME])
    assert not found.interview


def test_the_user_interviewing_a_candidate_is_not_their_interview():
    hr = person("hr@negev-labs.example", "HR Negev Labs")
    candidate = person("yoni.peretz@post.bgu.example", "יוני פרץ")
    found = detect(event("ראיון מועמד – משרת מתמחה", "שלום, מועמד: יוני פרץ, שנה ב' ביולוגיה. למלא טופס הערכה "
                         "אחרי הראיון.", organizer=hr, attendees=(candidate,), minutes=60), [ME])
    assert not found.interview


def test_hebrew_geresh_and_gershayim_read_as_the_plain_marks_typed_in_the_vocabulary():
    coach = person("michal@kivun-career.example", "מיכל – כיוון קריירה")
    found = detect(event("קואצ׳ינג לראיון – שקד ביו", "נעבור על שאלות נפוצות בראיון עבודה.", organizer=coach,
                         attendees=(coach,), minutes=60), [ME])
    assert not found.interview


def test_a_pasted_hebrew_forward_meets_its_sender_and_the_colleague_copied_who_comes_too():
    pasted = ("________________________________\n"
              "מאת: רונית כץ <ronit.katz@ofek-medical.example>\n"
              "נשלח: יום שני 9 נובמבר 2026 11:02\n"
              "אל: casey.nguyen@proton.me\n"
              "עותק: עמרי גולן <omri.golan@ofek-medical.example>; Ofek Careers <careers@ofek-medical.example>\n"
              "נושא: זימון לראיון – Quality Engineer\n\n"
              "שלום,\nנשמח להיפגש ביום רביעי במשרדינו בפתח תקווה. ישתתפו אני (מנהלת האיכות) ועמרי גולן "
              "(מהנדס ראשי).\nבברכה,\nרונית כץ")
    found = detect(event("FW: זימון לראיון", pasted, organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["omri.golan@ofek-medical.example",
                                                     "ronit.katz@ofek-medical.example"]


@pytest.mark.parametrize("description", [
    "שלום, נשמח לראיין אותך למשרת Data Engineer בחברת סייבר בהרצליה.",
    "שלום, נשמח לראיין אותך על משרת ה-Data Engineer. נדבר על הניסיון שלך.",
])
def test_a_role_in_latin_letters_inside_a_hebrew_sentence_ends_where_the_hebrew_goes_on(description):
    found = detect(event("ראיון – שקד ביו", description, organizer=HR, attendees=(ORIT,), minutes=60), [ME])
    assert found.interview and found.role == "Data Engineer"


@pytest.mark.parametrize("title, description", [
    ("ראיון – דנה ברגר", "ראיון אצל Lindenhof Robotics מול dana.berger@lhrb.example על משרת Controls Engineer."),
    ("ראיון טכני – דנה ברגר", "ראיון ב-Lindenhof Robotics מול dana.berger@lhrb.example על משרת Controls Engineer."),
    ("פגישה עם הלקוח", "החברה: Lindenhof Robotics. פוגשת את דנה ברגר – dana.berger@lhrb.example על משרת ה-Controls "
     "Engineer."),
])
def test_the_company_after_a_hebrew_word_for_at_or_a_company_label_is_the_company(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.company == "Lindenhof Robotics"


def test_an_agencys_call_whose_client_is_kept_back_is_with_the_agency():
    found = detect(event("להתקשר לרונן", "רונן לוי, Carmel Placement – ronen@crmlhr.example.\nמשרת Data Lead בחברת "
                         "פינטק בתל אביב (שם הלקוח חסוי כרגע).\nלשאול על שכר.", organizer=None, me_too=False,
                         minutes=30), [ME])
    assert found.interview and found.company == "Carmel Placement"


def test_a_sender_named_under_the_hebrew_interviewers_heading_is_met():
    galit = person("galit.ezra@shaked-bio.example", "גלית עזרא")
    found = detect(event("ראיון טכני – שקד ביו", "שלום,\nמראיינת: אורית הלוי (ראש המעבדה) וגלית עזרא.\nבברכה,\n"
                         "אורית", organizer=ORIT, attendees=(galit,), minutes=60), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["galit.ezra@shaked-bio.example", "orit.halevi@shaked-bio.example"]


def test_a_hebrew_role_ends_where_a_hyphened_at_names_the_company():
    found = detect(event("ראיון – דנה ברגר", "ראיון למשרת מנהלת מוצר ב-Lindenhof Robotics מול "
                         "dana.berger@lhrb.example.", organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.role == "מנהלת מוצר" and found.company == "Lindenhof Robotics"


def test_the_company_after_a_hyphened_from_is_the_company():
    found = detect(event("שיחה עם דנה מ-Lindenhof Robotics", "דנה (dana.berger@lhrb.example) – ראיון טלפוני על "
                         "משרת Controls Engineer.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Lindenhof Robotics"


@pytest.mark.parametrize("title", [
    "שיחה עם יעלי (Lindenhof Robotics) – משרת Controls Engineer",
    "להתקשר ליעלי (Lindenhof Robotics) – משרת Controls Engineer",
])
def test_the_users_own_hebrew_note_of_a_call_about_a_post_is_an_interview(title):
    found = detect(event(title, "", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Lindenhof Robotics" and found.role == "Controls Engineer"


def test_a_hebrew_note_to_call_someone_back_about_family_is_no_interview():
    assert not detect(event("לחזור לסבתא", "לגבי ארוחת שישי", organizer=None, me_too=False, minutes=30),
                      [ME]).interview
