"""Kinds learnt after an independent labelled set (blind34) was scored: isiZulu joins "about" or "in" to the word for
a post ("ngesikhundla se-Quality Manager"), and a loanword title follows the possessive with a hyphen; a labelled
role a recruiter follows with a comma and the employer kept back ("Poste : X, client confidentiel") is the title
alone, so the interview with the client the recruiter sets up later takes that role; a role follows a post word, the
word that keeps the search confidential and a colon ("Búsqueda confidencial: Jefa de Planta"), and the recruiter of
an agency its name says is one ("... Headhunters") sets up the client interview whatever the domain writes."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize("description, role", [
    ("Thabo Mokoena (t.mokoena@ubuntuwater.co.za) ungimemile ukuthi sixoxe ngesikhundla se-Quality Control "
     "Manager. Bring CV.", "Quality Control Manager"),
    ("Lindiwe Dube (l.dube@imvulafoods.co.za) ufuna ukukhuluma nami ngesikhundla sika-Production Supervisor.",
     "Production Supervisor"),
    ("Siyakumema kudliwano-ndlebe kwisikhundla se-Maintenance Planner. Umphathi: Sipho (s.x@khanyamills.co.za)",
     "Maintenance Planner"),
])
def test_a_post_isizulu_or_isixhosa_joins_a_prefix_to_names_its_role_after_a_hyphen(description, role):
    found = detect(event("Ingxoxo – Khanya Mills", description, me_too=False, location="Cafe Rio"), [ME])
    assert found.interview and found.role == role


def test_a_hyphenated_word_after_a_post_word_is_no_role():
    found = detect(event("Interview – Khanya Mills", "Interview for the position of Quality Lead. Bring the "
                         "self-Assessment form.", organizer=person("s.x@khanyamills.co.za", "Sipho X")), [ME])
    assert found.role == "Quality Lead"


@pytest.mark.parametrize("line, role", [
    ("Poste : Chef de projet méthodes, client confidentiel (automobile, Tanger).", "Chef de projet méthodes"),
    ("Role: Plant Controller, client undisclosed for now.", "Plant Controller"),
    ("Puesto: Jefa de Obra, cliente confidencial del sector naval.", "Jefa de Obra"),
    ("Role: Senior Data Engineer, Routing", "Senior Data Engineer, Routing"),
])
def test_a_labelled_role_ends_before_a_comma_that_goes_on_about_the_client(line, role):
    found = detect(event("Call Nadia – Atlas Talent", f"Nadia Bensaid (nadia@atlastalent.example) called.\n{line}",
                         me_too=False, minutes=30), [ME])
    assert found.interview and found.role == role


def test_the_client_interview_a_recruiter_sets_up_takes_the_role_of_their_call_whose_label_goes_on_about_the_client():
    recruiter = person("nadia@atlastalent.example", "Nadia Bensaid")
    call = event("Call Nadia – Atlas Talent", "Nadia Bensaid (nadia@atlastalent.example) called.\nPoste : Chef de "
                 "projet méthodes, client confidentiel (automobile, Tanger). Premier point sur mon parcours.",
                 me_too=False, minutes=30)
    client = event("Entretien client Atlas Talent : Riffa Composites", "Le client peut être dévoilé : Riffa "
                   "Composites. Vous rencontrerez Omar Tazi (Directeur Usine). Je ne serai pas présente.\nNadia",
                   organizer=recruiter, attendees=(person("o.tazi@riffa-composites.example", "Omar Tazi"),))
    later = timedelta(days=20)
    client = replace(client, event_id="evt-2", start=client.start + later, end=client.end + later)
    verdicts = detect_calendar([call, client], [ME])
    assert [v.role for v in verdicts] == ["Chef de projet méthodes", "Chef de projet méthodes"]


@pytest.mark.parametrize("line, role", [
    ("Búsqueda confidencial: Jefa de Planta para una conservera de Santoña.", "Jefa de Planta"),
    ("Vacante confidencial: Jefe de Mantenimiento para un cliente del sector naval.", "Jefe de Mantenimiento"),
    ("Posizione riservata: Responsabile Qualità per un cliente nel settore alimentare.", "Responsabile Qualità"),
])
def test_a_role_follows_the_word_for_a_post_kept_confidential_and_a_colon(line, role):
    found = detect(event("Llamada con Marta – Cantábrico Headhunters", f"Marta Ruiz (marta@cantabrico-hh.example). "
                         f"{line} Primera llamada.", me_too=False, minutes=30), [ME])
    assert found.interview and found.role == role


def test_the_client_interview_takes_the_role_of_a_call_with_an_agency_its_name_says_is_one_whatever_its_domain():
    recruiter = person("marta@cantabrico-hh.example", "Marta Ruiz")
    call = event("Llamada con Marta – Cantábrico Headhunters", "Marta Ruiz (marta@cantabrico-hh.example). Búsqueda "
                 "confidencial: Jefa de Planta para una conservera. Primera llamada.", me_too=False, minutes=30)
    client = event("Entrevista con el cliente – Conservas Laredo", "Ya te puedo decir el cliente: Conservas Laredo. "
                   "Te reúnes con Pedro Sainz (Director de Operaciones). Yo no estaré.\nMarta", organizer=recruiter,
                   attendees=(person("p.sainz@conservaslaredo.example", "Pedro Sainz"),))
    later = timedelta(days=20)
    client = replace(client, event_id="evt-2", start=client.start + later, end=client.end + later)
    verdicts = detect_calendar([call, client], [ME])
    assert [v.role for v in verdicts] == ["Jefa de Planta", "Jefa de Planta"]
