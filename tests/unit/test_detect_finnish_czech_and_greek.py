"""Invitations in Finnish, Czech and Greek: interviews with the company, the role and the people met,
and what only borrows the words (a mock interview, a press interview, an employee review, the user
interviewing a candidate, a routine meeting that speaks of interviews)."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person, said

LIISA = person("liisa.virtanen@pohjolan-energia.example", "Liisa Virtanen")
MIKKO = person("mikko.korhonen@pohjolan-energia.example", "Mikko Korhonen")
EVA = person("eva.novakova@pivovar-lipno.example", "Eva Nováková")
JAN = person("jan.dvorak@pivovar-lipno.example", "Jan Dvořák")
MARIA = person("m.papadopoulou@aigaio-logistics.example", "Μαρία Παπαδοπούλου")
NIKOS = person("n.georgiou@aigaio-logistics.example", "Νίκος Γεωργίου")


def met(found) -> set[str]:
    return {p.display_name() for p in found.people}


@pytest.mark.parametrize("title, description, organizer, guest, company, role", [
    ("Työhaastattelu – Järjestelmäasiantuntija",
     "Hei,\n\nkiitos hakemuksestasi. Kutsumme sinut haastatteluun Pohjolan Energia Oy:n toimistolle. Haastattelijoina "
     "ovat Mikko Korhonen ja allekirjoittanut.\n\nYstävällisin terveisin\nLiisa Virtanen",
     LIISA, MIKKO, "Pohjolan Energia", "Järjestelmäasiantuntija"),
    ("Pohovor – Obchodní zástupce",
     "Dobrý den,\n\nděkujeme za Vaši žádost. Rádi bychom Vás pozvali na osobní pohovor ve společnosti Pivovar Lipno "
     "s.r.o. Pohovoru se zúčastní také Jan Dvořák, vedoucí obchodu.\n\nS pozdravem\nEva Nováková",
     EVA, JAN, "Pivovar Lipno", "Obchodní zástupce"),
    ("Συνέντευξη εργασίας – Λογιστής",
     "Καλησπέρα σας,\n\nσας ευχαριστούμε για την αίτησή σας. Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη στα "
     "γραφεία της εταιρείας Αιγαίο Logistics Α.Ε. Στη συνέντευξη θα συμμετέχει επίσης ο Νίκος Γεωργίου.\n\n"
     "Με εκτίμηση,\nΜαρία Παπαδοπούλου",
     MARIA, NIKOS, "Αιγαίο Logistics", "Λογιστής"),
], ids=["fi", "cs", "el"])
def test_an_invitation_to_an_interview_names_the_company_the_role_and_the_people(
        title, description, organizer, guest, company, role):
    found = detect(event(title, description, organizer=organizer, attendees=(organizer, guest)), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == company and found.role == role
    assert met(found) == {organizer.name, guest.name}


@pytest.mark.parametrize("title, description, organizer, stage", [
    ("Puhelinhaastattelu – Pohjolan Energia", "Kiitos hakemuksestasi.", LIISA, "phone screen"),
    ("Toinen haastattelu – Pohjolan Energia", "Kiitos hakemuksestasi.", LIISA, "second round"),
    ("Loppuhaastattelu – Pohjolan Energia", "Kiitos hakemuksestasi.", LIISA, "final"),
    ("Telefonický pohovor – Pivovar Lipno", "Děkujeme za Vaši přihlášku.", EVA, "phone screen"),
    ("Druhé kolo pohovorů – Pivovar Lipno", "Děkujeme za Vaši přihlášku.", EVA, "second round"),
    ("Finální pohovor – Pivovar Lipno", "Děkujeme za Vaši přihlášku.", EVA, "final"),
    ("ΤΗΛΕΦΩΝΙΚΗ ΣΥΝΕΝΤΕΥΞΗ – Aigaio Logistics", "Σας ευχαριστούμε για την αίτησή σας.", MARIA,
     "phone screen"),  # capitals drop the accents
    ("Δεύτερη συνέντευξη – Aigaio Logistics", "Σας ευχαριστούμε για την αίτησή σας.", MARIA, "second round"),
    ("Τελικη συνεντευξη – Aigaio Logistics", "Σας ευχαριστούμε για την αίτησή σας.", MARIA,
     "final"),  # written without accents
])
def test_stages_are_interview_wording_whatever_the_case_and_accents_and_name_the_stage(
        title, description, organizer, stage):
    found = detect(event(title, description, organizer=organizer, attendees=(organizer,)), [ME])
    assert found.interview and found.stage == stage


@pytest.mark.parametrize("title, description, organizer, kind", [
    ("Harjoitushaastattelu", "Harjoitellaan ennen torstain haastattelua.", None, "mock"),
    ("Pohovor nanečisto", "Trénink s kamarádkou před skutečným pohovorem.", None, "mock"),
    ("Εικονική συνέντευξη", "Εξάσκηση με το γραφείο διασύνδεσης πριν από την πραγματική συνέντευξη.", None, "mock"),
    ("Lehtihaastattelu – Kauppalehti", "Haastattelu kestää noin puoli tuntia.",
     person("anna.laine@kauppalehti.example", "Anna Laine"), "press"),
    ("Rozhovor pro časopis Ekonom", "Rozhovor potrvá asi 30 minut, fotograf dorazí s námi.",
     person("petra.mala@ekonom.example", "Petra Malá"), "press"),
    ("Συνέντευξη για την εφημερίδα Καθημερινή", "Η συνέντευξη θα διαρκέσει περίπου μισή ώρα.",
     person("eleni@kathimerini.example", "Ελένη Κωστή"), "press"),
    ("Kehityskeskustelu – Mikko", "Vuoden tavoitteet ja osaamisen kehittäminen.", MIKKO, "employee review"),
    ("Hodnoticí pohovor – Jan", "Roční hodnocení a cíle na příští rok.", JAN, "employee review"),
    ("Συνέντευξη αποχώρησης – Νίκος", "Τελευταία μέρα την Παρασκευή.", NIKOS, "employee review"),
])
def test_what_only_borrows_the_interview_words_is_no_interview(title, description, organizer, kind):
    others = (organizer,) if organizer else ()
    found = detect(event(title, description, organizer=organizer, attendees=others), [ME])
    assert not found.interview and said(found, kind)


@pytest.mark.parametrize("title, description, colleague", [
    ("Haastattelu – hakija Matti Mäkinen", "Hakijan CV liitteenä, arviointilomake täytetään haastattelun jälkeen.",
     MIKKO),
    ("Pohovor s uchazečem – Karel Malý", "Životopis uchazeče v příloze, hodnoticí formulář vyplňte po pohovoru.", JAN),
    ("Συνέντευξη υποψηφίου – Γιάννης Αλεξίου", "Το βιογραφικό του υποψηφίου επισυνάπτεται.", NIKOS),
])
def test_the_user_interviewing_a_candidate_is_on_the_hiring_side(title, description, colleague):
    found = detect(event(title, description, organizer=CASEY, attendees=(colleague,)), [ME])
    assert not found.interview and said(found, "hiring side")


@pytest.mark.parametrize("title, description, organizer", [
    ("Tiimipalaveri", "Asialista: kvartaalin luvut ja rekrytointi – haastattelut ensi viikolla.", MIKKO),
    ("Porada obchodního týmu", "Program: výsledky kvartálu, pohovory na pozici skladníka příští týden.", JAN),
    ("Σύσκεψη ομάδας", "Θέματα: αποτελέσματα τριμήνου και οι συνεντεύξεις για τη νέα θέση.", NIKOS),
])
def test_a_routine_meeting_that_speaks_of_interviews_is_a_meeting_of_another_kind(title, description, organizer):
    found = detect(event(title, description, organizer=organizer, attendees=(organizer,)), [ME])
    assert not found.interview and said(found, "a meeting of another kind")


@pytest.mark.parametrize("title, description, coordinator, interviewers", [
    ("Haastattelu – Pohjolan Energia", "Haastattelijoina toimivat Mikko Korhonen ja Sanna Mäki. En itse osallistu "
     "haastatteluun, mutta vastaan mielelläni kysymyksiin.\n\nTerveisin\nLiisa Virtanen", LIISA,
     (MIKKO, person("sanna.maki@pohjolan-energia.example", "Sanna Mäki"))),
    ("Pohovor – Pivovar Lipno", "Pohovor povedou Jan Dvořák a Petra Malá. Já se pohovoru nezúčastním, ale jsem "
     "Vám k dispozici.\n\nS pozdravem\nEva Nováková", EVA,
     (JAN, person("petra.mala@pivovar-lipno.example", "Petra Malá"))),
    ("Συνέντευξη – Aigaio Logistics", "Στη συνέντευξη θα συμμετέχουν ο κ. Νίκος Γεωργίου και η κα Ελένη Δημητρίου. "
     "Η ίδια δεν θα συμμετάσχω.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου", MARIA,
     (NIKOS, person("e.dimitriou@aigaio-logistics.example", "Ελένη Δημητρίου"))),
])
def test_the_sender_who_writes_they_will_not_be_there_is_not_met(title, description, coordinator, interviewers):
    found = detect(event(title, description, organizer=coordinator, attendees=(coordinator, *interviewers)), [ME])
    assert found.interview and met(found) == {p.name for p in interviewers}


@pytest.mark.parametrize("title, description, organizer, absent, present", [
    ("Työhaastattelu – Pohjolan Energia", "Haastattelussa ovat mukana Mikko Korhonen ja minä. Sanna Mäki ei pääse "
     "paikalle.", LIISA, person("sanna.maki@pohjolan-energia.example", "Sanna Mäki"), MIKKO),
    ("Pohovor – Pivovar Lipno", "Pohovoru se zúčastní Jan Dvořák a já. Petra Malá se bohužel nemůže zúčastnit.", EVA,
     person("petra.mala@pivovar-lipno.example", "Petra Malá"), JAN),
    ("Συνέντευξη – Aigaio Logistics", "Θα είμαστε ο κ. Νίκος Γεωργίου κι εγώ. Η κα Ελένη Δημητρίου δεν θα μπορέσει "
     "να παρευρεθεί.", MARIA, person("e.dimitriou@aigaio-logistics.example", "Ελένη Δημητρίου"), NIKOS),
])
def test_someone_said_not_to_come_is_not_met(title, description, organizer, absent, present):
    found = detect(event(title, description, organizer=organizer, attendees=(organizer, present, absent)), [ME])
    assert found.interview and met(found) == {organizer.name, present.name}
