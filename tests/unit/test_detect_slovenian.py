"""Slovenian (``sl.toml``) invitations and notes are interviews: an employer's "razgovor za zaposlitev", a second
"krog razgovorov", an agency's candidate sent to its client ("naročnik je ..."), a recruiter's call whose client
stays confidential, a coffee to ask someone's advice. The kinds of "razgovor" and "intervju" that are no job
interview of the user's are not: a yearly review with one's manager, interviews the user holds of students or
candidates, a newspaper's interview, a thesis interview the user gives, a practice interview at a workshop, an
offer call, a pre-employment medical.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("title, description, host", [
    ("Zaposlitveni razgovor – Mlinotest Ajdovščina", "Spoštovani, zahvaljujemo se za vašo prijavo. Vabimo vas na "
     "razgovor, ki bo v ponedeljek ob 9. uri v sejni sobi.", person("zaposlitev@mlinotest.example", "Kadrovska")),
    ("Razgovor – Lesnina Kranj", "Pozdravljeni, vabimo vas na razgovor za delovno mesto skladiščnik v "
     "logističnem centru.", person("barbara.novak@lesnina.example", "Barbara Novak")),
])
def test_a_slovenian_invitation_is_an_interview(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_a_second_round_of_interviews_names_its_stage():
    host = person("tomaz.kos@vipava1894.example", "Tomaž Kos")
    found = detect(event("Vipava 1894 – drugi krog razgovorov", "Vabimo vas na drugi krog razgovorov za vodjo "
                         "prodaje, tokrat z upravo.", organizer=host, attendees=(host,), minutes=60), [ME])
    assert found.interview and found.stage == "second round"


def test_an_agencys_candidate_meets_its_client_without_the_recruiter():
    recruiter = person("mojca.kranjc@kadripro.example", "Mojca Kranjc")
    manager = person("marko.zupan@soncnica.example", "Marko Zupan")
    found = detect(event("Razgovor – Sončnica (prek agencije)", "Pozdravljeni, Andrej, kot dogovorjeno: naročnik je "
                         "Sončnica. Razgovor za delovno mesto računovodja bo vodil g. Marko Zupan, vodja financ. "
                         "Jaz se razgovora ne bom udeležila.\n\nLep pozdrav,\nMojca Kranjc",
                         organizer=recruiter, attendees=(recruiter, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert [p.email for p in found.people] == ["marko.zupan@soncnica.example"]


def test_the_users_note_of_a_recruiters_call_with_the_client_kept_back_is_an_interview():
    found = detect(event("Klic – Urban, Talent Hub (stranka zaupna)", "Urban Golob, kadrovski svetovalec – "
                         "urban.golob@talenthub.example. Delovno mesto: Vodja nabave v proizvodnem podjetju na "
                         "Gorenjskem. Vprašati: plača, delo od doma.", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


def test_a_coffee_to_ask_someones_advice_about_their_team_is_an_informational_interview():
    andreja = person("andreja.hribar@kolektor.example", "Andreja Hribar")
    found = detect(event("Kava z Andrejo", "Andreja vodi nabavo pri Kolektorju. Vprašati, kako je pri njih, ali "
                         "zaposlujejo, in za nasvet glede prehoda v nabavo.", organizer=None, attendees=(andreja,),
                         minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description, host", [
    ("Letni razgovor – Špela", "Cilji za prihodnje leto, izobraževanja.",
     person("spela.kos@gorenje-orodjarna.example", "Špela Kos")),
    ("Razgovori s kandidati za pripravništvo (s Petro)", "Prosim, da z mano vodiš razgovore s štirimi kandidati za "
     "pripravnika v računovodstvu. Življenjepisi so v skupni mapi.",
     person("petra.zajc@gorenje-orodjarna.example", "Petra Zajc")),
    ("Intervju za Savinjske novice – nova hala", "Novinar pride ob 10h, fotograf ob 10.30.",
     person("pr@gorenje-orodjarna.example", "Odnosi z javnostmi")),
    ("Intervju za revijo Finance – izvozni trgi", "Novinarka bo poklicala ob 14h.",
     person("pr@gorenje-orodjarna.example", "Odnosi z javnostmi")),
    ("Simulacija zaposlitvenega razgovora", "Vaja razgovora v parih za iskalce zaposlitve.",
     person("delavnice@karierni-center.example", "Karierni center")),
    ("Klic kadrovske – ponudba", "Plača, začetek dela, regres.",
     person("kadri@mlinotest.example", "Kadrovska")),
    ("Zdravniški pregled pred zaposlitvijo", "Medicina dela, na tešče.",
     person("kadri@mlinotest.example", "Kadrovska")),
])
def test_a_review_own_interviews_press_practice_offer_or_medical_is_no_interview(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_an_interview_the_user_gives_for_a_thesis_is_no_interview():
    found = detect(event("Intervju za diplomsko nalogo – Ekonomska fakulteta (sogovornica)", "Diplomska naloga o "
                         "delu na daljavo. Sem intervjuvanka, 40 min.", organizer=None, minutes=45), [ME])
    assert not found.interview


@pytest.mark.parametrize("description, role", [
    ("Razgovor za delovno mesto Skladiščnik bo vodil g. Janez Potočnik, vodja skladišča.", "Skladiščnik"),
    ("Vabimo vas na razgovor za delovno mesto Prodajni referent, ki bo potekal v Celju.", "Prodajni referent"),
    ("Delovno mesto: Vodja nabave pri proizvodnem podjetju v Velenju.", "Vodja nabave"),
])
def test_a_slovenian_role_ends_where_the_sentence_goes_on(description, role):
    host = person("zaposlitev@gorenje-orodjarna.example", "Kadrovska")
    found = detect(event("Razgovor – Gorenje Orodjarna", description, organizer=host, attendees=(host,),
                         minutes=60), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, description, company", [
    ("Klic g. Kovač (Intereuropa) – delovno mesto špediter", "Pokliče on, ob 10h.", "Intereuropa"),
    ("Klic z Ano (Petrol) – razpis za delovno mesto analitik", "Ana je vodja ekipe.", "Petrol"),
    ("Klic – ga. Zupančič (Krka) – delovno mesto farmacevtski tehnik", "", "Krka"),
])
def test_the_users_slovenian_note_of_a_call_about_a_job_is_an_interview(title, description, company):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == company


def test_a_slovenian_note_of_a_call_about_something_else_is_none():
    found = detect(event("Klic g. Kovač (vodovodar)", "Pušča pipa v kopalnici.", organizer=None, me_too=False,
                         minutes=15), [ME])
    assert not found.interview
