"""Croatian (``hr.toml``), Estonian (``et.toml``) and Lithuanian (``lt.toml``) invitations are interviews; the
kinds of "razgovor", "vestlus", "intervjuu", "pokalbis" and "interviu" that are no job interview are not: a
development review with one's manager, a newspaper's interview, a study the user takes part in, a user interview
they run, the user's own interview of an intern. The user's own notes of a call: "Ph call w/ ...", a name and a
telephone sign ("Priit T. 📞"), a name and the time ("Mugisha 11am"), a local call word ("Poziv – Ivana, 9:15").
English: a statement to the police and a count of interviews the user sits in on are no interview of theirs.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description, host", [
    ("Töövestlus – Metsaveo AS", "Täname kandideerimast! Ametikoht: logistik. Kutsume Teid vestlusele, kaasa "
     "isikut tõendav dokument.", person("personal@metsaveo.example", "Personaliosakond")),
    ("Selekcijski razgovor – Luka Ploče d.d.", "Poštovani, u sklopu natječaja za radno mjesto inženjer "
     "održavanja pozivamo Vas u ured uprave.", person("kadrovska@lukaploce.example", "Kadrovska služba")),
    ("Atrankos pokalbis – UAB Medvila", "Kviečiame Jus į atrankos pokalbį dėl pardavimų vadovo pareigų.",
     person("atranka@medvila.example", "Atrankos skyrius")),
])
def test_an_invitation_in_estonian_croatian_or_lithuanian_is_an_interview(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description, host", [
    ("Intervju za Zadarski list – novi trajekt", "Novinarka i fotograf dolaze u pogon u 10. Bez komentara o "
     "cijenama.", person("pr@trogir-brodogradnja.example", "Odnosi s javnošću")),
    ("Razvojni razgovor – Marija", "Ciljevi za iduću godinu i edukacije.",
     person("marija.k@trogir-brodogradnja.example", "Marija Kovač")),
    ("Arenguvestlus – Tiina", "Eesmärgid ja koolitused järgmiseks aastaks.",
     person("tiina@kalevipoeg-tarkvara.example", "Tiina Mets")),
    ("Kasutajaintervjuu – apteekrid", "Discovery: kuidas apteekrid tellimusi näevad. Kinkekaardid 15 €.",
     person("ux@rohuleht.example", "UX")),
    ("Interviu laikraščiui „Kauno diena“", "Žurnalistas kalbins apie naują gamyklą. Fotografas 14:00.",
     person("komunikacija@optolita.example", "Komunikacija")),
    ("Metinis vertinimo pokalbis – Tomas", "Tikslai kitiems metams.",
     person("tomas.v@optolita.example", "Tomas Vaitkus")),
    ("Pokalbis su praktikante (KTU)", "Tomas ir aš kalbiname kandidatę į vasaros praktiką. Po pokalbio "
     "užpildykite vertinimo formą.", person("personalas@optolita.example", "Personalas")),
    ("Statement interview – card skimming case", "The detective will take your statement as the branch's "
     "investigating officer. Bring the incident log.", person("legal@savannabank.example", "Legal")),
    ("Reception interviews x4 (sit in)", "9.00 Tane W / 9.45 Mia K / 10.30 Ruby L / 11.15 Sam P. CVs on the "
     "team drive.", person("practice@harbourdental.example", "Practice Manager")),
])
def test_a_press_review_research_own_police_or_hiring_interview_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_a_study_the_user_takes_part_in_as_a_respondent_is_no_interview():
    found = detect(event("Interviu – inžinierės pramonėje (KTU tyrimas)", "Dalyvauju kaip respondentė "
                         "doktorantės tyrime. Pusiau struktūruotas interviu, įrašomas.", organizer=None,
                         location="https://ktu.zoom.us/j/5550001111", minutes=60), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, company", [
    ("Ph call w/ Hemi – Kōwhai Optometry 14.15", "re Paediatric Physiotherapist in Hāwera. Have CV handy. "
     "hemi@kowhaioptometry.example", "Kōwhai Optometry"),
    ("Priit T. 📞", "Ruudik OÜ asutaja (priit@ruudik.example). Head of Engineering roll, tema helistab.", None),
    ("Mugisha 11am", "Entebbe Dairies Ltd – got my CV from Sarah. Finance Manager. He will call.", None),
    ("Poziv – Ivana, 9:15", "Brodomerkur d.o.o. – radno mjesto: konstruktor. ivana@brodomerkur.example", None),
])
def test_the_users_call_note_with_a_call_sign_or_a_time_is_an_interview_when_the_notes_speak_of_a_job(
        title, description, company):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert company is None or found.company == company


@pytest.mark.parametrize("title, description", [
    ("Mugisha 11am", "Plumber for the kitchen sink. He will call."),
    ("Tiina 📞", "Sünnipäev, tort. tiina@perekond.example"),
    ("Poziv – baka, 9:15", "Rođendan."),
])
def test_a_call_note_with_a_call_sign_or_a_time_and_no_job_is_none(title, description):
    assert not detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME]).interview




@pytest.mark.parametrize("aside", ["(Tui = practice owner)", "(Tui = owner, ex-Hearing NZ)"])
def test_a_note_that_someone_is_the_owner_is_no_role(aside):
    found = detect(event("Ph call w/ Tui – Kereru Audiology 9.30",
                         f"re Clinical Audiologist in Gore {aside}. Have CV handy. tui@kereruaudiology.example",
                         organizer=None, attendees=(), minutes=30), [ME])
    assert found.interview and "=" not in (found.role or "")
