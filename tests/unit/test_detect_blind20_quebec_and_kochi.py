"""Kinds of evidence and field extraction learnt after an independent labelled set (blind20) was scored, from a
Québec French translator's calendar and an Indian instrumentation engineer's: the kind of business French and Spanish
names write before the name itself, a lawyer addressed as "Me", law firms named "Avocats", translators' titles, a
radio interview, Indian legal forms ("Pvt. Ltd.", "Private Limited", "LLP"), a recruiting mailbox written in the
notes (also on free mail), and the "techno-managerial round" of Indian hiring."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("sector", ["Transports", "Éditions", "Seguros"])
def test_the_kind_of_business_written_before_a_name_its_domain_spells_is_part_of_it(sector):
    lead = person("julie.gagnon@morency.ca", "Julie Gagnon")
    found = detect(event(f"Deuxième entrevue – {sector} Morency", "Vous rencontrerez Julie Gagnon, directrice.",
                         organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.company == f"{sector} Morency"


def test_the_kind_of_business_after_an_elided_article_is_part_of_the_name():
    lead = person("paul.cote@borealis.ca", "Paul Côté")
    found = detect(event("Entrevue – Rédacteur", "Merci de votre intérêt pour le poste de rédacteur au service "
                         "des communications d'Éditions Borealis. Une première entrevue d'une heure.",
                         organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.company == "Éditions Borealis"


def test_a_lawyer_addressed_as_me_is_no_company_and_a_firm_of_avocats_keeps_its_word():
    agent = person("lbelanger@recrutementboreal.ca", "Lucie Bélanger")
    partner = person("pgirard@girardnadeau.ca")
    associate = person("snadeau@girardnadeau.ca")
    found = detect(event("Rencontre – Girard Nadeau Avocats (via Recrutement Boréal)",
                         "Bonjour, voici l'invitation pour votre rencontre avec Me Pierre Girard, associé, et "
                         "Me Sophie Nadeau. Je ne serai pas présente; appelez-moi après.\n\nLucie Bélanger\nRecrutement Boréal",
                         organizer=agent, attendees=(agent, partner, associate), minutes=60), [ME])
    assert found.interview and found.company == "Girard Nadeau Avocats"


@pytest.mark.parametrize("title, role", [
    ("Entrevue – Interprète-traductrice (poste 14-207)", "Interprète-traductrice"),
    ("Entrevue – Interprète de conférence", "Interprète de conférence"),
    ("Nordlys Media – panel interview (Spanish Interpreter)", "Spanish Interpreter"),
])
def test_translators_and_interpreters_titles_are_roles(title, role):
    lead = person("ines.moreau@nordlys.ca", "Inès Moreau")
    found = detect(event(title, "", organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role == role


def test_a_role_framed_in_french_ends_before_aux():
    lead = person("ines.moreau@nordlys.ca", "Inès Moreau")
    found = detect(event("Entrevue – Nordlys", "Merci de l'intérêt que vous portez au poste de conseillère aux "
                         "Services financiers de Nordlys. Une première entrevue.", organizer=lead, attendees=(lead,),
                         minutes=60), [ME])
    assert found.role and found.role.lower() == "conseillère"


@pytest.mark.parametrize("title", ["Entrevue télé – Salut Matin (emploi et IA)", "Interview radio – chronique du midi",
                                   "Entrevue médias – bulletin de 18 h"])
def test_an_interview_on_air_is_no_job_interview(title):
    assert not detect(event(title, "Le recherchiste m'appelle à 11 h 50. Cinq minutes en direct.", minutes=20,
                            me_too=False), [ME]).interview


@pytest.mark.parametrize("form", ["Pvt. Ltd.", "Private Limited"])
def test_an_indian_legal_form_is_no_part_of_the_name(form):
    panel = person("arun.nair@konkanvalves.com", "Arun Nair")
    found = detect(event("Interview – Konkan Valves", f"Greetings from Konkan Valves {form}!\n\nWe invite you for the "
                         f"technical round of interview.\n\nRegards,\nDeepa S\nTalent Acquisition | Konkan Valves "
                         f"{form}, Pune", organizer=panel, attendees=(panel,), minutes=60), [ME])
    assert found.interview and found.company == "Konkan Valves"


def test_a_limited_liability_partnership_is_no_part_of_the_name_a_domain_abbreviates():
    panel = person("arun.nair@kvl.in", "Arun Nair")
    found = detect(event("Interview", "Greetings from Konkan Valves LLP!\n\nWe invite you for the technical round of "
                         "interview.", organizer=panel, attendees=(panel,), minutes=60), [ME])
    assert found.interview and found.company == "Konkan Valves"


@pytest.mark.parametrize("mailbox", ["recruitment@malabardocks.in", "malabar.recruit@gmail.com"])
def test_a_recruiting_mailbox_written_in_the_notes_is_no_one_met(mailbox):
    found = detect(event("Personal Interview – Malabar Docks", "CALL LETTER\n\nPost: Marine Electrician. You are "
                         "requested to appear for a Personal Interview before the Selection Committee.\n\n"
                         f"For queries: {mailbox}", minutes=180, me_too=False), [ME])
    assert found.interview and found.people == ()


def test_a_techno_managerial_round_names_no_manager_role():
    lead = person("ravi.menon@trivanta.com", "Ravi Menon")
    found = detect(event("Trivanta – Techno-managerial round", "Congratulations on clearing round 1.",
                         organizer=lead, attendees=(lead,), minutes=60), [ME])
    assert found.interview and found.role is None


def test_a_telephone_interview_is_no_interview_on_television():
    lead = person("ines.moreau@nordlys.ca", "Inès Moreau")
    found = detect(event("Entrevue téléphonique – Nordlys", "Merci de l'intérêt porté au poste de conseillère.",
                         organizer=lead, attendees=(lead,), minutes=30), [ME])
    assert found.interview
