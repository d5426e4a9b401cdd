"""Brazilian Portuguese calendar text that holds "entrevista" and is no job interview of the user's: a clinical
intake with a patient's family ("anamnese"), the user assessing or interviewing candidates ("eu avalio",
"entrevistamos"), a radio interviewing the user live. With them, fields: initials spelled across a title's dash are
no company ("Clínica Boa Vista – primeira entrevista" for cbv-pe), a "recrutamento@" mailbox meets nobody, and two
people joined by "+" are both met."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

LARA = person("lara.nunes@cbv-pe.example", "Lara Nunes")
OTAVIO = person("otavio.reis@cbv-pe.example", "Otávio Reis")


@pytest.mark.parametrize("title, description", [
    ("Entrevista inicial – mãe da Sofia (anamnese)", "Anamnese com a mãe da Sofia, 6 anos, gagueira. Levar ficha."),
    ("Entrevista com os pais do Miguel", "Primeira consulta, histórico do paciente."),
    ("Entrevistas monitores de psicologia (eu avalio)", "Eu e Renata entrevistamos 4 candidatos à monitoria."),
    ("Entrevista – estagiário de nutrição", "Vou entrevistar o candidato com a Bruna."),
    ("Entrevista TV Capibaribe – alimentação escolar", "A TV vai me entrevistar ao vivo sobre merenda."),
    ("Entrevista Rádio Frevo – saúde da voz", "Vão me entrevistar no programa da manhã."),
])
def test_portuguese_entrevistas_that_are_no_job_interview(title, description):
    assert detect(event("Entrevista – Clínica Boa Vista", "Até breve.", organizer=LARA, attendees=(LARA,),
                        minutes=60), [ME]).interview  # the same wording without what rules it out
    assert not detect(event(title, description, organizer=LARA, attendees=(LARA,), minutes=60), [ME]).interview


def test_initials_spelled_across_a_titles_dash_are_no_company():
    selection = person("selecao@cbv-pe.example", "Seleção CBV")
    found = detect(event("Clínica Boa Vista – primeira entrevista", "Prezada Ana,\nConvidamos você para a primeira "
                         "entrevista do processo seletivo para Nutricionista Clínica. Você conversará com Lara Nunes.",
                         organizer=selection, attendees=(LARA,), minutes=60,
                         location="Clínica Boa Vista – Bloco A, 2º andar"), [ME])
    assert found.interview and found.company == "Clínica Boa Vista"


def test_a_recruiting_mailbox_in_portuguese_is_no_person_met():
    found = detect(event("ENC: Convite – Nutricionista – Clínica Boa Vista", "---------- Mensagem encaminhada "
                         "---------\nDe: Recrutamento CBV <recrutamento@cbv-pe.example>\nPara: <ana@example.org>\n"
                         "Cc: Lara Nunes <lara.nunes@cbv-pe.example>, Otávio Reis <otavio.reis@cbv-pe.example>\n\n"
                         "Olá Ana,\nGostaríamos de convidá-la para uma entrevista para a vaga de Nutricionista com "
                         "Lara Nunes (gestora) e Otávio Reis (médico).\nAtenciosamente,\nRecrutamento CBV",
                         organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {LARA.email, OTAVIO.email}


def test_the_organizer_joined_to_the_interviewer_by_a_plus_is_met_too():
    found = detect(event("CBV – segunda entrevista com a diretoria", "Lara + Otávio Reis (diretor clínico). Discussão de "
                         "caso.", organizer=LARA, attendees=(OTAVIO,), minutes=90), [ME])
    assert found.interview and {p.email for p in found.people} == {LARA.email, OTAVIO.email}


@pytest.mark.parametrize("title, sender, description, company", [
    ("Conversa com o Rafael – Colégio Onda Verde", person("rafael.lima@ondav.example", "Rafael Lima"),
     "Oi Ana! Como combinamos, uma entrevista sobre a vaga de Nutricionista Escolar. Abraços, Rafael",
     "Colégio Onda Verde"),
    ("Розмова з Тарасом – Полтавський Млин", person("taras.h@pmlyn.example", "Тарас Гнатенко"),
     "Маріє, як домовлялися – поговоримо про позицію Технолог, хочу краще познайомитися з Вами. Тарас",
     "Полтавський Млин"),
])
def test_a_talk_with_someone_names_the_organisation_after_the_dash_over_a_domains_guess(title, sender, description,
                                                                                          company):
    found = detect(event(title, description, organizer=sender, minutes=45), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("description, email, company", [
    ("Beatriz é sócia da Clínica Girassol. Pedir conselho sobre carreira em audiologia.",
     "beatriz.melo@girassolpe.example", "Clínica Girassol"),
    ("Богдан – лікар у мережі Клініки Ясень. Хочу розпитати, як він перейшов у приватну практику. Порада.",
     "bohdan@yasen.example", "Клініки Ясень"),
])
def test_a_coffee_names_the_company_the_text_writes_over_the_letters_of_a_domain(description, email, company):
    found = detect(event("Café com Beatriz", description, organizer=None, attendees=(person(email, "B"),),
                         minutes=60), [ME])
    assert found.interview and found.company == company
