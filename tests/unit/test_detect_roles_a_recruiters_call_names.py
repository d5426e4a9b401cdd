"""The role a recruiter's phone screen names in its notes ends where the sentence goes on about the application: "which
you applied for" (Swahili, Kinyarwanda, Greek), "your" and a polite particle joined to a Thai role, and Tagalog's
"as" after the word for the post is no part of it.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, notes, role", [
    ("Mahojiano ya simu", "Ningependa kuzungumza nawe kuhusu nafasi ya Mhandisi wa Maji uliyoomba mwezi uliopita.",
     "Mhandisi wa Maji"),
    ("Ikiganiro kuri telefoni", "Turifuza kuganira nawe ku mwanya wa Umushoferi wasabye.", "Umushoferi"),
    ("Τηλεφωνική συνέντευξη", "Θα θέλαμε να μιλήσουμε για τη θέση Μηχανικός Λογισμικού που κάνατε αίτηση.",
     "Μηχανικός Λογισμικού"),
    ("สัมภาษณ์ทางโทรศัพท์", "ขอโทรคุยเรื่องใบสมัครตำแหน่งวิศวกรของคุณครับ", "วิศวกร"),
    ("Phone interview", "Gusto ka naming makausap tungkol sa posisyon bilang Branch Cashier.", "Branch Cashier"),
])
def test_the_role_of_a_recruiters_call_ends_where_the_sentence_goes_on(title, notes, role):
    recruiter = person("joy@marisolfoods.example", "Joy Tan")
    found = detect(event(f"{title} — Marisol Foods", notes, organizer=recruiter, attendees=(recruiter,), minutes=20),
                   [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("notes, role", [
    ("வணக்கம். விற்பனை மேலாளர் பதவிக்கான உங்கள் விண்ணப்பம் பற்றி பேச விரும்புகிறோம்.", "விற்பனை மேலாளர்"),
    ("నమస్కారం. సేల్స్ మేనేజర్ పోస్టుకు మీ దరఖాస్తు గురించి మాట్లాడాలనుకుంటున్నాము.", "సేల్స్ మేనేజర్"),
    ("নমস্কার। বিক্রয় ব্যবস্থাপক পদে আপনার আবেদন নিয়ে কথা বলতে চাই।", "বিক্রয় ব্যবস্থাপক"),
    ("Բարև Ձեզ։ Ցանկանում ենք խոսել Հաշվապահ պաշտոնի համար Ձեր դիմումի մասին։", "Հաշվապահ"),
    ("Сайн байна уу. Нягтлан бодогч албан тушаалд өгсөн өргөдлийн талаар ярилцъя.", "Нягтлан бодогч"),
])
def test_a_role_written_before_the_word_for_its_post_in_a_call_note(notes, role):
    recruiter = person("joy@marisolfoods.example", "Joy Tan")
    found = detect(event("Interview — Marisol Foods", notes, organizer=recruiter, attendees=(recruiter,), minutes=20),
                   [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("notes, role", [
    ("Hurmatli Casey, Marisol Foods kompaniyasida Dasturchi lavozimiga suhbatga taklif qilamiz.", "Dasturchi"),
    ("Hörmətli Casey, Marisol Foods şirkəti sizi Satış meneceri vəzifəsi üzrə müsahibəyə dəvət edir.",
     "Satış meneceri"),
    ("Құрметті Casey, Marisol Foods компаниясы сізді Бас бухгалтер лауазымына шақырады.", "Бас бухгалтер"),
    ("প্রিয় Casey, Marisol Foods আপনাকে বিক্রয় ব্যবস্থাপক পদের সাক্ষাৎকারে আমন্ত্রণ জানাচ্ছে।", "বিক্রয় ব্যবস্থাপক"),
])
def test_a_forwarded_invitations_role_starts_after_the_company_and_whom_it_invites(notes, role):
    found = detect(event("Fwd: Interview", "---------- Forwarded message ---------\n"
                         "From: Joy Tan <joy@marisolfoods.example>\nSubject: Interview\n\n" + notes,
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, notes, role", [
    ("Phỏng vấn qua điện thoại", "Bên mình muốn trao đổi về vị trí Chuyên viên pháp chế mà bạn đã ứng tuyển.",
     "Chuyên viên pháp chế"),
    ("გასაუბრება — ხარისხის ტექნოლოგი", "", "ხარისხის ტექნოლოგი"),
])
def test_a_vietnamese_role_ends_before_which_and_a_georgian_technologist_is_a_role(title, notes, role):
    recruiter = person("joy@marisolfoods.example", "Joy Tan")
    found = detect(event(title, notes, organizer=recruiter, attendees=(recruiter,), minutes=20), [ME])
    assert found.interview and found.role == role
