"""Vietnamese (``vocabulary/vi.toml``): invitations, a recruiter's call, a coffee about a career move and the
position a meeting is about are interviews; a practice run, a reporter's questions, a webinar, a review, a
cancelled meeting and the user's own preparation are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("tuyendung@hoangphat.example", "Hoàng Phát Tuyển dụng")
THAO = person("thao.le@hoangphat.example", "Lê Thu Thảo")


@pytest.mark.parametrize("title", [
    "Buổi phỏng vấn – Chuyên viên kế toán – Hoàng Phát",
    "Lịch phỏng vấn vòng 2 – Hoàng Phát",
    "Hoàng Phát – phỏng vấn kỹ thuật",
])
def test_a_vietnamese_invitation_to_an_interview_is_one(title):
    found = detect(event(title, "Kính mời chị đến văn phòng công ty.", organizer=HR, attendees=(THAO,),
                         minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_the_position_named_after_vi_tri_is_the_role():
    found = detect(event("Phỏng vấn – Hoàng Phát", "Cảm ơn chị đã ứng tuyển vị trí Chuyên viên kế toán tổng hợp.",
                         organizer=HR, attendees=(THAO,), minutes=60), [ME])
    assert found.interview and found.role and found.role.lower().startswith("chuyên viên kế toán")


def test_a_headhunters_first_call_noted_by_the_user_is_an_interview():
    found = detect(event("Gọi với chị Ngân – Trưởng phòng mua hàng cho Đại Tín Foods",
                         "Chị Ngân bên săn đầu người, ngan.do@sanvieclam.example. Sơ vấn qua điện thoại: hỏi mức "
                         "lương hiện tại, thời gian nghỉ việc.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


def test_a_coffee_to_ask_advice_about_changing_field_is_an_informational_interview():
    found = detect(event("Cà phê với anh Bảo", "Anh Bảo (bao.tran@lacviet.example) làm data ở Lạc Việt. Xin lời "
                         "khuyên chuyển ngành từ kế toán sang phân tích dữ liệu.", organizer=None, me_too=False,
                         minutes=60), [ME])
    assert found.interview and found.kind == "informational"


def test_meeting_someone_about_a_position_in_their_company_is_an_interview():
    found = detect(event("Chị Hạnh – Minh Long Logistics", "Gặp chị Đặng Thị Hạnh (hanh.dang@minhlong.example), "
                         "trao đổi về vị trí Trưởng bộ phận kho vận bên chị ấy.", organizer=None, me_too=False,
                         minutes=60), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("Phỏng vấn thử với anh Quân", "Anh Quân đóng vai nhà tuyển dụng, luyện trả lời câu hỏi hành vi."),
    ("Báo Đời Sống phỏng vấn về dự án cầu mới", "Phóng viên hỏi về tiến độ thi công."),
    ("Hội thảo trực tuyến: Bí quyết phỏng vấn thành công", "Đăng ký miễn phí."),
    ("Đánh giá hiệu suất giữa năm", "Trao đổi với trưởng phòng về KPI."),
    ("Chuẩn bị phỏng vấn Hoàng Phát", "Đọc lại báo cáo thường niên."),
    ("Hạn chót nộp hồ sơ – Hoàng Phát", ""),
])
def test_vietnamese_events_that_are_not_interviews(title, description):
    other = person("nam.vu@doisong.example", "Vũ Nam")
    assert not detect(event(title, description, organizer=other, attendees=(other,), minutes=60), [ME]).interview


def test_a_cancelled_vietnamese_interview_is_not_one():
    found = detect(event("Phỏng vấn Hoàng Phát – đã hủy", "Buổi phỏng vấn đã bị hủy, xin lỗi chị.",
                         organizer=HR, attendees=(THAO,), minutes=60), [ME])
    assert not found.interview


def test_thong_bao_is_no_newspaper():
    found = detect(event("Thông báo lịch phỏng vấn – Hoàng Phát", "Kính mời chị tham gia phỏng vấn.",
                         organizer=HR, attendees=(THAO,), minutes=60), [ME])
    assert found.interview


# -- the company: after "tại" (at), and not a note on the meeting in the title's brackets ------------------------


def test_the_company_after_tai_is_the_company():
    recruiting = person("tuyendung@mlgroup.example", "MLG Tuyển dụng")
    found = detect(event("Phỏng vấn – Kế toán trưởng", "Cảm ơn anh đã ứng tuyển vị trí Kế toán trưởng tại Minh Long "
                         "Logistics. Người phỏng vấn: chị Hạnh.", organizer=recruiting, attendees=(recruiting,),
                         minutes=60), [ME])
    assert found.interview and found.company == "Minh Long Logistics"


@pytest.mark.parametrize("title", [
    "Minh Long – vòng 2 với Giám đốc (trực tuyến, tiếng Nhật)",
    "Fjällbo – intervju med VD (på distans, på engelska)",
])
def test_a_note_on_the_meeting_in_the_titles_brackets_is_no_company(title):
    # the address does not spell the name out, so nothing better outranks the brackets
    hanh = person("hanh.dang@mlgp.example", "Đặng Thị Hạnh")
    found = detect(event(title, "Phỏng vấn với giám đốc.", organizer=hanh, attendees=(hanh,), minutes=60), [ME])
    note = title[title.index("(") + 1:-1]
    assert found.interview and found.company and found.company != note and "," not in found.company


@pytest.mark.parametrize("description", [
    "Cảm ơn chị đã ứng tuyển vị trí Chuyên viên pháp chế tại Minh Long Logistics.",
    "Hẹn chị Hạnh, trao đổi về vị trí Chuyên viên pháp chế bên chị ấy.",
])
def test_a_vietnamese_role_ends_where_at_or_with_them_begins(description):
    found = detect(event("Phỏng vấn – Minh Long Logistics", description, organizer=None, me_too=False, minutes=60),
                   [ME])
    assert found.interview and found.role == "Chuyên viên pháp chế"


def test_a_pasted_message_from_a_teams_mailbox_meets_the_people_it_copies_and_names():
    pasted = ("---------- Forwarded message ---------\n"
              "From: Đông Á Careers <careers@dongagroup.example>\n"
              "To: casey.nguyen@proton.me\n"
              "Cc: Lý Thanh Hà <ha.ly@dongagroup.example>, Ong Bee Lian <beelian.ong@dongagroup.example>\n"
              "Subject: Interview – Legal Counsel\n\n"
              "Dear Casey,\nThanh Hà and Bee Lian will meet you for a 45-minute interview on contract law.\n"
              "Best regards,\nCareers Team")
    found = detect(event("Fwd: Interview – Đông Á Group", pasted, organizer=None, me_too=False, minutes=45), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["beelian.ong@dongagroup.example", "ha.ly@dongagroup.example"]


def test_a_call_with_a_headhunter_about_a_post_for_a_client_names_the_client():
    found = detect(event("Gọi điện cho chị Ngân (Sao Mai Recruitment) – Giám đốc tài chính cho Đại Tín Foods",
                         "Chị Ngân, ngan.do@saomai-recruitment.example, sơ vấn: hỏi mức lương hiện tại.", organizer=None,
                         me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Đại Tín Foods"
