"""Danish and Flemish invitations: Danish titles that are compounds of a job word, a title that starts with an
interview word, the people met beside the one who sent the invitation, a recruiting team's mailbox, firms named after
their profession, domains that shorten a name, and a newspaper named with its word for one."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

BO = person("bo.holm@fjordsikring.example", "Bo Holm")
SARA = person("sara.friis@fjordsikring.example", "Sara Friis")


@pytest.mark.parametrize("title, role", [
    ("Kvægdyrlæge", "Kvægdyrlæge"),
    ("Bilskadebehandler", "Bilskadebehandler"),
])
def test_a_danish_title_compounded_from_a_job_word_is_the_role(title, role):
    found = detect(event("Fjordsikring – samtale", f"Hej Anne\n\nTak for din ansøgning på stillingen som {title}. "
                         "Vi vil gerne invitere dig til en første samtale.", organizer=BO, attendees=(BO, SARA),
                         minutes=60), [ME])
    assert found.interview and found.role == role


def test_a_title_starting_with_technical_keeps_the_word():
    lead = person("ruth.okafor@meridian-labs.example", "Ruth Okafor")
    found = detect(event("Meridian Labs | Technical Support Engineer – first interview", "Thank you for applying "
                         "for the Technical Support Engineer, Benelux position.", organizer=lead, attendees=(lead,),
                         minutes=45), [ME])
    assert found.interview and found.role.startswith("Technical Support Engineer")


def test_the_people_a_danish_invitation_says_take_part_from_the_company_are_met():
    found = detect(event("Fjordsikring – Teams-møde", "Hej Anne\n\nTak for din ansøgning. Vi vil gerne invitere dig "
                         "til en første samtale.\nFra vores side deltager Bo Holm (afdelingsleder) og Sara Friis (HR).",
                         organizer=BO, attendees=(SARA,), minutes=60), [ME])
    assert {p.email for p in found.people} == {BO.email, SARA.email}


@pytest.mark.parametrize("description", [
    "Het gesprek is met mezelf en Sara Friis (HR).",
    "Daarna vragen van Bo Holm en Sara Friis (partners).",
    "Bo (praktijkleider) og Sara (HR) viser dig klinikken og fortæller om stillingen.",
    "Sara and I would like to get to know you and tell you about the opening.",
])
def test_the_sender_named_beside_someone_met_is_met_too(description):
    found = detect(event("Gesprek – Fjordsikring", "Bedankt voor je kandidatuur voor de functie van Schadebeheerder. "
                         "Graag nodigen we je uit voor een eerste gesprek. " + description, organizer=BO, attendees=(SARA,), minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {BO.email, SARA.email}


@pytest.mark.parametrize("mailbox", ["selectie@kustwonen.example", "rekrutering@kustwonen.example"])
def test_a_dutch_selection_teams_mailbox_is_no_person_met(mailbox):
    team = person(mailbox, "Dienst Selectie")
    els = person("els.peeters@kustwonen.example", "Els Peeters")
    found = detect(event("Kustwonen – mondelinge proef", "U bent geslaagd voor de schriftelijke proef voor de functie "
                         "Werfleider. Wij nodigen u uit voor een sollicitatiegesprek. De selectiecommissie bestaat uit Els "
                         "Peeters (hoofd technische dienst) en een externe deskundige.\n\nDienst Selectie – Kustwonen",
                         organizer=team, attendees=(els,), minutes=60), [ME])
    assert found.interview and [p.email for p in found.people] == [els.email]


def test_a_firm_named_after_its_profession_is_the_company_its_domain_shortens():
    koen = person("koen.maes@mos-eng.example", "Koen Maes")
    found = detect(event("Moss Engineers – gesprek met Koen", "Bedankt voor je kandidatuur voor de functie van "
                         "Werfleider. Graag nodigen we je uit voor een eerste gesprek.\n\nMet vriendelijke groeten,\n"
                         "Koen Maes\nMoss Engineers", organizer=koen, attendees=(koen,), minutes=60), [ME])
    assert found.company == "Moss Engineers"


def test_the_name_a_hyphenated_domain_spells_the_first_word_of_is_the_company():
    mira = person("mira.jacobs@toren-re.example", "Mira Jacobs")
    found = detect(event("Mira Jacobs and Anne Smit", "What: Intro – Asset Manager between Mira Jacobs and Anne "
                         "Smit\nAdditional notes: Toren Immobilien is hiring an Asset Manager for our city portfolio.",
                         organizer=mira, attendees=(mira,), minutes=30), [ME])
    assert found.company == "Toren Immobilien"


def test_a_domain_of_a_one_word_names_consonants_names_the_company():
    found = detect(event("Tandsikring – samtale med Bo", "Hej Anne\n\nTak for din ansøgning. Vi vil gerne invitere "
                         "dig til en første samtale.\n\nVenlig hilsen\nBo Holm\nTandsikring",
                         organizer=person("bo.holm@tdsk.example", "Bo Holm"), minutes=60), [ME])
    assert found.company == "Tandsikring"


def test_the_company_in_brackets_after_a_name_in_a_coffees_title_is_the_one_its_domain_shortens():
    found = detect(event("Kaffe m. Ida Berg (Fjordfoder Syd)", "Ida skiftede fra praksis til industrien. Spørg "
                         "hvordan hun fik det første job, og om hun kender nogen hos Havgaard. ida.berg@fjfs.example",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and found.company == "Fjordfoder Syd"


def test_a_domain_giving_a_compounds_initials_names_the_company():
    ole = person("ole.dam@kddk.example", "Ole Dam")
    found = detect(event("Mød Ole – Kolding Dyreklinik", "Hej Anne\nOle viser dig klinikken og fortæller om "
                         "stillingen som Dyrlæge. Tag gerne CV med.\n/Ole", organizer=ole, attendees=(ole,),
                         location="Kolding Dyreklinik, Vejlevej 4, 6000 Kolding", minutes=90), [ME])
    assert found.company == "Kolding Dyreklinik"


def test_an_interview_for_a_paper_named_with_the_danish_word_for_one_is_press():
    reporter = person("lise.krog@vestegnensavis.example", "Lise Krog")
    found = detect(event("Interview til Vestegnens Avis: sommerens hedebølge og katte", "Lise Krog ringer.",
                         organizer=reporter, attendees=(reporter,), minutes=30), [ME])
    assert not found.interview


def test_an_interview_with_the_car_rental_company_of_that_name_is_still_one():
    manager = person("jens.lund@avis.example", "Jens Lund")
    found = detect(event("Jobsamtale med Avis: stationsleder", "Tak for din ansøgning. Vi vil gerne invitere dig til "
                         "en jobsamtale.", organizer=manager, attendees=(manager,), minutes=45), [ME])
    assert found.interview
