"""Who is met, when the sender says they stay away, only arranges the call, or is on the panel.

Each test builds its own event; the assertions are on the people detection returns.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

AGENT = person("lena.vogt@brightside-talent.example", "Lena Vogt")
LEAD = person("o.berg@nordwerk.example", "Ole Berg")
HEAD = person("k.sommer@nordwerk.example", "Karla Sommer")

# -- the sender, an agency's consultant, writes that they will not be there ------------------------------


@pytest.mark.parametrize("title, description", [
    ("Interview – Nordwerk", "Your interview with Ole Berg and Karla Sommer is confirmed. I won't be joining, "
     "but call me afterwards."),
    ("Vorstellungsgespräch – Nordwerk", "Ihr Gespräch mit Ole Berg und Karla Sommer ist bestätigt. Ich selbst bin "
     "nicht dabei, rufen Sie mich danach gerne an."),
    ("Entretien – Nordwerk", "Votre entretien avec Ole Berg et Karla Sommer est confirmé. Je ne serai pas présente, "
     "appelez-moi après."),
    ("Entrevista – Nordwerk", "Su entrevista con Ole Berg y Karla Sommer está confirmada. Yo no estaré presente; "
     "llámeme después."),
    ("Colloquio – Nordwerk", "Il colloquio con Ole Berg e Karla Sommer è confermato. Io non sarò presente, "
     "chiamami dopo."),
    ("Sollicitatiegesprek – Nordwerk", "Je gesprek met Ole Berg en Karla Sommer staat vast. Ik ben er zelf niet "
     "bij, bel me achteraf."),
    ("【二次面接】ノルトヴェルク様", "面接官：ベルク様、ゾンマー様\n\n※なお、私は当日同席いたしませんので、終了後にご連絡ください。"),
    ("【面接】ノルトヴェルク様", "日程が確定しました。当日は私は参加しません。終わりましたらお電話ください。"),
    ("Anställningsintervju – Nordwerk", "Din intervju med Ole Berg och Karla Sommer är bekräftad. Själv deltar jag "
     "inte, men ring mig efteråt."),
])
def test_the_sender_who_writes_they_will_not_be_there_is_not_met(title, description):
    found = detect(event(title, description, organizer=AGENT, attendees=(AGENT, LEAD, HEAD)), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {LEAD.email, HEAD.email}


def test_a_sender_who_will_be_there_stays_met():
    found = detect(event("Interview – Nordwerk", "Your interview with Ole Berg. I'll also join to introduce you.",
                         organizer=AGENT, attendees=(AGENT, LEAD)), [ME])
    assert {p.email for p in found.people} == {LEAD.email, AGENT.email}


# -- the sender is a coordinator who arranges a call with someone else ------------------------------------

COORDINATOR = person("pia.holm@lumenfold.example", "Pia Holm")
PARTNER = person("d.achebe@lumenfold.example", "Dayo Achebe")


@pytest.mark.parametrize("title, description", [
    ("Intro call – Lumenfold", "Hi Casey,\n\nThis is a 45-minute call with Dayo Achebe, who leads our recruiting for "
     "engineering.\n\nThanks,\nPia Holm\nInterview Coordinator, Lumenfold"),
    ("Erstgespräch – Lumenfold", "Hallo Casey,\n\nanbei die Einladung zu Ihrem Gespräch mit Dayo Achebe aus unserem "
     "Recruiting-Team.\n\nViele Grüße\nPia Holm | Recruiting-Koordinatorin | Lumenfold"),
    ("Entretien – Lumenfold", "Bonjour Casey,\n\nVoici votre échange avec Dayo Achebe, responsable du recrutement."
     "\n\nCordialement,\nPia Holm\nCoordinatrice recrutement"),
])
def test_a_coordinator_who_arranges_a_call_with_someone_else_is_not_met(title, description):
    found = detect(event(title, description, organizer=COORDINATOR, attendees=(COORDINATOR, PARTNER)), [ME])
    assert found.interview
    assert [p.email for p in found.people] == [PARTNER.email]


def test_a_coordinator_who_says_they_join_too_is_met():
    description = ("This is a call with Dayo Achebe. I'll also join to take notes.\n\nBest,\nPia Holm\n"
                   "Recruiting Coordinator")
    found = detect(event("Intro call – Lumenfold", description, organizer=COORDINATOR,
                         attendees=(COORDINATOR, PARTNER)), [ME])
    assert {p.email for p in found.people} == {COORDINATOR.email, PARTNER.email}


def test_a_recruiter_who_is_no_coordinator_stays_met():
    description = "A call with Dayo Achebe and me.\n\nBest,\nPia Holm\nSenior Recruiter"
    found = detect(event("Intro call – Lumenfold", description, organizer=COORDINATOR,
                         attendees=(COORDINATOR, PARTNER)), [ME])
    assert {p.email for p in found.people} == {COORDINATOR.email, PARTNER.email}


# -- the sender listed under the interviewers' heading is met ----------------------------------------------

HR = person("r.lindqvist@harbourline.example", "Rut Lindqvist")
CHEF = person("t.okoro@harbourline.example", "Tayo Okoro")


@pytest.mark.parametrize("title, description", [
    ("Interview – Harbourline", "Thank you for applying.\n\nYour interviewers:\nTayo Okoro, Head Chef\n"
     "Rut Lindqvist, People Partner\n\nKind regards\nRut Lindqvist"),
    ("Vorstellungsgespräch – Harbourline", "Vielen Dank für Ihre Bewerbung.\n\nIhre Gesprächspartner:\n"
     "Tayo Okoro (Küchenchef)\nRut Lindqvist (Personal)\n\nFreundliche Grüsse\nRut Lindqvist"),
    ("Entretien – Harbourline", "Merci pour votre candidature.\n\nJury : Tayo Okoro (chef de cuisine), "
     "Rut Lindqvist (RH)\n\nCordialement,\nRut Lindqvist"),
    ("Intervju – Harbourline", "Takk for søknaden.\n\nIntervjupanel:\n- Tayo Okoro, kjøkkensjef\n"
     "- Rut Lindqvist, HR (undertegnede)\n\nMed vennlig hilsen\nRut Lindqvist"),
])
def test_the_sender_named_under_the_interviewers_heading_is_met(title, description):
    found = detect(event(title, description, organizer=HR, attendees=(CHEF,)), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {CHEF.email, HR.email}


def test_a_japanese_sender_named_among_the_interviewers_is_met():
    hr = person("m.kobayashi@kirin-soft.example", "小林 真由")
    lead = person("t.inoue@kirin-soft.example", "井上 拓")
    description = "■面接官：開発部 井上、人事部小林\n■所要時間：45分\n\n株式会社キリンソフト 人事部 小林 真由"
    found = detect(event("【一次面接】田中様", description, organizer=hr, attendees=(lead,)), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {lead.email, hr.email}


def test_a_sender_under_the_interviewers_heading_who_will_not_be_there_is_not_met():
    description = ("Your interviewers:\nTayo Okoro, Head Chef\nRut Lindqvist, People Partner\n\nUpdate: I won't be "
                   "joining after all.\n\nKind regards\nRut Lindqvist")
    found = detect(event("Interview – Harbourline", description, organizer=HR, attendees=(CHEF, HR)), [ME])
    assert [p.email for p in found.people] == [CHEF.email]


def test_a_sender_who_only_signs_below_the_interviewers_is_not_met():
    description = "Your interviewer:\nTayo Okoro, Head Chef\n\nKind regards\nRut Lindqvist\nPeople Partner"
    found = detect(event("Interview – Harbourline", description, organizer=HR, attendees=(CHEF,)), [ME])
    assert [p.email for p in found.people] == [CHEF.email]


def test_a_company_mailbox_whose_name_is_in_an_interviewers_address_is_not_met():
    mailbox = person("harbourline@myworkday.com", "Harbourline")
    description = "Your interview has been scheduled.\nInterviewers: Tayo Okoro (t.okoro@harbourline.example)"
    found = detect(event("Interview Scheduled: R-1187 – Sous Chef", description, organizer=mailbox,
                         attendees=(CHEF,)), [ME])
    assert [p.email for p in found.people] == [CHEF.email]


# -- the sender writes that the user meets them too -----------------------------------------------------


@pytest.mark.parametrize("title, description", [
    ("Andre intervju – Nordwerk", "Hei!\n\nFørst en arbeidsprøve med Karla Sommer, deretter møter du meg for en "
     "prat om lønn og oppstart.\n\nHilsen Ole"),
    ("Probetag – Nordwerk", "Hallo!\n\nZuerst Probearbeiten mit Karla Sommer, danach ein Gespräch mit mir über "
     "Lohn und Start.\n\nGruss Ole"),
    ("Andra intervjun – Nordwerk", "Hej!\n\nFörst ett arbetsprov med Karla Sommer, sedan ett samtal med mig om "
     "lön och start.\n\nHälsningar Ole"),
    ("Anden samtale – Nordwerk", "Hej!\n\nFørst en arbejdsprøve med Karla Sommer, derefter en samtale med mig om "
     "løn og opstart.\n\nHilsen Ole"),
])
def test_a_sender_who_writes_the_user_meets_them_too_is_met(title, description):
    found = detect(event(title, description, organizer=LEAD, attendees=(HEAD,), minutes=180), [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["k.sommer@nordwerk.example", "o.berg@nordwerk.example"]


@pytest.mark.parametrize("description", [
    "Thanks for last week. Before we decide I'd like you to meet Karla Sommer, our COO. Karla and I will both be "
    "on the video call.\n\nOle",
    "Thanks for last week. Karla Sommer, our COO, would like to meet you; Karla and I'll be joining from Hamburg.\n\n"
    "Ole",
    "תודה על השבוע שעבר. לפני שנחליט אשמח שתכירי את קרלה זומר, סמנכ\"לית התפעול. ישתתפו בשיחה אני וקרלה.\n\nאולה",
])
def test_a_sender_who_writes_they_and_a_colleague_will_be_there_is_met(description):
    found = detect(event("Second interview – Nordwerk", description, organizer=LEAD, attendees=(HEAD,), minutes=30),
                   [ME])
    assert found.interview
    assert sorted(p.email for p in found.people) == ["k.sommer@nordwerk.example", "o.berg@nordwerk.example"]
