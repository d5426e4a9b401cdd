"""Serbian (``vocabulary/sr.toml``), written in Latin and in Cyrillic letters: an invitation to an interview, a
second round with a director, a final conversation for a post, a recruiter's talk with the client, a coffee about a
career are interviews; a cancelled interview, an embassy's visa interview, an appraisal, a practice run, an
interview given to a podcast and interviews the user holds are not. Every phrase is listed in both scripts."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("zaposlenje@moravatrans.example", "Morava Trans Karijere")
JOVAN = person("jovan.ristic@moravatrans.example", "Jovan Ristić")
ЈОВАН = person("j.ristic@moravatrans.example", "Јован Ристић")
IVANA = person("ivana.popov@kadrovi.example", "Ivana Popov")


@pytest.mark.parametrize("title, description", [
    ("Poziv na razgovor – Morava Trans", "Pozivamo Vas na razgovor za posao za poziciju Logističar."),
    ("Позив на разговор – Морава Транс", "Позивамо Вас на разговор за позицију Логистичар."),
    ("Morava Trans – razgovor sa direktorom", "Završni razgovor sa direktorom logistike za poziciju Logističar."),
    ("Морава Транс – завршни разговор", "Завршни разговор са директором логистике за позицију Логистичар."),
    ("Morava Trans – drugi krug", "Drugi krug sa direktorom logistike. Jovan će takođe biti tu."),
    ("Морава Транс – други круг", "Други круг са директором логистике. Јован ће такође бити ту."),
    ("Intervju – Morava Trans", "Vidimo se u kancelariji."),
    ("Интервју – Морава Транс", "Видимо се у канцеларији."),
])
def test_serbian_interview_wording_in_either_script_is_an_interview(title, description):
    found = detect(event(title, description, organizer=JOVAN, attendees=(JOVAN, ЈОВАН), minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_a_recruiters_talk_with_the_client_they_keep_anonymous_is_an_interview():
    found = detect(event("Kadrovi – upoznavanje sa klijentom", "Ovo je razgovor sa tehničkim direktorom klijenta za "
                         "poziciju Vođa magacina. Klijent želi da ostane anoniman. Ja neću biti na pozivu.",
                         organizer=IVANA, attendees=(IVANA,), minutes=45), [ME])
    assert found.interview


def test_a_coffee_to_ask_how_someone_moved_into_their_field_is_an_informational_interview():
    found = detect(event("Kafa sa Teodorom", "Teodora (teodora@moravatrans.example), vođa tima u Morava Trans. "
                         "Hoću da je pitam kako je prešla iz prodaje u logistiku i kako izgleda posao kod njih.",
                         organizer=None, minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Otkazano: Intervju – Morava Trans", "Intervju je otkazan, pozicija je popunjena."),
    ("Отказано: Интервју – Морава Транс", "Интервју је отказан, позиција је попуњена."),
    ("Intervju za vizu – Ambasada Kanade", "Ponesite pasoš i potvrdu o zaposlenju."),
    ("Интервју за визу – Амбасада Канаде", "Понесите пасош и потврду о запослењу."),
    ("Godišnji razgovor o učinku", "Procena učinka i ciljevi za sledeću godinu."),
    ("Vežba intervjua sa Ninom", "Nina glumi regrutera, vežbamo pitanja."),
    ("Gostovanje u podcastu \"Logistika danas\"", "Intervju sa mnom o lancima snabdevanja."),
    ("Intervju: kandidat za magacionera – Petar S.", "Ja vodim razgovor sa kandidatom, Jovan je u komisiji."),
])
def test_serbian_events_that_are_no_interview_of_the_user_stay_out(title, description):
    assert not detect(event(title, description, organizer=JOVAN, attendees=(JOVAN,), minutes=60), [ME]).interview



def test_own_note_of_a_call_with_a_recruiter_whose_domain_says_regrut_is_an_agency_call():
    found = detect(event("poziv – Ana", "Ana Kovač iz agencije Brzi Regrut (ana.kovac@brziregrut.example) – Senior "
                         "Java programer za klijenta, ime je još poverljivo. Pitati za platu i rad od kuće.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Brzi Regrut"


@pytest.mark.parametrize("description", [
    "Ovo je razgovor sa vođom tima klijenta za Senior Java programer poziciju.",
    "Ово је разговор са вођом тима клијента за Senior Java programer позицију.",
])
def test_the_role_comes_between_za_and_the_word_for_the_post(description):
    found = detect(event("Kadrovi – upoznavanje sa klijentom", description, organizer=IVANA, attendees=(IVANA,),
                         minutes=45), [ME])
    assert found.interview and found.role == "Senior Java programer"


def test_a_forwarded_invitation_from_a_selection_mailbox_meets_the_people_its_serbian_copy_line_names():
    found = detect(event("Fwd: Poziv na razgovor – Morava Trans", "---------- Prosleđena poruka ---------\n"
                         "Od: Služba selekcije <selekcija@moravatrans.example>\n"
                         "Za: casey.nguyen@proton.me\n"
                         "Kopija: Jovan Ristić <jovan.ristic@moravatrans.example>, Mila Đurić "
                         "<mila.djuric@moravatrans.example>\n"
                         "Predmet: Poziv na razgovor\n\n"
                         "Pozivamo Vas na prvi krug razgovora za poziciju Logističar. Sa Vama će razgovarati "
                         "Jovan Ristić i Mila Đurić, koje šaljem u kopiji.", organizer=None, me_too=False,
                         minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {"jovan.ristic@moravatrans.example",
                                                                   "mila.djuric@moravatrans.example"}
