"""Kinds of evidence and field extraction learnt after an independent labelled set (blind12) was scored: a
medical check the employer books before a job starts, which continues no interview; a podcast the Spanish
spelling "pódcast" names; a forwarded message in the Scandinavian languages (or Spanish) whose sender will not be
there; and general words that end an organisation's name (a studio, a games company, a publisher)."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from providers.detect import detect, detect_calendar
from tests.unit.test_detect import ME, START, event, person

RECRUITER = person("lucia.ferreira@norbright.example", "Lucia Ferreira")
LEAD = person("tomas.reyes@norbright.example", "Tomás Reyes")


@pytest.mark.parametrize("title, description", [
    ("Pre-employment medical – Norbright", "Booked by Norbright HR. Please fast from midnight and bring your ID."),
    ("Occupational health check – Norbright", "Your appointment at the clinic, arranged by our People team."),
    ("Exame admissional – Norbright", "Agendado pelo RH da Norbright. Leve um documento com foto."),
    ("Examen médico de ingreso – Norbright", "Programado por Gestión Humana. Presentarse en ayunas."),
    ("Visite médicale d'embauche – Norbright", "Rendez-vous pris par les RH de Norbright."),
])
def test_a_medical_check_the_employer_books_is_no_conversation_of_its_hiring(title, description):
    interview = event("Interview – Norbright", "Your interview for the Account Manager position at Norbright with "
                      "Tomás.", organizer=RECRUITER, attendees=(RECRUITER, LEAD))
    start = START + timedelta(days=9)
    medical = replace(event(title, description, organizer=RECRUITER), event_id="evt-medical", start=start,
                      end=start + timedelta(minutes=60))
    verdicts = detect_calendar([interview, medical], [ME])
    assert verdicts[0].interview and not verdicts[1].interview


@pytest.mark.parametrize("title, description", [
    ("Grabación del pódcast «Ventas que Escalan»", "Episodio sobre negociación: te entrevistamos durante media "
     "hora. Conduce: Rodrigo."),
    ("Pódcast Finanzas Claras – entrevista", "Entrevista para el pódcast sobre carrera en banca."),
])
def test_a_podcast_spelt_the_spanish_way_is_no_job_interview(title, description):
    assert not detect(event(title, description, minutes=60), [ME]).interview


@pytest.mark.parametrize("title, header, body", [
    ("VB: Intervju Lindholm Energi", "Från: Maja Holm <maja.holm@talangbron.example>\nTill: Casey Nguyen "
     "<casey.nguyen@proton.me>\nKopia: Ola Strand <ola.strand@lindholm.example>; Sofie Aho "
     "<sofie.aho@lindholm.example>\nÄmne: Intervju Lindholm Energi\n",
     "Hej Casey! Du träffar Ola och Sofie på kontoret. Jag deltar inte själv, hör av dig efteråt."),
    ("VS: Intervju Lindholm Energi", "Fra: Maja Holm <maja.holm@talangbron.example>\nTil: Casey Nguyen "
     "<casey.nguyen@proton.me>\nKopi: Ola Strand <ola.strand@lindholm.example>; Sofie Aho "
     "<sofie.aho@lindholm.example>\nEmne: Intervju Lindholm Energi\n",
     "Hei Casey! Du møter Ola og Sofie på kontoret. Jeg blir ikke med, ring meg etterpå."),
    ("RV: Entrevista Lindholm Energía", "De: Maja Holm <maja.holm@talangbron.example>\nEnviado: lunes\nPara: Casey "
     "Nguyen <casey.nguyen@proton.me>\nCC: Ola Strand <ola.strand@lindholm.example>; Sofie Aho "
     "<sofie.aho@lindholm.example>\nAsunto: Entrevista Lindholm Energía\n",
     "Hola Casey, la entrevista es con Ola Strand y Sofie Aho. Yo no voy a asistir; me cuentas cómo te fue."),
])
def test_the_forwarding_sender_who_stays_away_is_not_met_in_other_languages(title, header, body):
    found = detect(event(title, f"{header}\n{body}\n/Maja"), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {"ola.strand@lindholm.example", "sofie.aho@lindholm.example"}


@pytest.mark.parametrize("title, domain, company", [
    ("Lead Designer – Ravenmoor Games – Portfolio interview", "ravenmoor.example", "Ravenmoor Games"),
    ("Line Producer interview – Ashgrove Productions", "ashgrove.example", "Ashgrove Productions"),
    ("Art Director – Tidewell Studio – panel interview", "tidewell.example", "Tidewell Studio"),
])
def test_a_studio_or_a_games_company_is_named_in_full(title, domain, company):
    hr = person(f"talent@{domain}", "Talent Team")
    lead = person(f"r.okoye@{domain}", "Rita Okoye")
    found = detect(event(title, "Hi Casey, here is your call with Rita. I'm only coordinating.", organizer=hr,
                         attendees=(lead,)), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize("description", [
    "Casey, bring your laptop: you will solve a pricing exercise and then go through it with Marguerite and "
    "Olu Bello (Head of Pricing).",
    "Casey, vous ferez une étude de cas puis un échange avec Marguerite et Olu Bello (directeur technique).",
])
def test_the_organizer_named_beside_the_interviewer_after_with_is_met(description):
    organizer = person("m.lacroix@quayside-re.example", "Marguerite Lacroix")
    olu = person("olu.bello@quayside-re.example", "Olu Bello")
    found = detect(event("Quayside Re – technical round", description, organizer=organizer, attendees=(olu,),
                         minutes=120), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {organizer.email, olu.email}


def test_the_organizer_named_with_the_interviewer_who_stays_away_is_not_met():
    organizer = person("m.lacroix@quayside-re.example", "Marguerite Lacroix")
    olu = person("olu.bello@quayside-re.example", "Olu Bello")
    found = detect(event("Quayside Re – technical round", "Casey, you will go through a pricing case with Olu Bello "
                         "(Head of Pricing). I won't be joining. Marguerite", organizer=organizer, attendees=(olu,),
                         minutes=120), [ME])
    assert found.interview and [p.email for p in found.people] == [olu.email]
