"""Invitations in Korean and Arabic: interviews (with the company, the role and the people met), a
coffee chat to ask about a career, and what only borrows the words (a mock interview, a press
interview, a visa interview, the user interviewing a candidate, a routine meeting)."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.company_names import without_legal_form
from tests.unit.test_detect import CASEY, ME, event, person, said

JIYOUNG = person("jiyoung.kim@hanbit-soft.example", "김지영")
JUNHO = person("junho.park@hanbit-soft.example", "박준호")
AHMED = person("ahmed.mansour@sahraa-logistics.example", "أحمد منصور")
LAYLA = person("layla.hassan@sahraa-logistics.example", "ليلى حسن")

KOREAN_INVITATION = (
    "안녕하세요, 한빛소프트 인사팀 김지영입니다.\n\n"
    "(주)한빛소프트 백엔드 개발자 포지션에 지원해 주셔서 감사합니다. 서류 전형에 합격하셨음을 축하드리며, "
    "2차 면접을 아래와 같이 진행하고자 합니다.\n\n"
    "면접관: 박준호 팀장\n장소: 본사 3층 회의실\n\n감사합니다.\n김지영 드림"
)


def test_a_korean_invitation_to_an_interview_names_the_company_role_stage_and_people():
    found = detect(event("[한빛소프트] 2차 면접 안내 - 백엔드 개발자", KOREAN_INVITATION,
                         organizer=JIYOUNG, attendees=(JIYOUNG, JUNHO)), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "한빛소프트" and found.role == "백엔드 개발자"
    assert found.stage == "second round" and found.mode == "onsite"
    assert {p.name for p in found.people} == {"김지영", "박준호"}


@pytest.mark.parametrize("title, description", [
    ("[한빛소프트] 1차 면접 안내", "안녕하세요. 데이터 분석가 포지션에 지원해 주셔서 감사합니다."),  # a title's brackets
    ("1차 면접 안내", "안녕하세요. (주)한빛소프트 인사팀입니다. 지원하신 데이터 분석가 직무 관련 면접 일정입니다."),
    ("1차 면접 안내", "안녕하세요. 한빛소프트 채용 담당자입니다. 데이터 분석가 포지션 면접 일정을 안내드립니다."),
])
def test_a_korean_invitation_from_a_free_mail_address_names_the_company_and_role_in_its_words(title, description):
    sender = person("hanbit.recruit@gmail.com", "김지영")
    found = detect(event(title, description, organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == "한빛소프트" and found.role == "데이터 분석가"


def test_a_korean_title_names_a_pharmacy_and_the_role_before_the_interview_words():
    pharmacy = person("onnuri.pharm@naver.com", "박은영")
    found = detect(event("온누리약국 근무약사 채용 면접", "내일 오후 2시에 약국으로 방문해 주세요.", organizer=pharmacy,
                         attendees=(pharmacy,)), [ME])
    assert found.interview and found.company == "온누리약국" and found.role == "근무약사"


SUJIN = person("sujin.lee@hanbit-soft.example", "이수진")
SEARCH_FIRM = person("soyeon.han@peoplebridge-search.example", "한소연")
GULF_SEARCH_FIRM = person("rania@gulf-talent-search.example", "رانيا سليم")


@pytest.mark.parametrize("title, description, sender", [
    ("[한빛소프트] 2차 면접", "박준호 팀장님, 이수진 책임님과의 면접이 확정되었습니다. 저는 참석하지 않으니 면접 후 "
     "연락 부탁드립니다.", SEARCH_FIRM),
    ("مقابلة عمل - هانبيت سوفت", "تم تأكيد مقابلتك مع جونهو وسوجين. لن أحضر المقابلة، يرجى الاتصال بي بعدها.",
     GULF_SEARCH_FIRM),
])
def test_the_sender_who_writes_they_will_not_be_there_is_not_met(title, description, sender):
    found = detect(event(title, description, organizer=sender, attendees=(sender, JUNHO, SUJIN)), [ME])
    assert found.interview and {p.email for p in found.people} == {JUNHO.email, SUJIN.email}


@pytest.mark.parametrize("title, description, sender, interviewer", [
    ("[한빛소프트] 1차 면접 안내", "지원해 주셔서 감사합니다.\n\n면접관:\n- 박준호 (개발팀장)\n- 김지영 (인사팀)\n\n"
     "감사합니다.\n김지영 드림", JIYOUNG, JUNHO),
    ("مقابلة عمل - الصحراء للخدمات اللوجستية", "شكراً لتقدمك.\n\nأعضاء لجنة المقابلة:\n- ليلى حسن، المديرة المالية\n"
     "- أحمد منصور، الموارد البشرية\n\nمع خالص التحية،\nأحمد منصور", AHMED, LAYLA),
])
def test_the_sender_named_under_the_interviewers_heading_is_met(title, description, sender, interviewer):
    found = detect(event(title, description, organizer=sender, attendees=(interviewer,)), [ME])
    assert found.interview and {p.email for p in found.people} == {sender.email, interviewer.email}


@pytest.mark.parametrize("title, stage", [
    ("최종면접 안내 - 한빛소프트", "final"),  # a compound written without a space
    ("한빛소프트 임원 면접", "final"),
    ("화상면접 일정 안내", "video"),
    ("한빛소프트 기술 인터뷰", "technical"),
    ("전화 면접 - 데이터 분석가", "phone screen"),
])
def test_korean_stage_wording_is_an_interview_and_names_the_stage(title, stage):
    found = detect(event(title, "일정 확인 부탁드립니다.", organizer=JIYOUNG, attendees=(JIYOUNG,)), [ME])
    assert found.interview and found.stage == stage


def test_a_korean_interview_word_with_a_particle_attached_is_interview_wording():
    found = detect(event("한빛소프트 방문 일정", "다음 주 화요일 면접은 본사에서 진행됩니다. 면접을 마친 뒤 "
                         "인사팀과 짧은 면담이 있습니다.", organizer=JIYOUNG, attendees=(JIYOUNG,)), [ME])
    assert found.interview and said(found, "interview wording in the description (“면접")


def test_a_korean_coffee_chat_the_user_arranged_to_ask_about_a_career_is_informational():
    seoyeon = person("seoyeon.lee@hanbit-soft.example", "이서연")
    found = detect(event("커피챗 - 이서연님 (한빛소프트)", "질문:\n- 데이터 분석가로 이직하신 과정\n- 팀 분위기와 커리어 조언",
                         organizer=CASEY, attendees=(seoyeon,)), [ME])
    assert found.interview and found.kind == "informational"
    assert found.role is None  # "데이터 분석가로 이직하신 과정" is a question, not a role


def test_a_korean_labelled_role_leaves_out_how_the_work_is_arranged():
    pharmacy = person("owner@haengbok-pharm.example", "정미경")
    found = detect(event("행복약국 면접", "모집 분야: 관리약사 (주 5일)\n근무지: 강남구", organizer=pharmacy,
                         attendees=(pharmacy,)), [ME])
    assert found.interview and found.role == "관리약사"


@pytest.mark.parametrize("title", ["한빛소프트 면접 후기 정리", "2차 면접 복기"])
def test_the_users_own_notes_after_a_korean_interview_are_no_interview(title):
    found = detect(event(title, "받은 질문과 답변 정리"), [ME])
    assert not found.interview and said(found, "career-coach")


def test_a_korean_mock_interview_is_practice():
    found = detect(event("모의 면접 - 면접 스터디", "다음 주 최종면접 대비 연습", organizer=JIYOUNG,
                         attendees=(JIYOUNG,)), [ME])
    assert not found.interview and said(found, "mock")


def test_a_korean_press_interview_is_not_a_job_interview():
    reporter = person("reporter@maeil-news.example", "정민수 기자")
    found = detect(event("인터뷰 - 매일경제 기자", "클라우드 전환 관련 기사 인터뷰입니다. 약 30분 소요됩니다.",
                         organizer=reporter, attendees=(reporter,)), [ME])
    assert not found.interview and said(found, "press")


def test_a_korean_visa_interview_is_an_official_appointment():
    found = detect(event("미국 비자 인터뷰 - 주한미국대사관", "여권과 DS-160 확인서를 지참하세요."), [ME])
    assert not found.interview and said(found, "official")


def test_the_user_interviewing_a_korean_candidate_is_the_hiring_side():
    found = detect(event("[면접] 홍길동 지원자 - 백엔드 개발자", "면접관으로 참석 부탁드립니다. 지원자 이력서를 첨부합니다. "
                         "면접 평가표는 면접 후 제출해 주세요.", organizer=JIYOUNG, attendees=(JIYOUNG,)), [ME])
    assert not found.interview and "hiring side" in found.reasons[0]


def test_a_korean_routine_meeting_about_hiring_is_no_interview():
    found = detect(event("주간 회의 - 채용 현황 및 면접 일정 공유", "안건: 백엔드 포지션 지원자 현황",
                         organizer=JIYOUNG, attendees=(JIYOUNG, JUNHO)), [ME])
    assert not found.interview and said(found, "a meeting of another kind")


ARABIC_INVITATION = (
    "السلام عليكم،\n\n"
    "شكرًا لتقدمك لوظيفة محاسب أول لدى شركة الصحراء للخدمات اللوجستية ذ.م.م. يسعدنا دعوتك لإجراء "
    "مقابلة شخصية في مكتبنا بدبي.\n\n"
    "ستجري المقابلة مع ليلى حسن، مديرة المالية.\n\n"
    "مع خالص التحية،\nأحمد منصور"
)


def test_an_arabic_invitation_to_an_interview_names_the_company_role_and_people():
    found = detect(event("مقابلة عمل - شركة الصحراء للخدمات اللوجستية", ARABIC_INVITATION,
                         organizer=AHMED, attendees=(AHMED, LAYLA)), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "الصحراء للخدمات اللوجستية" and found.role == "محاسب أول"
    assert found.mode == "onsite"
    assert {p.name for p in found.people} == {"أحمد منصور", "ليلى حسن"}


@pytest.mark.parametrize("title, description, company, role", [
    ("مقابلة عمل - شركة نور للتجارة ذ.م.م", "نرجو تأكيد حضورك لمقابلة وظيفة مهندس طيران.",  # up to its legal form
     "نور للتجارة", "مهندس طيران"),
    ("مقابلة شخصية", "تدعوك شركة نور للتجارة في دبي لمقابلة لشغل وظيفة مهندس طيران.",  # up to "in"
     "نور للتجارة", "مهندس طيران"),
    ("مقابلة عمل", "يسعدنا دعوتك لمقابلة على وظيفة مهندس صيانة طائرات لدى طيران الإمارات.",  # after "at"
     "طيران الإمارات", "مهندس صيانة طائرات"),
])
def test_an_arabic_invitation_from_a_free_mail_address_names_the_company_in_its_words(title, description, company,
                                                                                     role):
    sender = person("noor.careers@gmail.com", "سالم الكعبي")
    found = detect(event(title, description, organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == company and found.role == role


@pytest.mark.parametrize("title, stage", [
    ("المقابلة الفنية - مطور واجهات أمامية", "technical"),  # the article on both words
    ("دعوة للمقابلة النهائية", "final"),  # "for the" attached
    ("مقابلة هاتفية مع الموارد البشرية", "phone screen"),
    ("مقابلة عن بعد - محلل بيانات", "video"),
])
def test_arabic_stage_wording_is_an_interview_and_names_the_stage(title, stage):
    found = detect(event(title, "نرجو تأكيد الموعد.", organizer=AHMED, attendees=(AHMED,)), [ME])
    assert found.interview and found.stage == stage


def test_an_arabic_interview_word_with_a_pronoun_attached_is_interview_wording():
    found = detect(event("موعد - الصحراء للخدمات اللوجستية", "نود تأكيد موعد مقابلتك يوم الأحد القادم في مكتبنا.",
                         organizer=AHMED, attendees=(AHMED,)), [ME])
    assert found.interview and said(found, "interview wording in the description (“مقابلت")


def test_an_arabic_mock_interview_is_practice():
    found = detect(event("مقابلة تجريبية مع المدرب", "تدريب على أسئلة المقابلة الشخصية", organizer=AHMED,
                         attendees=(AHMED,)), [ME])
    assert not found.interview and said(found, "mock")


def test_an_arabic_press_interview_is_not_a_job_interview():
    editor = person("editor@alkhaleej-news.example", "سارة يوسف")
    found = detect(event("مقابلة صحفية - جريدة الخليج", "حوار حول قطاع الخدمات اللوجستية في الإمارات، لمدة 30 دقيقة.",
                         organizer=editor, attendees=(editor,)), [ME])
    assert not found.interview and said(found, "press")


def test_an_arabic_visa_interview_is_an_official_appointment():
    found = detect(event("مقابلة التأشيرة - السفارة الأمريكية", "يرجى إحضار جواز السفر."), [ME])
    assert not found.interview and said(found, "official")


def test_the_user_interviewing_an_arabic_candidate_is_the_hiring_side():
    found = detect(event("مقابلة المرشح خالد العتيبي - محاسب أول", "مرفق السيرة الذاتية للمرشح ونموذج تقييم المرشح. "
                         "يرجى تعبئة النموذج بعد المقابلة.", organizer=AHMED, attendees=(AHMED,)), [ME])
    assert not found.interview and "hiring side" in found.reasons[0]


def test_an_arabic_routine_meeting_about_interviews_is_no_interview():
    found = detect(event("اجتماع الفريق الأسبوعي", "جدول الأعمال: مراجعة المقابلات المجدولة هذا الشهر.",
                         organizer=AHMED, attendees=(AHMED, LAYLA)), [ME])
    assert not found.interview and said(found, "a meeting of another kind")


@pytest.mark.parametrize("name, plain", [
    ("شركة الصحراء للخدمات اللوجستية ذ.م.م", "شركة الصحراء للخدمات اللوجستية"),
    ("مصرف النور ش.م.ع", "مصرف النور"),
    ("Emirates Steel PJSC", "Emirates Steel"),
    ("Gulf Tech FZ-LLC", "Gulf Tech"),
    ("Desert Labs FZE", "Desert Labs"),
    ("Noor Trading W.L.L.", "Noor Trading"),
    ("한빛소프트(주)", "한빛소프트"),
    ("한빛소프트 주식회사", "한빛소프트"),
])
def test_gulf_and_korean_legal_forms_are_left_out_when_speaking_of_the_company(name, plain):
    assert without_legal_form(name) == plain


def test_a_gulf_walk_in_interview_is_one_on_site():
    found = detect(event("Walk-in interview – Sahraa Logistics", "You have been shortlisted for the Senior Accountant "
                         "position. Kindly bring your CV.", organizer=AHMED, attendees=(AHMED,)), [ME])
    assert found.interview and found.stage == "onsite"


def test_an_emirates_id_appointment_is_official():
    found = detect(event("Emirates ID biometrics – Amer Centre", "Bring your passport and visa copy."), [ME])
    assert not found.interview and said(found, "official")


def test_a_korean_agency_recruiter_for_an_unnamed_client_is_the_company_named_before_their_name():
    """The client is kept confidential: the agency, written as it writes itself (not what its domain spells),
    and the English title it recruits for, framed by 포지션 though no word of it is a known title's."""
    consultant = person("minseo.lee@careerbridge.example", "이민서")
    found = detect(event("커리어브릿지 이민서 헤드헌터 통화",
                         "안녕하세요, 커리어브릿지 이민서입니다.\n국내 의료기기 회사(고객사명은 추후 공개)의 Market Access "
                         "Liaison 포지션 관련하여 20분 정도 통화 부탁드립니다.\n\n이민서 드림 | 커리어브릿지 서치",
                         organizer=consultant, attendees=(consultant,), minutes=30), [ME])
    assert found.interview
    assert found.company == "커리어브릿지"
    assert found.role == "Market Access Liaison"
    assert [p.email for p in found.people] == ["minseo.lee@careerbridge.example"]


def test_a_title_before_a_korean_name_is_no_company():
    head = person("mkhan@sebom-hospital.example", "한미경")
    found = detect(event("약제부장 한미경 – 약사 면접", "약제부장 한미경입니다. 약사 면접을 진행합니다.\n\n약제부장 한미경",
                         organizer=head, attendees=(head,)), [ME])
    assert found.interview
    assert found.company != "약제부장"
