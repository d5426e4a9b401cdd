"""The newest vocabularies: a broadcaster's or a paper's interview the user gives, a reminder to prepare for an
interview and a research interview the user holds are no interviews of the user's, in Kinyarwanda, Malagasy,
Kurmanji, Javanese, Indonesian, Armenian, Tigrinya, Luxembourgish, Oromo and Cebuano; a job interview at a
broadcaster, named as one, still is.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


@pytest.mark.parametrize("title, description, address, name", [
    ("Ikiganiro kuri Radio Isango", "Ikiganiro kizanyura imbonankubone, iminota 8.", "amakuru@isangofm.example", "Claudine"),
    ("Resadresaka amin'ny Radio Feon'ny Nosy", "Resadresaka mivantana, 8 minitra.", "vaovao@feonynosy.example", "Lova"),
    ("Hevpeyvîn bi Zagros TV re", "Hevpeyvîna zindî, 8 deqe.", "nuce@zagrostv.example", "Rojda"),
    ("Wawancara karo Radio Suara Merapi", "Siaran langsung jam 07.10, 8 menit.", "redaksi@suaramerapi.example", "Ratri"),
    ("Wawancara bersama Nusantara TV", "Siaran langsung jam 07.10, 8 menit.", "redaksi@nusantaratv.example", "Dewi"),
    ("Հարցազրույց Արարատ ռադիոկայանին", "Ուղիղ եթեր, 8 րոպե։", "lur@araratfm.example", "Գայանե"),
    ("ቃለ መሕትት ምስ ራድዮ ዓዋተ", "ቀጥታ ቃለ መሕትት 8 ደቒቕ።", "desk@awatefm.example", "ሚካኤል"),
])
def test_an_interview_the_user_gives_a_broadcaster_is_none(title, description, address, name):
    host = person(address, name)
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=15), [ME])
    assert not found.interview


@pytest.mark.parametrize("title", [
    "Virstellungsgespréich virbereeden – Luxair",
    "Af-gaaffii hojiif qophaa'uu – Awash Bank",
    "Kwitegura ikiganiro cy'akazi – Inyange",
])
def test_a_reminder_to_prepare_for_an_interview_is_none(title):
    found = detect(event(title, "", organizer=None, attendees=(), minutes=60), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description", [
    ("Interbyu para sa thesis – mga mangingisda", "Para sa akong thesis sa unibersidad."),
    ("Wawancara panaliten – para pengrajin", "Kanggo skripsiku."),
    ("Wawancara penelitian – para nelayan", "Untuk tugas akhir saya."),
])
def test_a_research_interview_the_user_holds_is_none(title, description):
    guest = person("narasumber.desa@gmail.com", "Pak Harjo")
    found = detect(event(title, description, organizer=CASEY, attendees=(guest,), minutes=45), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, address, name", [
    ("Wawancara kerja – Nusantara TV", "Terima kasih atas lamaranmu. Kami mengundang Anda untuk wawancara.", "hrd@nusantaratv.example", "Dewi"),
    ("Ikiganiro cy'akazi – Radio Isango", "Turagutumira mu kiganiro ku mwanya w'umucungamari.", "abakozi@isangofm.example", "Claudine"),
])
def test_a_job_interview_at_a_broadcaster_named_as_one_is_an_interview(title, description, address, name):
    host = person(address, name)
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview


@pytest.mark.parametrize("title, address", [
    ("Ajụjụ ọnụ – Radio Enugu", "desk@radioenugu.example"),
    ("Udliwano-ndlebe – Kwezi FM", "desk@kwezifm.example"),
    ("Puisano – Mosotho FM", "desk@mosothofm.example"),
    ("چاوپێکەوتن – Zagros TV", "desk@zagros.tv"),
    ("سۆھبەت – Radio Tengritagh", "desk@tengritaghradio.example"),
    ("Entèvyou – Radio Caraïbes", "desk@radiocaraibes.example"),
    ("Af-gaaffii – Bilal TV", "desk@bilal.tv"),
    ("ინტერვიუ – Rustavi TV", "desk@rustavi.tv"),
    ("साक्षात्कार – Lokmanch TV", "desk@lokmanch.tv"),
    ("நேர்காணல் – Kaveri TV", "desk@kaveri.tv"),
    ("ఇంటర్వ్యూ – Godavari TV", "desk@godavari.tv"),
    ("ສຳພາດ – Mekong TV", "desk@mekong.tv"),
])
def test_a_terse_invitation_from_a_broadcaster_is_an_interview_the_user_gives(title, address):
    desk = person(address, "News desk")
    found = detect(event(title, "8 minutes, live.", organizer=desk, attendees=(desk,), minutes=15), [ME])
    assert not found.interview
