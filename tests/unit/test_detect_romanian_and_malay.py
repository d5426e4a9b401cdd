"""Romanian (``vocabulary/ro.toml``) and Malay (``vocabulary/ms.toml``): invitations, a headhunter's call, a chat
about a post and a coffee about a career move are interviews; a practice run, a reporter's questions, a performance
review, a webinar, a cancelled meeting and interviews the user holds are not. With them, the fields such calendars
showed wrong: a building named in the location, a client named by a forwarded message, the organizer named as one
of the panel, the headers of a pasted Malay message and a domain ending in its legal form's initials."""
from __future__ import annotations

import pytest

from providers.detect import detect, detect_calendar
from providers.detection.scanner import spellings
from tests.unit.test_detect import ME, event, person

HR_RO = person("recrutare@carpatica.example", "Recrutare Carpatica Energie")
IRINA = person("irina.dobre@carpatica.example", "Irina Dobre")
SERBAN = person("serban.ilie@carpatica.example", "Șerban Ilie")
HR_MS = person("pengambilan@delima.example", "Pengambilan Delima Holdings")
ZAIDI = person("zaidi.omar@delima.example", "Zaidi Omar")


def test_a_romanian_phrase_is_spelled_with_a_comma_below_with_a_cedilla_and_without_diacritics():
    assert {"ședință", "şedinţă", "sedinta"} <= spellings("ședință")
    assert "ședință" in spellings("şedinţă")


@pytest.mark.parametrize("description", [
    "Aș dori să discutăm poziția de Inginer proiectant și să vă povestesc despre echipă.",
    "Aş dori să discutăm poziţia de Inginer proiectant şi să vă povestesc despre echipă.",
    "As dori sa discutam pozitia de Inginer proiectant si sa va povestesc despre echipa.",
])
def test_a_romanian_chat_about_a_post_is_an_interview_however_its_letters_are_typed(description):
    found = detect(event("Discuție Carpatica Energie", description, organizer=IRINA, attendees=(IRINA,),
                         minutes=45), [ME])
    assert found.interview and found.kind == "job" and found.role == "Inginer proiectant"


@pytest.mark.parametrize("title", [
    "Interviu – Carpatica Energie",
    "Invitație la interviu – Carpatica Energie",
    "Carpatica Energie – al doilea interviu",
])
def test_a_romanian_invitation_to_an_interview_is_one(title):
    found = detect(event(title, "Bună ziua, vă invităm la sediul nostru din Brașov.", organizer=HR_RO,
                         attendees=(IRINA,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("Simulare interviu cu Mihai", "Mihai joacă rolul directorului. Exersăm întrebările grele."),
    ("Interviu pentru Ziarul de Vest", "Jurnalista Dana Pavel mă întreabă despre piața muncii."),
    ("Evaluare anuală de performanță", "Obiective, feedback, salariu."),
    ("Webinar: cum treci de interviu", "Link de înscriere pe site."),
    ("Anulat: Interviu – Carpatica Energie", "Postul a fost ocupat. Ne cerem scuze."),
    ("Interviu candidat – Sorin V. (contabil junior)", "CV-ul candidatului e atașat, completăm grila de evaluare."),
])
def test_romanian_events_that_are_not_interviews(title, description):
    assert detect(event("Interviu – Carpatica Energie", "Vă invităm la interviu.", organizer=IRINA,
                        attendees=(IRINA,), minutes=60), [ME]).interview  # the same wording without what rules it out
    assert not detect(event(title, description, organizer=IRINA, attendees=(IRINA,), minutes=60), [ME]).interview


def test_a_romanian_headhunters_call_with_the_client_kept_back_is_the_agency_and_the_post_it_names():
    found = detect(event("Telefon Andrei – Carpatia Talent Partners", "Mă sună Andrei Ionescu "
                         "(andrei.ionescu@carpatiatalent.example). Client confidențial: producător auto. Post: Inginer "
                         "calitate. Vrea să discutăm așteptările salariale.", organizer=None,
                         me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Carpatia Talent Partners" and found.role == "Inginer calitate"


def test_the_romanian_sender_who_will_not_be_there_is_not_met_and_one_who_will_is():
    away = detect(event("Carpatica – discuție cu directorul tehnic", "Confirmăm a doua etapă de interviu cu Irina "
                        "Dobre. Eu nu voi participa.", organizer=SERBAN, attendees=(IRINA,), minutes=45), [ME])
    assert away.interview and [p.email for p in away.people] == [IRINA.email]
    there = detect(event("Interviu Carpatica – Inginer proiectant", "Vă invităm la o discuție cu Irina Dobre "
                         "(director tehnic) și cu mine.", organizer=SERBAN, attendees=(IRINA,), minutes=45), [ME])
    assert there.interview and {p.email for p in there.people} == {IRINA.email, SERBAN.email}


def test_a_malay_invitation_names_the_post_after_jawatan():
    found = detect(event("Panggilan temu duga – Delima Holdings", "Merujuk permohonan tuan bagi jawatan Pegawai "
                         "Pemasaran, kami ingin menjemput tuan ke sesi temu duga bersama Encik Zaidi Omar.",
                         organizer=HR_MS, attendees=(ZAIDI,), minutes=60), [ME])
    assert found.interview and found.kind == "job" and found.role == "Pegawai Pemasaran"


@pytest.mark.parametrize("title, description", [
    ("Latihan temu duga dengan Aiman", "Aiman berlakon jadi penemuduga bank."),
    ("Temubual radio Ceria FM – kerjaya guru", "Saya ditemubual secara langsung tentang kerjaya guru."),
    ("Penilaian prestasi tahunan", "Bawa laporan aktiviti."),
    ("Dibatalkan: Temu duga – Delima Holdings", "Harap maaf, jawatan ini telah dibekukan."),
    ("Temu duga calon pembantu makmal", "Saya ahli panel. 12 calon, 10 minit setiap seorang."),
])
def test_malay_events_that_are_not_interviews(title, description):
    assert detect(event("Temu duga – Delima Holdings", "Sila hadir.", organizer=ZAIDI, attendees=(ZAIDI,),
                        minutes=60), [ME]).interview  # the same wording without what rules it out
    assert not detect(event(title, description, organizer=ZAIDI, attendees=(ZAIDI,), minutes=60), [ME]).interview


def test_a_malay_tea_to_ask_about_a_career_move_is_an_informational_interview():
    found = detect(event("Teh tarik dengan Abang Faiz (Sinar Logistik)", "Faiz dulu guru, sekarang pengurus latihan "
                         "di Sinar Logistik. Tanya macam mana dia beralih ke korporat. faiz.h@sinarlog.example",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "informational"


def test_a_malay_recruiters_call_with_the_client_kept_back_is_an_interview():
    found = detect(event("Call Mei Ling – Bayu Partners", "Mei Ling (meiling@bayupartners.example) akan call. "
                         "Klien sulit – syarikat telekomunikasi. Jawatan: Learning Designer. Nak tahu expected salary.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job" and found.role == "Learning Designer"


def test_calendar_level_detection_reads_a_romanian_process_throughout():
    first = event("Interviu Carpatica – Inginer proiectant", "Vă mulțumim pentru aplicația la postul de Inginer "
                  "proiectant. Vă invităm la prima etapă a procesului de selecție.", organizer=IRINA,
                  attendees=(IRINA,), minutes=60)
    second = event("Carpatica – întâlnire cu directorul", "Confirmăm a doua etapă de interviu: o discuție cu Șerban "
                   "Ilie.", organizer=HR_RO, attendees=(SERBAN,), minutes=45)
    found = detect_calendar([first, second], [ME])
    assert all(f.interview for f in found) and found[0].role == "Inginer proiectant"



def test_the_people_a_pasted_malay_message_copies_are_met_when_its_sender_stays_away():
    found = detect(event("FW: Temu duga – Learning Designer", "Daripada: Mei Ling <meiling@kenaritalent.example>\n"
                         "Dihantar: Isnin, 7 Disember 2026 10:02 PG\nKepada: Casey <casey.n@gmail.example>\n"
                         "Sk: Rahim Yusof <rahim.yusof@kenari.example>; Siti Aminah <siti.aminah@kenari.example>\n"
                         "Subjek: Temu duga – Learning Designer\n\nHi Casey, En. Rahim Yusof and Puan Siti Aminah would "
                         "like to meet you on Friday. I won't be joining.\n\nMei Ling", organizer=None, me_too=False,
                         minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {"rahim.yusof@kenari.example",
                                                                   "siti.aminah@kenari.example"}


@pytest.mark.parametrize("description", [
    "Vă invităm la primul interviu cu Șerban Ilie (director tehnic) și Irina Dobre (HR).",
    "Irina Dobre (HR) și Șerban Ilie (director tehnic) vă invită la primul interviu.",
])
def test_the_organizer_named_beside_a_panel_member_in_romanian_is_met_too(description):
    found = detect(event("Interviu Carpatica – Inginer proiectant", description, organizer=IRINA, attendees=(SERBAN,),
                         minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {IRINA.email, SERBAN.email}


def test_the_organizer_named_beside_a_panel_member_in_malay_is_met_too():
    aida = person("aida.karim@delima.example", "Aida Karim")
    found = detect(event("Temu duga – Pegawai Pemasaran", "Encik Zaidi Omar (Ketua Jabatan) dan Puan Aida Karim "
                         "(Sumber Manusia) ingin bertemu dengan tuan.", organizer=aida, attendees=(ZAIDI,), minutes=60),
                   [ME])
    assert found.interview and {p.email for p in found.people} == {aida.email, ZAIDI.email}


@pytest.mark.parametrize("location", [
    "Lumen Tower, Level 12, Jalan Sultan Ismail, Kuala Lumpur",
    "Menara Lumen, Aras 9, Jalan Tun Razak",
    "Wisma Lumen, Tingkat 3",
    "Harbour Plaza, 8th floor",
])
def test_a_building_named_in_the_location_is_not_the_company(location):
    found = detect(event("Interview – Data Analyst", "Meeting Ahmad from HR at reception.", organizer=None,
                         me_too=False, location=location, minutes=60), [ME])
    assert found.interview and not {"Lumen", "Harbour"} & set((found.company or "").split())


def test_the_client_a_forwarded_message_names_is_the_company_not_the_building():
    found = detect(event("FW: Interview – Data Analyst", "From: Joel Lim <joel.lim@brightlane.example>\n"
                         "Subject: Interview – Data Analyst\n\nHi, good news: now I can share the client name: Kestrel "
                         "Shipping. I won't be joining, call me after.", organizer=None, me_too=False,
                         location="Harbour Tower, Level 30, Marina Way", minutes=60), [ME])
    assert found.interview and found.company == "Kestrel Shipping"


def test_a_malaysian_domain_may_end_with_the_initials_of_the_legal_form():
    nadia = person("nadia.rahman@kmb.com.my", "Nadia Rahman")
    found = detect(event("Kenanga Maju – interview: Credit Analyst", "Thank you for your interest in the Credit "
                         "Analyst position at Kenanga Maju Graduate Centre. We are pleased to invite you for an "
                         "interview.\n\nRegards,\nNadia Rahman\nKenanga Maju", organizer=nadia, attendees=(nadia,),
                         minutes=60), [ME])
    assert found.interview and found.company == "Kenanga Maju"


@pytest.mark.parametrize("title, description, company", [
    ("Prânz cu Ana Pires – Valtor", "Ana (partener coordonator Valtor Legal) m-a invitat să discutăm postul de Avocat "
     "senior din echipa de litigii. ana.pires@vltr.example", "Valtor Legal"),
    ("Lunch with Ana Pires – Valtor", "Ana (partner at Valtor Law) wants to talk about the Senior Associate role in "
     "her disputes team. ana.pires@vltr.example", "Valtor Law"),
])
def test_a_name_the_domain_shortens_is_written_with_the_word_for_the_kind_of_firm_after_it(title, description,
                                                                                          company):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=90), [ME])
    assert found.interview and found.company == company
