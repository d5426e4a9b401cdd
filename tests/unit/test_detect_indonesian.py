"""Indonesian (``vocabulary/id.toml``): invitations, a headhunter's call, a coffee about a career move and the
position a meeting is about are interviews; a practice run, a reporter's questions, a webinar, a performance
review, a cancelled meeting, a deadline and interviews the user holds are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("rekrutmen@cakrawala.example", "Rekrutmen Cakrawala Finansial")
RATNA = person("ratna.sari@cakrawala.example", "Ratna Sari")


@pytest.mark.parametrize("title", [
    "Wawancara user – Cakrawala Finansial",
    "Undangan wawancara – Cakrawala Finansial",
    "Jadwal interview tahap 2 – Cakrawala Finansial",
])
def test_an_indonesian_invitation_to_an_interview_is_one(title):
    found = detect(event(title, "Dengan hormat, kami mengundang Saudara hadir di kantor kami.", organizer=HR,
                         attendees=(RATNA,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_the_position_after_posisi_ends_before_whom_the_interview_is_with():
    found = detect(event("Wawancara – Cakrawala Finansial", "Kami mengundang Saudara mengikuti wawancara untuk posisi "
                         "Analis Kredit bersama Ibu Ratna Sari (Kepala Divisi Kredit).", organizer=HR,
                         attendees=(RATNA,), minutes=60), [ME])
    assert found.interview and found.role == "Analis Kredit"


def test_a_title_naming_whom_a_chat_is_with_gives_no_role_the_description_names_it():
    found = detect(event("CF – ngobrol sama VP Finance", "Final round untuk Treasury Analyst: ngobrol 45 menit "
                         "dengan Ibu Ratna Sari (VP Finance).", organizer=RATNA, attendees=(RATNA,), minutes=45), [ME])
    assert found.interview and found.role == "Treasury Analyst"


def test_the_company_is_the_name_the_title_and_the_teams_signature_write_in_full():
    found = detect(event("Wawancara user – Cakrawala Finansial", "Dengan hormat, kami mengundang Saudara.\n"
                         "Hormat kami,\nTim Rekrutmen Cakrawala Finansial", organizer=HR, attendees=(RATNA,),
                         minutes=60), [ME])
    assert found.interview and found.company == "Cakrawala Finansial"


def test_a_headhunters_call_the_user_notes_with_the_client_kept_back_is_an_interview():
    found = detect(event("Telpon Mas Andi", "Andi Saputra dari Karirindo (headhunter) – andi@karirindo.example. "
                         "Mau bahas posisi Finance Manager di klien FMCG, nama klien masih dirahasiakan.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


def test_a_coffee_to_ask_about_a_career_move_is_an_informational_interview():
    found = detect(event("Ngopi bareng Wulan", "Wulan Permata – PM di Sinar Digital (wulan@sinardigital.example). "
                         "Mau minta saran soal pindah ke product management dan gimana tim mereka rekrut PM.",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Simulasi wawancara sama Tono", "Tono pura-pura jadi interviewer, latihan jawab pertanyaan."),
    ("Liputan majalah Teknologi Kini", "Wartawan akan wawancara soal aplikasi kami."),
    ("Webinar: Tips lolos wawancara kerja", "Daftar via komunitas."),
    ("Penilaian kinerja semester 1", "Isi formulir di portal HR sebelum sesi."),
    ("Interview kandidat magang – Rina", "Kamu jadi interviewer ya. CV terlampir, isi scorecard setelahnya."),
])
def test_indonesian_events_that_are_not_interviews(title, description):
    other = person("tono@kantorku.example", "Tono Wijaya")
    assert not detect(event(title, description, organizer=other, attendees=(other,), minutes=60), [ME]).interview


def test_sending_a_take_home_task_the_user_notes_is_a_deadline_not_an_interview():
    found = detect(event("Kirim tugas take-home Cakrawala", "Tahap 3: kirim link repo ke ratna.sari@cakrawala.example.",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert not found.interview


def test_a_cancelled_indonesian_interview_is_not_one():
    found = detect(event("Dibatalkan: Wawancara user – Cakrawala Finansial", "Mohon maaf, jadwal wawancara "
                         "dibatalkan.", organizer=HR, attendees=(RATNA,), minutes=60), [ME])
    assert not found.interview


def test_a_forwarded_invitation_whose_sender_stays_away_meets_the_people_it_copies():
    description = ("---------- Pesan yang diteruskan ---------\nDari: Andi Saputra <andi@karirindo.example>\n"
                   "Subjek: Jadwal interview user – Finance Manager\nKepada: Casey <casey.nguyen@proton.me>\n"
                   "Cc: Dewi Lestari <dewi.l@tmr.example>, Hadi Gunawan <hadi.g@tmr.example>\n\nHalo,\n"
                   "Interview user hari Kamis jam 10 via Zoom dengan Bu Dewi dan Pak Hadi. Saya tidak ikut di sesi "
                   "ini ya.\n\nSalam,\nAndi")
    found = detect(event("Tamara – user", description, organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and sorted(p.email for p in found.people) == ["dewi.l@tmr.example", "hadi.g@tmr.example"]
