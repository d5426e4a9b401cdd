"""Interview detection on kinds of events an independent calendar set brought up.

Each test builds its own event; the assertions are on what detection returns (the verdict, the
kind, the company, the role, the people met), never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person

# -- the user's own note of a call with a recruiter: a person, a company in brackets, a job ------------

@pytest.mark.parametrize("title, description, company", [
    ("Call w/ Odette (Brightwater?)", "recruiter pinged me on LinkedIn about a Data Analyst contract. Rate ready.",
     "Brightwater"),
    ("Anruf mit Lukas (Sternhaus Labs?)", "Recruiter hat mir geschrieben, es geht um eine Stelle als Entwickler.",
     "Sternhaus Labs"),
    ("Llamada con Marta (¿Ribera Datos?)", "Me contactó una recruiter por LinkedIn, puesto de analista junior.",
     "Ribera Datos"),
    ("Call with Priya (Kestrel Health)", "She's the recruiter for the Product Designer position.", "Kestrel Health"),
])
def test_the_users_own_note_of_a_recruiter_call_is_a_job_interview(title, description, company):
    for organizer, me_too in ((None, False), (CASEY, False), (None, True)):
        found = detect(event(title, description, organizer=organizer, me_too=me_too, minutes=30), [ME])
        assert found.interview and found.kind == "job"
        assert found.company == company and found.people == ()


@pytest.mark.parametrize("title, description", [
    ("Call w/ Mom", "Ask about the recruiter call she mentioned for cousin Leo."),
    ("Llamada con Andrea (dentista)", "Confirmar la cita, preguntar por el puesto de recepcionista que dejó."),
    ("Call w/ Sam (Brightwater)", "Sam's job search: he has a recruiter call at Brightwater next week, wants to prep."),
    ("Call w/ Sam (Brightwater)", "Catch up about the holidays."),
])
def test_an_ordinary_call_the_user_notes_is_not_an_interview(title, description):
    found = detect(event(title, description, organizer=CASEY, me_too=False, minutes=30), [ME])
    assert not found.interview


def test_a_call_note_on_someone_elses_invitation_is_not_the_users_own_note():
    sam = person("sam.oduya@gmail.com", "Sam Oduya")
    found = detect(event("Call w/ Sam (Brightwater?)", "Sam met a recruiter for a Data Analyst role.",
                         organizer=sam, attendees=(sam,), minutes=30), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, company", [
    ("Call w/ Tomás @ Quillbridge re: Senior AE role", "Tomás Reyes – VP Sales, tomas@quillbridge.example. He calls "
     "my cell. Ask: territory, quota, ramp.", "Quillbridge"),
    ("Ligar à Inês @ Marés – vaga Diretora de Produto", "ines@mares.example — é a CEO, liga-me ela.", "Marés"),
    ("Llamar a Jorge @ Litoral – puesto de Jefe de Ventas", "jorge@litoral.example, me llama él.", "Litoral"),
    ("Dana (Fabrikam) ringing me – Practice Manager, Leeds", "dana.okoro@fabrikam.example – Regional Director. "
     "Questions ready re caseload and on-call.", "Fabrikam"),
])
def test_the_users_own_note_of_a_call_with_someone_at_a_company_about_a_job_is_an_interview(title, description,
                                                                                            company):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job" and found.company == company


@pytest.mark.parametrize("title, description", [
    ("Call w/ Mom @ home re: Thanksgiving", "Ask who brings the pie."),
    ("Call w/ Ray @ Northside Plumbing re: boiler quote", "ray@northsideplumbing.example, he rings after 5."),
    ("Jess (Acme Dental) ringing me – appointment change", "jess@acmedental.example"),
    ("Call w/ Priya Raman (candidate) re: our SDR role", "She applied last week; check her notice period."),
])
def test_an_ordinary_call_or_a_candidate_the_user_calls_is_not_their_interview(title, description):
    found = detect(event(title, description, organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview


# -- a coffee in Dutch to learn how it is at a company: informational ----------------------------------

@pytest.mark.parametrize("title", [
    "Koffie met Joost – hoe bevalt het bij Lindeboom Data?",
    "Kopje koffie met Joost (Lindeboom Data)",
    "Kennismaking met Joost van Lindeboom Data",
])
def test_a_dutch_coffee_with_someone_at_a_company_is_an_informational_interview(title):
    joost = person("joost.dekker@lindeboomdata.nl", "Joost Dekker")
    found = detect(event(title, "Ik wil graag horen hoe het team werkt voordat ik solliciteer.",
                         organizer=CASEY, attendees=(joost,), me_too=False), [ME])
    assert found.interview and found.kind == "informational"
    assert found.company == "Lindeboom Data"
    assert [p.email for p in found.people] == ["joost.dekker@lindeboomdata.nl"]


def test_a_dutch_coffee_with_family_is_not_an_interview():
    mama = person("ria.nguyen@gmail.com", "Ria")
    found = detect(event("Koffie met mama", "Taart meenemen!", organizer=CASEY, attendees=(mama,), me_too=False),
                   [ME])
    assert not found.interview


# -- a coffee the user set up to learn how it is at someone's company: informational ----------------------

@pytest.mark.parametrize("title, description, guest", [
    ("Coffee - Amara Lind (Quillsoft)", "Ask how the Quillsoft product org is set up and what her first 90 days "
     "were like.", person("amara@quillsoft.example", "Amara Lind")),
    ("Coffee w/ Ben Oduya – pick his brains re sports nutrition", "Ben has been at Harbour City four years.",
     person("ben.oduya@harbourcity.example", "Ben Oduya")),
    ("Kopi w/ Wei Jie – how's life at Tidepool?", "He moved from Banyan to their risk desk last spring.",
     person("weijie@tidepool.example", "Tan Wei Jie")),
    ("Café con Lucía (Ribera Datos)", "Preguntar cómo funciona el equipo de datos y cómo entró ella.",
     person("lucia@riberadatos.example", "Lucía Gil")),
])
def test_a_coffee_the_user_set_up_to_ask_about_someones_workplace_is_informational(title, description, guest):
    found = detect(event(title, description, organizer=CASEY, attendees=(guest,), me_too=False, minutes=60), [ME])
    assert found.interview and found.kind == "informational"
    assert [p.email for p in found.people] == [guest.email]


@pytest.mark.parametrize("title, description, guest", [
    ("Coffee - Jake Moreno (Quillsoft)", "Ask how the new flat is going and whether he got the bike fixed.",
     person("jake@quillsoft.example", "Jake Moreno")),
    ("Coffee w/ Mum – pick her brains about the garden", "Bring the seed catalogue.",
     person("ria.nguyen@gmail.com", "Ria")),
    ("Kopi w/ Uncle Lim", "Ask about his hip.", person("lim.kh@singnet.example", "Lim Kok Hua")),
])
def test_a_coffee_with_a_friend_or_family_is_not_an_interview(title, description, guest):
    found = detect(event(title, description, organizer=CASEY, attendees=(guest,), me_too=False, minutes=60), [ME])
    assert not found.interview


# -- a role with a qualifier in brackets that belongs to the posting ------------------------------------

LENA = person("lena.meyer@contoso.com", "Lena Meyer")


@pytest.mark.parametrize("title, description, role", [
    ("Interview with Contoso", "Your call for the Platform Engineer (Kubernetes) role is confirmed.",
     "Platform Engineer (Kubernetes)"),
    ("Colloquio conoscitivo – Contoso", "Ti scrivo per la posizione di Sviluppatore Frontend (React). A presto!",
     "Sviluppatore Frontend (React)"),
    ("Entrevista – Desenvolvedor(a) Mobile | Contoso", "Olá! Confirmamos a entrevista.", "Desenvolvedor(a) Mobile"),
    ("Vorstellungsgespräch – Mitarbeiter(in) Vertrieb", "Wir freuen uns auf das Gespräch.", "Mitarbeiter(in) Vertrieb"),
    ("Vorstellungsgespräch Contoso", "Ihre Bewerbung für die Stelle als Softwareentwickler (m/w/d) bei Contoso.", "Softwareentwickler"),
    ("Interview with Contoso", "Thanks for applying for the Data Analyst (remote) position.", "Data Analyst"),
])
def test_a_bracketed_qualifier_of_a_posting_stays_with_the_role(title, description, role):
    found = detect(event(title, description, organizer=LENA, attendees=(LENA,)), [ME])
    assert found.interview and found.role == role


def test_a_role_named_only_in_the_notes_of_a_booking_is_the_role():
    tariq = person("tariq.oyelaran@harbourtalent.com", "Tariq Oyelaran")
    notes = ("Event Name: Candidate Intro Call\n\nPlease share anything that will help prepare for our meeting.: "
             "Following up on your message about the Data Analyst contract at Fernhill Bank (4 months, remote)."
             "\n\nPowered by Calendly.com")
    found = detect(event("Candidate Intro Call between Tariq Oyelaran and Casey Nguyen", notes, organizer=tariq,
                         attendees=(tariq,), minutes=30), [ME])
    assert found.interview and found.role == "Data Analyst"


def test_a_contractor_is_a_role():
    found = detect(event("Call w/ Ines (Fernhill?)", "recruiter on LinkedIn: QA Contractor, 3 months.",
                         organizer=CASEY, me_too=False, minutes=30), [ME])
    assert found.interview and found.role == "QA Contractor"


# -- the company as the text writes it, past or across what the domain spells ----------------------------

@pytest.mark.parametrize("title, organizer, company", [
    ("Interview – Brenner Systems", "hanna@brenner.de", "Brenner Systems"),
    ("Entrevista telefónica – Analista – Grupo Solano Seguros", "ana@gruposolano.es", "Grupo Solano Seguros"),
    ("Interview – Contoso Lab", "grace@contoso.com", "Contoso"),  # a word that ends no company name
])
def test_a_company_word_written_after_the_name_the_domain_spells_is_kept(title, organizer, company):
    found = detect(event(title, "", organizer=person(organizer, "Someone Else")), [ME])
    assert found.company == company


def test_a_two_word_name_the_text_writes_beats_a_run_together_domain():
    tama = person("tama@tuipay.nz", "Tama Ngata")
    description = ("What:\nTechnical interview\n\nWho:\nTama Ngata - Organizer\ntama@tuipay.nz\n\nCasey Nguyen\n"
                   f"{ME}\n\nWhere:\nCal Video https://app.cal.com/video/xyz\n\nAdditional notes:\n"
                   "Role: Backend Developer. Tui Pay is a small team; bring a laptop with Python ready."
                   "\n\nNeed to make a change? https://app.cal.com/booking/xyz")
    found = detect(event("Technical interview between Tama Ngata and Casey Nguyen", description, organizer=tama,
                         minutes=60), [ME])
    assert found.interview and found.company == "Tui Pay"


@pytest.mark.parametrize("title", [
    "面接のご案内：一次面接 バックエンドエンジニア（第二新卒歓迎）",
    "一次面接（オンライン・既卒可）",
])
def test_a_registered_company_in_a_japanese_description_beats_a_requirement_in_the_titles_brackets(title):
    saito = person("k.saito@hayate-kogyo.co.jp", "斉藤 健")
    description = "田中 様\n\nこの度は株式会社ハヤテ工業の中途採用にご応募いただき、誠にありがとうございます。\n面接官：斉藤"
    found = detect(event(title, description, organizer=saito, attendees=(saito,)), [ME])
    assert found.interview and found.company == "株式会社ハヤテ工業"


# -- the sender who says they will sit in is one of the people met ---------------------------------------

SAITO = person("k.saito@hayate-kogyo.co.jp", "斉藤 健")
ONO = person("y.ono@hayate-kogyo.co.jp", "小野 由美")
TOM = person("tom.reyes@contoso.com", "Tom Reyes")
MAYA = person("maya.lind@contoso.com", "Maya Lind")


@pytest.mark.parametrize("title, description, organizer, guest", [
    ("【二次面接】田中様", "面接官：開発部 斉藤（人事 小野も同席いたします）", ONO, SAITO),
    ("Interview – Contoso", "You'll meet Tom Reyes, our engineering lead. I'll also join to introduce you.", MAYA, TOM),
    ("Interview – Contoso", "You'll meet Tom Reyes. Maya will sit in as well.", MAYA, TOM),
])
def test_the_sender_who_sits_in_is_met(title, description, organizer, guest):
    found = detect(event(title, description, organizer=organizer, attendees=(guest,)), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {guest.email, organizer.email}


def test_a_japanese_sender_writing_that_a_colleague_sits_in_too_is_met():
    takahashi = person("takahashi.aya@hayate-kogyo.co.jp", "高橋 綾")
    yamamoto = person("yamamoto.ken@hayate-kogyo.co.jp", "山本 健")
    found = detect(event("カジュアル面談（バックエンドエンジニア）",
                         "田中 様\n\nまずはカジュアル面談として、業務内容についてご説明できればと存じます。\n"
                         "当日は開発部 マネージャーの山本も同席いたします。\n\n人事部 高橋 綾",
                         organizer=takahashi, attendees=(yamamoto,)), [ME])
    assert found.interview
    assert {p.email for p in found.people} == {takahashi.email, yamamoto.email}


def test_someone_else_sitting_in_does_not_add_the_sender():
    found = detect(event("Interview – Contoso", "I booked the room. Maya will also join the call.",
                         organizer=TOM, attendees=(MAYA,)), [ME])
    assert found.interview and [p.email for p in found.people] == [MAYA.email]


# -- a panel the user sits on: the title names the candidate, someone else ---------------------------------

PRINCIPAL = person("d.okafor@lakeviewps.ca", "Dana Okafor")
VICE = person("r.singh@lakeviewps.ca", "Ravi Singh")


@pytest.mark.parametrize("title", [
    "Interview panel – Gr. 4 French LTO (candidate: M. Osei)",
    "Vorstellungsgespräch – Kandidat: Jonas Weber",
])
def test_a_panel_whose_title_names_another_candidate_is_the_hiring_side(title):
    description = "Panel for the long-term occasional posting. Please take the assessment questions."
    found = detect(event(title, description, organizer=PRINCIPAL, attendees=(PRINCIPAL, VICE), minutes=60), [ME])
    assert not found.interview


def test_an_interview_whose_title_names_the_user_as_candidate_stays_an_interview():
    found = detect(event("Interview panel – Gr. 4 French LTO (candidate: C. Nguyen)", "Panel interview, 45 minutes.",
                         organizer=PRINCIPAL, attendees=(PRINCIPAL, VICE), minutes=60), [ME])
    assert found.interview and found.kind == "job"


def test_an_account_executive_abbreviated_is_the_role_of_a_call_note():
    found = detect(event("Call w/ Tomás @ Quillbridge re: Mid-Market AE role", "tomas@quillbridge.example",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.role == "Mid-Market AE"
