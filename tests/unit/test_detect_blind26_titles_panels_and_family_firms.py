"""Fields learnt after an independent labelled set (blind26) was scored: a merchandiser's title, Slovak and
Russian titles and the words a role follows there, the sender who writes "meet me at" or signs as "the
undersigned" on a board, and a family firm's "& Sons" that is part of its name."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_merchandiser_heads_a_title():
    sender = person("o.brandt@lumio-retail.example", "Ola Brandt")
    found = detect(event("Interview – Visual Merchandiser | Lumio Retail", "We look forward to speaking with you.",
                         organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.role == "Visual Merchandiser"


def test_a_slovak_engineers_title_in_brackets():
    sender = person("m.kovac@tatramosty.example", "Milan Kováč")
    found = detect(event("Tatra Mosty – pohovor (Stavebný inžinier)", "Dobrý deň, posielam pozvánku na pohovor.",
                         organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.role == "Stavebný inžinier"


def test_a_russian_note_names_the_role_after_the_word_for_position():
    recruiter = person("aigul.serik@nomadsearch.example", "Aigul Serik")
    found = detect(event("Interview – Nomad Search", "Позиция Drilling Superintendent у крупного оператора. "
                         "Спросит про опыт.", organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.role == "Drilling Superintendent"


def test_the_sender_who_asks_the_candidate_to_meet_them_is_met_too():
    sender = person("tariq.aziz@fernhollow.example", "Tariq Aziz")
    colleague = person("ines.vale@fernhollow.example", "Ines Vale")
    found = detect(event("Fernhollow – onsite", "Next step: meet me at the harbour office, Ines will join on Teams "
                         "from Porto for the first hour. Bring your portfolio.\nTariq", organizer=sender,
                         attendees=(colleague,)),
                   [ME])
    assert {p.email for p in found.people} == {sender.email, colleague.email}


def test_a_board_of_a_director_and_the_undersigned_holds_the_sender():
    sender = person("nasrin.akter@meridiantex.example", "Nasrin Akter")
    director = person("kamal.uddin@meridiantex.example", "Kamal Uddin")
    found = detect(event("Viva – Meridian Textiles (Production Planner)", "Against your application for the post of "
                         "Production Planner you are requested to appear before the viva board. Board: Mr. Kamal Uddin "
                         "(Director) and the undersigned.\n\nNasrin Akter\nHR",
                         organizer=sender, attendees=(director,)), [ME])
    assert {p.email for p in found.people} == {sender.email, director.email}


def test_a_family_firms_and_sons_is_part_of_its_name():
    sender = person("walter@tillmanjoinery.example", "Walter Tillman")
    found = detect(event("Interview – Tillman Joinery", "Thanks for applying to Tillman Joinery & Sons for the "
                         "Bench Joiner job. See you at the workshop.", organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == "Tillman Joinery & Sons"


def _spanish_invitation(role_words: str):
    sender = person("p.soto@minerandina.example", "Pablo Soto")
    return detect(event("Entrevista – Minera Andina", f"Hola, te confirmo la entrevista para el cargo de {role_words} "
                        "(jornada completa). Saludos, Pablo", organizer=sender, attendees=(sender,)), [ME])


def test_a_spanish_titles_speciality_in_capitals_after_en_is_part_of_it():
    assert _spanish_invitation("Ingeniero en Prevención de Riesgos").role == "Ingeniero en Prevención de Riesgos"


def test_a_place_after_en_is_no_speciality():
    assert _spanish_invitation("Analista Contable en Puerto Montt").role == "Analista Contable"


def test_an_optional_attendee_who_joins_only_if_needed_is_not_met():
    sender = person("r.hale@brightwater.example", "Rosa Hale")
    manager = person("dana.frost@brightwater.example", "Dana Frost")
    payroll = person("omar.said@brightwater.example", "Omar Said", "tentative", optional=True)
    found = detect(event("Interview – Brightwater Utilities", "Second interview: a site walk, then a conversation with "
                         "Dana Frost and me. Omar is invited as optional and joins only if pension questions come up.",
                         organizer=sender, attendees=(manager, payroll)), [ME])
    assert found.interview and {p.email for p in found.people} == {sender.email, manager.email}


def test_a_company_after_en_is_no_speciality():
    assert _spanish_invitation("Analista Contable en Minera Andina Ltda").role == "Analista Contable"


def test_a_spanish_firms_consultores_is_part_of_its_name():
    agent = person("jrojas@talentoandino.example", "Javier Rojas")
    found = detect(event("Llamada Javier — Talento Andino", "Javier Rojas, de Talento Andino Consultores (headhunter). "
                         "Cargo: Jefe de Bodega para una cadena de supermercados.", organizer=agent,
                         attendees=(agent,)), [ME])
    assert found.interview and found.company == "Talento Andino Consultores"


@pytest.mark.parametrize("description", [
    "Te confirmo la entrevista. Estaremos yo (jefa de laboratorio) y Marta Ríos, de Personas.",
    "Your interview is confirmed with Marta Ríos (Lab Manager). Ask for me at reception when you arrive.",
])
def test_the_sender_who_counts_themselves_in_or_receives_the_candidate_is_met(description):
    sender = person("luis.vera@labsur.example", "Luis Vera")
    colleague = person("marta.rios@labsur.example", "Marta Ríos")
    found = detect(event("Entrevista / Interview – Laboratorio Sur", description, organizer=sender,
                         attendees=(colleague,)), [ME])
    assert {p.email for p in found.people} == {sender.email, colleague.email}


def test_a_recruiters_call_notes_notice_period_at_the_users_employer_names_no_company():
    found = detect(event("Call – Northgate (Ms. Rahim)", "Lubna Rahim, Northgate Search LK – lubna@northgatelk"
                         ".example, 077 123 4567\nRole: Quality Manager at a European retailer's office, name "
                         "confidential for now. "
                         "Notice period at Sonali Textiles = 3 months.", me_too=False), [ME])
    assert found.interview and found.company == "Northgate Search"


def test_an_assessors_invitation_is_with_the_company_that_commissioned_it():
    assessor = person("r.munoz@evaluatalento.example", "Rocío Muñoz")
    found = detect(event("Evaluación psicolaboral — Evalúa Talento", "Estimado Andrés:\n\nClínica Los Aromos SpA nos "
                         "encargó la evaluación psicolaboral de su proceso de selección para Enfermero Clínico. La "
                         "sesión dura dos horas.\n\nSaludos,\nRocío Muñoz\nEvalúa Talento", organizer=assessor,
                         attendees=(assessor,)), [ME])
    assert found.interview and found.company == "Clínica Los Aromos"


def test_a_russian_company_is_the_name_quoted_after_its_legal_form():
    found = detect(event("Созвон с Ольгой", "Ольга Ким — начальник отдела кадров ООО «Северный Вектор». Вакансия: "
                         "ведущий инженер-механик. Позвонит сама. Резюме у неё, o.kim@svector.example",
                         me_too=False), [ME])
    assert found.interview and found.company == "Северный Вектор"


def test_the_sender_named_on_a_slovak_selection_board_is_met():
    sender = person("jana.mala@vodarne-sever.example", "Jana Malá")
    chair = person("peter.horvath@vodarne-sever.example", "Ing. Peter Horváth")
    found = detect(event("Výberové konanie – Technológ (Vodárne Sever)", "Vážený pán Novák,\n\npozývame Vás na ústnu "
                         "časť výberového konania.\n\nVýberová komisia: Ing. Peter Horváth (predseda), Mgr. Jana Malá "
                         "(personálne oddelenie).\n\nS pozdravom\nMgr. Jana Malá", organizer=sender,
                         attendees=(chair,)), [ME])
    assert found.interview and {p.email for p in found.people} == {sender.email, chair.email}


def test_an_abbreviation_with_a_caron_is_spelled_out_as_the_location_writes_it():
    sender = person("eva.hruba@ssz-vychod.example", "Eva Hrubá")
    found = detect(event("Výberové konanie – Technik (ŠSZ Východ)", "Pozývame Vás na výberové konanie.",
                         organizer=sender, attendees=(sender,),
                         location="Štátne stavebné závody Východ, Hlavná 8, Košice"), [ME])
    assert found.interview and found.company == "Štátne stavebné závody Východ"
