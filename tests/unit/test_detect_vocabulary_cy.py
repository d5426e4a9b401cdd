"""Welsh (``cy.toml``): an invitation to a "cyfweliad" (in its mutated forms: "i gyfweliad"), a recruiter's
"cyfweliad ffôn" and the user's own "Galwad gyda ..." note about a post are interviews; an appraisal ("arfarniad"),
a radio station's "cyfweliad", a study the user takes part in and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_cyfweliad_is_an_interview():
    hr = person("adnoddau.dynol@cyngorpowys.example", "Adnoddau Dynol")
    sian = person("sian.morgan@cyngorpowys.example", "Siân Morgan")
    found = detect(event("Cyfweliad – Cyngor Powys",
                         "Annwyl Casey, diolch am eich cais am swydd Swyddog Cyfathrebu. Hoffem eich gwahodd i "
                         "gyfweliad wyneb yn wyneb yn ein swyddfa yn Llandrindod. Aelodau'r panel: Siân Morgan.",
                         organizer=hr, attendees=(hr, sian), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.role == "Swyddog Cyfathrebu"
    assert "Siân Morgan" in [p.name for p in found.people]


def test_a_recruiters_cyfweliad_ffon_for_a_client_is_a_phone_screen():
    mali = person("mali@talentgwynedd.example", "Mali Hughes")
    found = detect(event("Cyfweliad ffôn – Talent Gwynedd",
                         "Helo Casey, byddaf yn eich ffonio bore yfory am 10 am y swydd Rheolwr Cyfrifon gyda'n "
                         "cleient yng Nghaerdydd. Ni allwn enwi'r cwmni eto.",
                         organizer=mali, attendees=(mali,), minutes=20), [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"
    assert found.role == "Rheolwr Cyfrifon"


def test_a_final_cyfweliad_names_the_stage():
    host = person("swyddi@prifysgol-glyndwr.example", "Swyddi")
    found = detect(event("Cyfweliad terfynol – Prifysgol Glyndŵr", "Llongyfarchiadau ar gyrraedd y cam olaf. Swydd: "
                         "Darlithydd mewn Cemeg.", organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview and found.stage == "final"


def test_the_users_own_note_of_a_call_about_a_post_is_an_interview():
    found = detect(event("Galwad gyda Dafydd (Harbwr Digidol)", "Swydd: Peiriannydd Sifil. Cael CV wrth law.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Harbwr Digidol"


def test_a_call_note_about_no_job_is_none():
    found = detect(event("Galwad gyda Mam (Caernarfon)", "Pen-blwydd Taid.", organizer=None, me_too=False,
                         minutes=30), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, host", [
    ("Arfarniad blynyddol – Gareth", "Amcanion ar gyfer y flwyddyn nesaf.",
     person("gareth@cyngorpowys.example", "Gareth Jones")),
    ("Cyfweliad gyda Radio Cymru – y bont newydd", "Bydd newyddiadurwr yn eich holi am y bont newydd. Yn fyw ar y "
     "radio am 8.", person("cyfathrebu@cyngorpowys.example", "Cyfathrebu")),
    ("Cyfweliadau ymgeiswyr – Cynorthwy-ydd Dosbarth", "Fi ac Elin fydd yn cyfweld ymgeiswyr. Llenwch y ffurflen "
     "sgorio ar ôl pob cyfweliad.", person("pennaeth@ysgol.example", "Pennaeth")),
    ("Cyfweliad ymchwil – traethawd PhD", "Rwy'n cymryd rhan yn yr ymchwil fel cyfranogwr.",
     person("myfyriwr@prifysgol.example", "Nia")),
])
def test_an_appraisal_a_press_interview_the_users_own_interviews_or_a_study_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_an_invitation_to_a_job_at_a_broadcaster_is_an_interview():
    host = person("swyddi@s4c.example", "S4C Swyddi")
    found = detect(event("Cyfweliad – S4C", "Diolch am eich cais am swydd Cynhyrchydd. Hoffem eich gwahodd i "
                         "gyfweliad.", organizer=host, attendees=(host,), minutes=45), [ME])
    assert found.interview and found.kind == "job"
