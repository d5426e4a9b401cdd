"""The company in full, as it writes itself: a name a domain spells takes the words the invitation writes
before a legal form (Nordic and Afrikaans forms too), an acronym the name whose initials it is, and a word
for a phone call is no part of a name, and a title opening with a domain's name and a word or two more writes
it in full."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person


def test_a_nordic_legal_form_shows_the_name_in_full():
    booking = person("fjellbyggarnarekrytering@fjellbyggarna.se", "Fjellbyggarna Rekrytering")
    found = detect(event("Intervju 45 min", "Tack för din bokning hos Fjellbyggarna Rekrytering!\n\nTjänst: Intervju "
                         "45 min\nPersonal: Maja Berg\n\nFjellbyggarna Väst AB · Box 7 · 411 01 Göteborg",
                         organizer=booking, attendees=(person("maja.berg@fjellbyggarna.se", "Maja Berg"),)), [ME])
    assert found.interview
    assert found.company == "Fjellbyggarna Väst"


def test_an_afrikaans_legal_form_shows_the_name_in_full():
    sender = person("annelie@bloemriviermelk.co.za", "Annelie Venter")
    found = detect(event("Onderhoud – Rekenmeester (Bloemrivier Melk)",
                         "Goeie dag\n\nBaie dankie vir jou aansoek vir die pos van Rekenmeester by Bloemrivier Melk "
                         "Koöperasie. Ons nooi jou graag uit vir 'n onderhoud.\n\nAnnelie Venter\nBloemrivier Melk "
                         "Koöperasie Bpk.", organizer=sender), [ME])
    assert found.interview
    assert found.company == "Bloemrivier Melk Koöperasie"


def test_an_acronym_gives_way_to_the_name_whose_initials_it_is():
    office = person("hr.panel@nwsa.gov.example", "NWSA Human Resources")
    found = detect(event("Interview: Deputy Director: Budgets (Ref NWSA/2026/031)",
                         "Dear candidate\n\nThe panel will comprise the Chief Financial Officer and two directors.\n\n"
                         "The National Water Services Authority is an equal opportunity employer.",
                         organizer=office, attendees=(person("cfo@nwsa.gov.example", "Pieter Mokoena"),)), [ME])
    assert found.interview
    assert found.company == "National Water Services Authority"


def test_an_acronym_the_text_never_spells_out_stays():
    office = person("careers@qrtx.example", "QRTX Careers")
    found = detect(event("Interview – QRTX (Data Analyst)", "A 45-minute interview with the analytics team.",
                         organizer=office), [ME])
    assert found.interview
    assert found.company == "QRTX"


def test_a_word_for_a_phone_call_is_no_part_of_the_company():
    consultant = person("s.frei@hsr-recruiting.example", "Simone Frei")
    found = detect(event("Telefonat Helvetia Service – Chef de partie Lausanne",
                         "Buongiorno!\n\nWie vereinbart rufe ich Sie an, um die Position Chef de partie (Restaurant "
                         "Lausanne – Kunde vertraulich) zu besprechen.\n\nFreundliche Grüsse\nSimone Frei\n"
                         "Consultant\nHelvetia Service Recruiting AG\nMarktgasse 3, 3011 Bern",
                         organizer=consultant, location="Telefon +41 79 555 12 12", minutes=30), [ME])
    assert found.interview
    assert found.company == "Helvetia Service Recruiting"


def test_a_cooks_jacket_is_no_role_but_a_sous_chef_is():
    owner = person("m.brunner@seehof-hotels.example", "Martin Brunner")
    chef = person("a.gasser@seehof-hotels.example", "Anna Gasser")
    text = ("Lieber Luca\n\nWie besprochen: Probekochen mit unserer Chefköchin Anna Gasser, danach ein Gespräch mit mir."
            "\n\nAnreise mit dem Zug bis Brunnen, dann 5 Min. zu Fuss. Kochjacke und Messer bitte mitnehmen.\n\nMartin")
    trial = detect(event("Probekochen + Gespräch", text, organizer=owner, attendees=(chef,), minutes=240), [ME])
    assert trial.interview
    assert trial.role is None or "Kochjacke" not in trial.role
    named = detect(event("Vorstellungsgespräch Souschef – Seehof Brunnen", "Gespräch mit Martin Brunner.",
                         organizer=owner), [ME])
    assert named.interview and named.role and "Souschef" in named.role


def test_italian_job_titles_head_a_role_a_privacy_footers_data_officer_does_not():
    desk = person("selezione@mensa-lario.example", "Mensa del Lario – Servizi")
    booked = detect(event("Colloquio di selezione (30 min)", "Servizio: Colloquio di selezione (30 min)\nPersonale: "
                          "Giulia Rota\n\nNote: Candidatura Pasticciera (laboratorio), rif. 2026-44",
                          organizer=desk, attendees=(person("giulia.rota@mensa-lario.example", "Giulia Rota"),)),
                    [ME])
    assert booked.interview and booked.role and booked.role.startswith("Pasticciera")
    footer = detect(event("Colloquio – Trattoria Belvedere", "Gentile Casey,\n\nla invitiamo a un colloquio per la "
                          "posizione di cameriere di sala.\n\nInformativa: il titolare e il responsabile del "
                          "trattamento dei dati è Trattoria Belvedere srl.",
                          organizer=person("sala@trattoriabelvedere.example", "Paolo Neri")), [ME])
    assert footer.interview and footer.role and "cameriere" in footer.role.lower()


def test_a_short_name_in_the_title_is_the_name_the_description_always_writes_in_full():
    found = detect(event("Spark Hire interview (Tallis)",
                         "Tallis Outdoor has invited you to complete a video interview for the Buyer position.\n"
                         "Start here: https://app.sparkhire.example/i/8812\n\nThank you,\nTallis Outdoor Talent Team",
                         organizer=CASEY, attendees=(), me_too=False), [ME])
    assert found.interview and found.company == "Tallis Outdoor"


@pytest.mark.parametrize("description", [
    "Tallis Recruiting has invited you to a video interview for the Buyer position.\nTallis Recruiting Team",
    "Tallis Outdoor has invited you to a video interview for the Buyer position.\nThank you, Tallis",
    "Tallis Outdoor has invited you to a video interview for the Buyer position.",
])
def test_a_short_name_stays_short_unless_the_description_always_goes_on_with_the_same_word(description):
    found = detect(event("Spark Hire interview (Tallis)", description, organizer=CASEY, attendees=(), me_too=False),
                   [ME])
    assert found.interview and found.company == "Tallis"


def test_the_name_a_hiring_system_sends_an_invitation_in_is_the_company():
    system = person("no-reply@teamtailor.com", "Hotel Bellavista Ascona")
    chef = person("m.kubler@gastro-ticino.example", "Matthias Kübler")
    found = detect(event("Video interview: Sous-Chef", "You have been invited to a video meeting for the job "
                         "Sous-Chef.\nParticipants: Matthias Kübler (Executive Chef)\nPowered by Teamtailor",
                         organizer=system, attendees=(chef,)), [ME])
    assert found.interview and found.company == "Hotel Bellavista Ascona"


@pytest.mark.parametrize("sender", ["Teamtailor", "Matthias Kübler"])
def test_a_hiring_systems_own_name_or_a_persons_is_no_company(sender):
    system = person("no-reply@teamtailor.com", sender)
    chef = person("m.kubler@bellavista.example", "Matthias Kübler")
    found = detect(event("Video interview: Sous-Chef", "You have been invited to a video meeting for the job "
                         "Sous-Chef.\nPowered by Teamtailor", organizer=system, attendees=(chef,)), [ME])
    assert found.interview and found.company == "Bellavista"


@pytest.mark.parametrize("description, company", [
    ("Matteo ora è sous-chef all'Hotel Piz Lunghin a Maloja. Ask about permits and whether they hire.",
     "Hotel Piz Lunghin"),
    ("Matteo runs the pass at Ristorante Piz Lunghin now. Ask about permits and whether they hire.",
     "Ristorante Piz Lunghin"),
    ("Matteo now cooks at Piz Lunghin, next to the hotel. Ask about permits and whether they hire.", "Piz Lunghin"),
])
def test_a_hotel_or_restaurant_word_before_the_name_a_domain_spells_is_part_of_it(description, company):
    matteo = person("matteo@pizlunghin.example", "Matteo Rossi")
    found = detect(event("Coffee with Matteo – career advice", description, organizer=CASEY, attendees=(matteo,)),
                   [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("sender, signature, company", [
    (person("pavla.novakova@brnenska-ps.cz", "Pavla Nováková"), "Brněnská projekční a stavební, a.s.",
     "Brněnská projekční a stavební"),
    (person("k.zielinska@mazowieckie-drogi.pl", "Kinga Zielińska"), "Mazowieckie drogi krajowe S.A.",
     "Mazowieckie drogi krajowe"),
    (person("claire.morel@lyonnaise-eb.fr", "Claire Morel"), "Lyonnaise des eaux et bâtiments SAS",
     "Lyonnaise des eaux et bâtiments"),
])
def test_a_name_with_lower_case_later_words_that_a_domain_spells_in_part_is_written_in_full(sender, signature,
                                                                                            company):
    found = detect(event("Interview – Site Engineer", f"Dear Casey,\n\nthank you for applying for the Site Engineer "
                         f"position. We invite you to an interview.\n\n{sender.name}\nHR, {signature}",
                         organizer=sender, attendees=(person(f"director@{sender.domain}", "Jan Dvořák"),)), [ME])
    assert found.interview
    assert found.company == company
    assert found.role == "Site Engineer"


def test_an_abbreviation_the_invitation_spells_out_further_on_is_written_in_full():
    lenka = person("lenka.horvathova@gwsengineering.example", "Lenka Horváthová")
    found = detect(event("Interview – GWS Engineering", "Dear Casey,\n\nwe invite you to an interview for the Planner "
                         "role.\n\nLenka\nGreat Western Signalling Engineering", organizer=lenka,
                         attendees=(person("ivan.bos@gwsengineering.example", "Ivan Boš"),)), [ME])
    assert found.interview
    assert found.company == "Great Western Signalling Engineering"


@pytest.mark.parametrize("title, company", [
    ("Tallis Cerâmicas – entrevista c/ o diretor", "Tallis Cerâmicas"),
    ("Tallis Outdoor Gear | second interview", "Tallis Outdoor Gear"),
    ("Tallis Recruiting – interview", "Tallis"),
    ("Tallis Buyer – interview", "Tallis"),
])
def test_a_title_opening_with_a_domains_name_and_more_words_writes_the_company_in_full(title, company):
    tallis = person("rui.lima@tallis.example", "Rui Lima")
    found = detect(event(title, "", organizer=CASEY, attendees=(tallis,)), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("domain, name, shortens", [
    ("alnoor-sh.example", "Al Noor Specialist Hospital", True),
    ("bluemoor-ch.example", "Bluemoor Children's Hospital", True),
    ("santaluzia-hc.example", "Santa Luzia Hospital de Clínicas", True),
    ("alnoor-sh.example", "Al Noor Hospital", False),
    ("kdmt.example", "Kudimart", True),
    ("kdmt.example", "Kudi", False),
    ("brt.example", "Burnt", False),
])
def test_a_domain_that_spells_the_first_words_then_gives_initials_or_drops_vowels_shortens_the_name(
        domain, name, shortens):
    from providers.detection.company_names import abbreviates

    assert abbreviates(domain, name) is shortens
