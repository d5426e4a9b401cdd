"""Hungarian (``vocabulary/hu.toml``): an invitation to an introductory talk, a second round, a phone pre-screen,
a headhunter's forwarded next step and a coffee about a career are interviews; a practice run, an interview given to
a magazine, a performance review, a webinar, a cancelled interview and interviews the user holds are not. With them,
the fields Hungarian text hides: the role before the word for the post with its case ending ("pozícióra"), two
people joined by "és" with an ending on the name, a pasted message's Hungarian header and the legal forms Kft., Zrt."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("karrier@tiszagep.example", "Tisza Gépgyártó HR")
KATA = person("molnar.kata@tiszagep.example", "Molnár Kata")
GABOR = person("balogh.gabor@tiszagep.example", "Balogh Gábor")


def test_an_invitation_to_an_introductory_talk_is_an_interview_for_the_post_named_before_its_ending():
    found = detect(event("Tisza Gépgyártó – bemutatkozó beszélgetés", "Kedves Anna! Köszönjük jelentkezését a "
                         "Karbantartó mérnök pozícióra. Egy bemutatkozó beszélgetésre hívjuk Molnár Kata "
                         "üzemvezetővel.", organizer=HR, attendees=(KATA,), minutes=45), [ME])
    assert found.interview and found.kind == "job" and found.role == "Karbantartó mérnök"


def test_a_phone_prescreen_is_an_interview_for_the_post_after_az():
    found = detect(event("Balogh Gábor – Tisza Gépgyártó", "Balogh Gábor (HR, balogh.gabor@tiszagep.example) "
                         "telefonos előszűrés az Ügyfélszolgálati munkatárs pozícióhoz. Ő hív, 15 perc.",
                         organizer=None, me_too=False, minutes=15), [ME])
    assert found.interview and found.role == "Ügyfélszolgálati munkatárs"


@pytest.mark.parametrize("title", [
    "Állásinterjú – Tisza Gépgyártó",
    "Tisza Gépgyártó – második interjú",
    "Felvételi beszélgetés, Tisza Gépgyártó",
    "Tisza Gépgyártó: videóinterjú",
])
def test_hungarian_interview_wording_is_an_interview(title):
    assert detect(event(title, "Várjuk szeretettel.", organizer=KATA, attendees=(KATA,), minutes=60), [ME]).interview


def test_a_second_round_named_with_both_interviewers_joined_by_es_meets_the_organizer_too():
    found = detect(event("Tisza Gépgyártó – második kör, Szolnok", "Az esettanulmány bemutatása Molnár Katának és "
                         "Balogh Gábor igazgatónak.", organizer=KATA, attendees=(GABOR,), minutes=90), [ME])
    assert found.interview and {p.email for p in found.people} == {KATA.email, GABOR.email}


def test_a_headhunters_forwarded_next_step_meets_the_people_it_copies_and_drops_the_legal_form():
    found = detect(event("Szolnok – látogatás + beszélgetés", "Feladó: Takács Lili <takacs.lili@alfoldtalent.example>\n"
                         "Címzett: Kovács Anna <anna@example.org>\n"
                         "Másolatot kap: Molnár Kata <molnar.kata@tiszagep.example>\n"
                         "Tárgy: TOV: Minőségügyi mérnök – következő lépés\n\n"
                         "Kedves Anna! Az ügyfél a Tisza Gépgyártó Zrt. Molnár Kata (gyárigazgató) várja a "
                         "telephelyen. Én nem leszek ott, utána hívjon!", organizer=None, me_too=False,
                         minutes=120), [ME])
    assert found.interview and found.company == "Tisza Gépgyártó"
    assert [p.email for p in found.people] == [KATA.email]


def test_a_coffee_about_a_career_is_an_informational_interview():
    dora = person("fodor.reka@example.org", "Fodor Réka")
    found = detect(event("Kávé Rékával", "Fodor Réka elmondja, milyen a csapatnál dolgozni, és kit érdemes "
                         "megkeresni. Csak tanács.", organizer=None, attendees=(dora,), minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Próbainterjú Zolival", "Zoli kikérdez, mintha ő lenne az igazgató."),
    ("Interjú a Műszaki Magazinnak", "Telefonon, a piacról kérdeznek."),
    ("Éves teljesítményértékelés", "Célok 2027-re."),
    ("Webinárium: hogyan készülj az interjúra", "Regisztráció a honlapon."),
    ("Lemondva: Interjú – Tisza Gépgyártó", "A pozíciót betöltötték."),
    ("Interjú – gyakornok jelölt", "Én interjúztatom a jelöltet."),
    ("Törölve: állásinterjú – Tisza Gépgyártó", "Új időpontot később egyeztetünk."),
    ("Rádióinterjú a reggeli műsorban", "Élő adásban kérdeznek az iparról."),
    ("Sajtóinterjú – gépipari kiállítás", "Két újságíró, fél óra."),
    ("Interjút készítenek velem a gépiparról", "Telefonon, fél óra."),
    ("Interjú – raktáros pozíció", "Én tartom az interjút, Zsolt is bejön a végére."),
])
def test_hungarian_events_that_are_not_interviews(title, description):
    assert detect(event("Interjú – Tisza Gépgyártó", "Várjuk szeretettel.", organizer=KATA, attendees=(KATA,),
                        minutes=60), [ME]).interview  # the same wording without what rules it out
    assert not detect(event(title, description, organizer=KATA, attendees=(KATA,), minutes=60), [ME]).interview


def test_a_headhunters_call_names_the_post_that_starts_a_sentence_and_keeps_the_client_back():
    found = detect(event("Bálint (Alföld Talent) hív", "Tóth Bálint (Alföld Talent), toth.balint@alfoldtalent.example, "
                         "+36 20 555 0199. Export Sales Manager pozíció egy japán tulajdonú beszállítónál Kecskeméten "
                         "– a cég neve egyelőre titkos. Bérigény, home office.", organizer=None, me_too=False,
                         minutes=30), [ME])
    assert found.interview and found.company == "Alföld Talent" and found.role == "Export Sales Manager"


@pytest.mark.parametrize("description", [
    "Az ügyféllátogatás előtt egyeztetünk a szakmai tapasztalatcsere programjáról.",
    "Szakmai tapasztalatcsere a karbantartásról, az ügyféllátogatások tapasztalatai.",
])
def test_a_customer_visit_and_an_exchange_of_experience_hold_no_agency_client_and_no_question_on_experience(
        description):
    assert not detect(event("Tisza Gépgyártó – egyeztetés", description, organizer=KATA, attendees=(KATA,),
                            minutes=60), [ME]).interview
