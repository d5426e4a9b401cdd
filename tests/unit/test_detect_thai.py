"""Thai (``vocabulary/th.toml``): Thai writes no spaces between words, so its phrases are found inside longer runs
of letters. Invitations, a recruiter's call the user notes, a go-between's pasted message and a coffee about a
career move are interviews; a practice run, a magazine's questions, an appraisal, a seminar, a cancelled meeting
and the user interviewing a junior are not. The role follows "ตำแหน่ง", the company "ที่" (at), and a name written
in Thai names someone a copy line writes in Latin letters."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.scanner import Vocabulary, fold, spellings
from providers.detection.thai import names_in_thai
from tests.unit.test_detect import ME, event, person

HR = person("recruit@siriwan.example", "Siriwan Recruitment")
NAREE = person("naree.k@siriwan.example", "Naree Kittisak")


def _own(title: str, description: str, minutes: int = 30):
    return detect(event(title, description, organizer=None, me_too=False, minutes=minutes), [ME])


# -- phrases inside runs of Thai letters -------------------------------------------------------------------------


def test_a_thai_phrase_is_found_inside_a_run_of_letters_and_keeps_its_marks():
    vocabulary = Vocabulary({"interview": ["สัมภาษณ์"]})
    assert vocabulary.scan(fold("ขอเชิญมาสัมภาษณ์งานวันจันทร์")) == {"interview": "สัมภาษณ์"}
    assert spellings("สัมภาษณ์") == {"สัมภาษณ์"}  # its vowel and tone marks are no accents to fold away


@pytest.mark.parametrize("title", [
    "นัดสัมภาษณ์งาน – Siriwan Foods",
    "Siriwan Foods: สัมภาษณ์รอบที่2",
    "สัมภาษณ์ทางโทรศัพท์กับฝ่ายบุคคล",
])
def test_a_thai_invitation_to_an_interview_is_one(title):
    found = detect(event(title, "ขอเชิญคุณเข้าสัมภาษณ์ที่สำนักงานค่ะ", organizer=HR, attendees=(NAREE,), minutes=60),
                   [ME])
    assert found.interview and found.kind == "job"


def test_a_first_talk_about_a_position_is_an_interview_and_names_the_role_after_tamnaeng():
    found = detect(event("Nut <> Siriwan Foods", "ขอบคุณที่สนใจตำแหน่ง Export Sales Manager กับ Siriwan Foods ค่ะ "
                         "ขอนัดคุยเบื้องต้นทาง Teams 30 นาที", organizer=NAREE, attendees=(NAREE,), minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.role == "Export Sales Manager"


def test_a_video_call_about_the_position_someone_at_a_company_holds_open_is_an_interview():
    chai = person("chai@bwr-krabi.example", "Chaiwat Boonmee")
    found = detect(event("Video call – Baan Wari Resort", "Khun Chaiwat, General Manager. ตำแหน่ง Front Office "
                         "Manager (มีที่พักให้). Zoom: https://zoom.us/j/123456789", organizer=chai,
                         attendees=(chai,), minutes=45), [ME])
    assert found.interview and found.role == "Front Office Manager"


# (each also says "interview" in English, which alone would make it one)
@pytest.mark.parametrize("title, description", [
    ("ซ้อมสัมภาษณ์กับพี่เอ (interview)", "พี่เอเล่นเป็น HR ซ้อมตอบคำถามภาษาอังกฤษ"),
    ("Interview: ให้สัมภาษณ์นิตยสาร Bangkok Living", "นักข่าวมาสัมภาษณ์เรื่องการทำงาน + ถ่ายรูป"),
    ("Interview – ประเมินผลงานกลางปี", "คุยกับหัวหน้าเรื่อง KPI"),
    ("สัมมนาออนไลน์: job interview กับ HR มืออาชีพ", "ลงทะเบียนฟรี"),
    ("Interview – Barista", "สัมภาษณ์ผู้สมัครตำแหน่ง Barista ตรวจ CV ก่อนเริ่ม"),
])
def test_thai_events_that_are_not_interviews(title, description):
    other = person("dao@bangkokliving.example", "Dao Srisuk")
    assert not detect(event(title, description, organizer=other, attendees=(other,), minutes=60), [ME]).interview


def test_a_cancelled_thai_interview_is_not_one():
    found = detect(event("ยกเลิก: Interview – Siriwan Foods", "ขอยกเลิกนัดสัมภาษณ์ค่ะ ขออภัยในความไม่สะดวก",
                         organizer=HR, attendees=(NAREE,), minutes=60), [ME])
    assert not found.interview


def test_a_thai_invitation_saying_how_to_cancel_is_still_an_interview():
    found = detect(event("นัดสัมภาษณ์งาน – Siriwan Foods", "หากต้องการยกเลิกนัด กรุณาแจ้งล่วงหน้า 1 วันค่ะ",
                         organizer=HR, attendees=(NAREE,), minutes=60), [ME])
    assert found.interview


def test_the_users_own_note_of_interviewing_a_junior_is_the_hiring_side():
    found = _own("สัมภาษณ์น้อง Marketing Executive – พิมพ์ใจ (interview, Kornchai Logistics)",
                 "HR ส่งเรซูเม่มาแล้ว ถามเรื่อง content plan ผมเป็นคนสัมภาษณ์", minutes=60)
    assert not found.interview


# -- a recruitment agency's call, noted by the user --------------------------------------------------------------


def test_own_note_of_a_call_with_an_agency_about_a_position_is_an_interview_with_the_agency():
    found = _own("โทรหาคุณนิภา", "Nipa Chansiri, Chao Exec Search – nipa@chaoexec.example\n"
                 "ตำแหน่ง Head of Procurement – บริษัทผลิตอาหาร ยังบอกชื่อไม่ได้\nถามเรื่องเงินเดือน")
    assert found.interview and found.kind == "job"
    assert found.company == "Chao Exec Search" and found.role == "Head of Procurement"


def test_own_note_of_a_call_with_an_agency_about_a_job_title_is_an_interview_in_english_too():
    found = _own("Call Jordan", "Jordan Reyes, Harbour Exec Search – jordan@hbxs.example. A Senior Buyer position "
                 "with a retailer; they ring at noon.")
    assert found.interview and found.kind == "job"


def test_own_note_of_a_call_with_a_friend_about_a_job_title_is_not_an_agency_call():
    found = _own("Call Jordan", "jordan@hbxs.example – he wants tips as a new Senior Buyer at his shop.")
    assert not found.interview


@pytest.mark.parametrize("title, company, role", [
    ("โทรคุยกับคุณสมศักดิ์ (Acme Foods) – ตำแหน่ง Sales Manager", "Acme Foods", "Sales Manager"),
    ("โทรหาพี่เอ (Baan Rim Nam) – เรื่องตำแหน่ง Chef de Cuisine", "Baan Rim Nam", "Chef de Cuisine"),
])
def test_own_thai_note_of_a_call_with_someone_at_a_company_about_a_position_is_an_interview(title, company, role):
    found = _own(title, "")
    assert found.interview and found.company == company and found.role == role


def test_own_thai_note_of_a_call_about_something_else_is_not_an_interview():
    assert not _own("โทรคุยกับคุณนิด (Acme Foods) – ยืมกล้อง", "").interview


def test_pre_opening_is_no_job_opening():
    from providers.detect import _VOCABULARY
    hits = _VOCABULARY.scan(fold("Site walk with the pre-opening team, then the grand opening plan"))
    assert "job" not in hits


# -- a go-between's message pasted into the user's note ---------------------------------------------------------


THAI_FORWARD = (
    "________________________________\n"
    "จาก: Wanida Thongchai <wanida@mekongpeople.example>\n"
    "ส่ง: 2 มีนาคม 2570 09:10\n"
    "ถึง: casey.nguyen@proton.me\n"
    "สำเนาถึง: Somsak Prasert <somsak.p@riverleafhotels.example>; Anong Chaisri <anong.c@riverleafhotels.example>\n"
    "เรื่อง: นัดพบ – The Riverleaf Khao Yai\n\n"
    "ลูกค้าอนุญาตให้เปิดชื่อแล้วค่ะ: The Riverleaf Khao Yai นัดพบคุณสมศักดิ์ (Hotel Manager) และคุณอนงค์ "
    "(HR Director) ที่ lobby วนิดาจะไม่ได้เข้าร่วมนะคะ\nWanida"
)


def test_a_go_betweens_pasted_message_about_a_client_and_a_job_title_is_an_interview_with_the_client():
    found = _own("FW: Director of Sales – meeting with the hotel", THAI_FORWARD, minutes=60)
    assert found.interview and found.kind == "job"
    assert found.company == "The Riverleaf Khao Yai"
    assert {p.email for p in found.people} == {"somsak.p@riverleafhotels.example", "anong.c@riverleafhotels.example"}


def test_a_go_betweens_pasted_message_in_english_is_an_interview_too():
    pasted = ("From: Dana Holt <dana@northbridge.example>\nTo: casey.nguyen@proton.me\n"
              "Cc: Omar Haddad <omar@cedarlinefoods.example>\nSubject: Head of Finance\n\n"
              "The client is happy for me to share their name: Cedarline Foods. You will meet Omar Haddad on "
              "Tuesday. I won't be joining, good luck!\nDana")
    assert _own("FW: Head of Finance – meeting", pasted, minutes=60).interview


# -- the company after "ที่" (at); a name in Thai letters --------------------------------------------------------


def test_a_coffee_about_a_career_move_is_an_informational_interview_at_the_company_after_thi():
    found = _own("กาแฟกับพี่ต้น", "พี่ต้น (Ton) – Data Lead ที่ Kornchai Logistics, ton@kclx.example\n"
                 "อยากถามเรื่องเปลี่ยนสายงานจากบัญชีไปสาย data ว่างานจริงเป็นยังไง", minutes=60)
    assert found.interview and found.kind == "informational"
    assert found.company == "Kornchai Logistics"


def test_a_lunch_to_ask_about_a_line_of_work_is_an_informational_interview():
    found = _own("กินข้าวกับพี่บอย", "พี่บอย boy@kbank.example ทำ data ที่ KBank อยากถามเรื่องสายงาน data", minutes=60)
    assert found.interview and found.kind == "informational" and found.company == "KBank"


@pytest.mark.parametrize("description, role", [
    ("ขอเชิญเข้าสัมภาษณ์งานตำแหน่งเจ้าหน้าที่บัญชี วันจันทร์ที่ 5 เวลา 10:00", "เจ้าหน้าที่บัญชี"),
    ("ขอบคุณที่สมัครตำแหน่งวิศวกรซ่อมบำรุง ขอเชิญสัมภาษณ์ทาง Zoom", "วิศวกรซ่อมบำรุง"),
])
def test_a_role_written_in_thai_after_tamnaeng_is_the_role(description, role):
    found = detect(event("สัมภาษณ์งาน – Siriwan Foods", description, organizer=HR, attendees=(NAREE,), minutes=60),
                   [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("text, name, names", [
    ("นัดพบคุณสุดา ไชยพร ที่ lobby", "Suda", True),
    ("โทรคุยกับคุณอริสา", "Arisa", True),
    ("พี่วิชัยจะโทรมา", "Wichai", True),
    ("นัดพบคุณสุดา ไชยพร ที่ lobby", "Marco", False),
    ("สุดาจะโทรมา", "Suda", False),  # no honorific: not read as a name
])
def test_a_name_after_a_thai_honorific_is_the_latin_name_with_the_same_first_sounds(text, name, names):
    assert names_in_thai(text, name) is names
