"""Interview detection on kinds of events extraction used to get wrong.

Each test builds its own event; the assertions are on what detection returns (the verdict, the
kind, the company, the role), never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

# -- a company named at the end of a sentence ends with the sentence ----------------------------------

@pytest.mark.parametrize("description, company", [
    ("Odile works on the pricing team at Brackenfield Insurance. Hoping to learn how they hire.",
     "Brackenfield Insurance"),
    ("Rafa leads design at Vento Azul Studio. Quería preguntarle por su equipo.", "Vento Azul Studio"),
    ("Noor builds wheels at St. Aubin Cycles. Keen to hear about the team.", "St. Aubin Cycles"),
])
def test_a_company_named_at_the_end_of_a_sentence_stops_there(description, company):
    friend = person("pal.contact@gmail.com", "Pal Contact")
    found = detect(event("Informational interview", description, organizer=friend, attendees=(friend,)), [ME])
    assert found.interview and found.kind == "informational"
    assert found.company == company


# -- an agency recruiter sets up an interview with a client: the company is the client ----------------

@pytest.mark.parametrize("title, description, recruiter, client, company", [
    ("Vorstellungsgespräch Falkenried Werke – Controller (über Brandt Personalberatung)",
     "Guten Tag, anbei die Bestätigung für Ihr Gespräch bei unserem Mandanten.",
     person("j.brandt@brandt-personal.de", "Jana Brandt"), person("o.wessel@falkenried-werke.de", "Ole Wessel"),
     "Falkenried Werke"),
    ("Larkspur Biotech – first interview (Corvid)",
     "Hi, I've set up your first interview with our client Larkspur Biotech for the Lab Manager position.",
     person("priya@corvidtalent.com", "Priya Anand"), person("m.okafor@larkspurbiotech.com", "Mo Okafor"),
     "Larkspur Biotech"),
    ("Entretien – Maison Verlaine",
     "Bonjour, voici la confirmation de votre entretien chez notre client Maison Verlaine.",
     person("c.morel@altitude-recrutement.fr", "Claire Morel"), person("r.petit@maisonverlaine.fr", "Rémi Petit"),
     "Maison Verlaine"),
])
def test_an_agency_interview_is_with_the_client_the_invitation_names(title, description, recruiter, client, company):
    found = detect(event(title, description, organizer=recruiter, attendees=(client,)), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == company


@pytest.mark.parametrize("description, company", [
    ("Confirming your interview at our client Quillon Freight for the Data Analyst role.", "Quillon Freight"),
    ("Client: Ostrava Mills. You will meet their finance director.", "Ostrava Mills"),
    ("Te confirmo la entrevista con nuestro cliente Bodegas Arrieta para el puesto de Analista.", "Bodegas Arrieta"),
    ("Client is Halden Robotics, hiring a Field Engineer. 30 min to go through your background.",
     "Halden Robotics"),
    ("O cliente é a Tejo Seguros, procura um Analista de Risco.", "Tejo Seguros"),
])
def test_an_agency_recruiter_alone_on_the_invitation_names_the_client_in_words(description, company):
    recruiter = person("dana@northgatesearch.com", "Dana Pike")
    found = detect(event("Interview – Finance", description, organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.company == company


def test_a_sentence_about_the_person_met_is_not_the_role():
    recruiter = person("dana@northgatesearch.com", "Dana Pike")
    found = detect(event("Interview – Finance", "Client: Ostrava Mills. You will meet their finance director.",
                         organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.company == "Ostrava Mills" and found.role is None


@pytest.mark.parametrize("title, description, recruiter, company", [
    ("Interview with Larchmont Foods (via Brightwave Talent)", "", person("sam@brightwavetalent.com", "Sam Reyes"),
     "Larchmont Foods"),
    ("Vorstellungsgespräch bei Hafenwerk Logistik", "Anja Vogel, Vogel Personalberatung",
     person("a.vogel@vogel-personal.de", "Anja Vogel"), "Hafenwerk Logistik"),
    ("Entretien chez Verrerie Sorel", "", person("l.blanc@blanc-conseil.fr", "Blanc Executive Search"),
     "Verrerie Sorel"),
])
def test_an_agency_named_by_its_domain_or_name_sets_up_an_interview_with_the_company_it_names(
        title, description, recruiter, company):
    found = detect(event(title, description, organizer=recruiter, attendees=(recruiter,)), [ME])
    assert found.interview and found.company == company


def test_an_in_house_recruiting_team_is_not_an_agency():
    team = person("recrutement@maisonverlaine.fr", "Recrutement Maison Verlaine")
    nina, jules = person("nina.girard@maisonverlaine.fr", "Nina Girard"), person("jules.morel@maisonverlaine.fr", "Jules Morel")
    found = detect(event("Entretien final – Chef de projet",
                         "14h00 – Entretien avec Jules Morel (Directeur)\n"
                         "15h00 – Échange RH avec Nina Girard (Talent Acquisition)",
                         organizer=team, attendees=(nina, jules)), [ME])
    assert found.interview and found.company == "Maison Verlaine"


def test_a_company_whose_name_only_sounds_like_an_agency_is_the_company():
    host = person("ana@talentforge.io", "Ana Ruiz")
    found = detect(event("Interview – Talentforge", "Looking forward to meeting you.", organizer=host,
                         attendees=(host,)), [ME])
    assert found.interview and found.company == "Talentforge"


# -- a posted title with a team or area after a comma keeps it; a clause or a company does not stay ---

@pytest.mark.parametrize("title, description, role", [
    ("Panel interview", "Hi, this is your panel for the Staff Software Engineer, Payments Infrastructure role.",
     "Staff Software Engineer, Payments Infrastructure"),
    ("Video interview", "We look forward to discussing the Product Manager, Growth opening with you.",
     "Product Manager, Growth"),
    ("Interview – Analytics Engineer, Supply Chain", "", "Analytics Engineer, Supply Chain"),
    ("Entrevista – Ingeniera de Datos, Pagos", "", "Ingeniera de Datos, Pagos"),
    ("Interview – Backend Developer, remote first", "", "Backend Developer"),
    ("Interview", "Thanks for applying to the Data Analyst role, we look forward to meeting you.", "Data Analyst"),
    ("Interview", "Your interview for the position of Senior Data Engineer, Routing is confirmed.",
     "Senior Data Engineer, Routing"),
    ("Entrevista", "Te confirmamos la entrevista para el puesto de Ingeniera de Datos, Pagos.", "Ingeniera de Datos, Pagos"),
    ("Vorstellungsgespräch", "Ihr Gespräch für die Stelle als Data Engineer, Logistik Plattform.",
     "Data Engineer, Logistik Plattform"),
    ("Interview", "Interview for Barista Trainer, then a tour of the shop.", "Barista Trainer"),
])
def test_a_team_after_a_comma_is_part_of_the_role(title, description, role):
    host = person("mira@fennwicklabs.com", "Mira Holt")
    found = detect(event(title, description, organizer=host, attendees=(host,)), [ME])
    assert found.interview and found.role == role


def test_a_company_after_the_comma_is_the_company_not_part_of_the_role():
    host = person("mira@fennwicklabs.com", "Mira Holt")
    found = detect(event("Interview – QA Engineer, Fennwick Labs", organizer=host, attendees=(host,)), [ME])
    assert (found.company, found.role) == ("Fennwick Labs", "QA Engineer")


# -- roles written in Spanish, Portuguese and Japanese, where those languages put them ----------------

LUCIA = person("lucia@ventisca.es", "Lucía Ferrer")
SAIYO = person("saiyo@kazemichi.co.jp", "カゼミチ 採用担当")


@pytest.mark.parametrize("title, description, role", [
    ("Entrevista – Investigadora de Datos Sénior", "", "Investigadora de Datos Sénior"),
    ("Entrevista técnica", "Te confirmamos la entrevista para el puesto de Científico de Datos Junior en Ventisca.",
     "Científico de Datos Junior"),
    ("Entrevista", "Hablaremos de la posición de Arquitecta de Soluciones y de tu experiencia.",
     "Arquitecta de Soluciones"),
    ("Entrevista final", "Entrevista final para el cargo de Líder Técnico de Plataforma.",
     "Líder Técnico de Plataforma"),
    ("Entrevista – Ventisca", "Olá! Confirmamos a entrevista para a vaga de Pesquisadora de UX Pleno (híbrido).",
     "Pesquisadora de UX Pleno"),
    ("Entrevista", "Sua entrevista para o cargo de Cientista de Dados Júnior foi confirmada.",
     "Cientista de Dados Júnior"),
    ("Entrevista", "Entrevista para la plaza de Técnica de Laboratorio.", "Técnica de Laboratorio"),
    ("Entrevista", "Posición: Desarrolladora Backend Senior", "Desarrolladora Backend Senior"),
])
def test_roles_in_spanish_and_portuguese(title, description, role):
    found = detect(event(title, description, organizer=LUCIA, attendees=(LUCIA,)), [ME])
    assert found.interview and found.role == role


@pytest.mark.parametrize("title, description, role", [
    ("一次面接のご案内", "職種：データアナリスト\n日時：5月1日 10:00", "データアナリスト"),
    ("一次面接のご案内", "カゼミチの「プロダクトデザイナー」ポジションにご応募いただきありがとうございます。", "プロダクトデザイナー"),
    ("面接のご案内", "バックエンドエンジニア職の一次面接を下記の通りご案内いたします。", "バックエンドエンジニア"),
    ("面接のご案内", "募集職種：インフラエンジニア\n面接官：木村", "インフラエンジニア"),
    ("面接のご案内", "応募職種：データエンジニア（正社員）", "データエンジニア（正社員）"),
    ("面接のご案内", "営業職の一次面接を下記の通りご案内いたします。", "営業職"),
    ("【カゼミチ】データサイエンティストポジション 面接のご案内", "", "データサイエンティスト"),
])
def test_roles_in_japanese(title, description, role):
    found = detect(event(title, description, organizer=SAIYO, attendees=(SAIYO,)), [ME])
    assert found.interview and found.kind == "job" and found.role == role


# -- companies written the Japanese way, behind full-width separators, or with a group prefix -----------

@pytest.mark.parametrize("title, description, company", [
    ("情報交換（佐々木さん／ミドリ製薬）", "ミドリ製薬の話を伺う。キャリアについてアドバイスをもらう。", "ミドリ製薬"),
    ("OB訪問（アオバ電機・佐々木様）", "", "アオバ電機"),
])
def test_a_person_named_with_an_honorific_beside_the_company_is_not_the_company(title, description, company):
    friend = person("yui.sasaki.88@gmail.com", "佐々木 結衣")
    found = detect(event(title, description, organizer=friend, attendees=(friend,)), [ME])
    assert found.interview and found.kind == "informational" and found.company == company


def test_a_japanese_company_signs_as_its_recruiting_team_and_brackets_in_the_text_hold_other_things():
    team = person("recruit@midori-pharma.jp", "採用チーム")
    found = detect(event("一次面接のご案内", "ミドリ製薬採用チームです。データアナリスト職の一次面接（SQL・Python）をご案内します。",
                         organizer=team, attendees=(team,)), [ME])
    assert (found.company, found.role) == ("ミドリ製薬", "データアナリスト")


@pytest.mark.parametrize("title, company", [
    ("Interview at Fabrikam（大阪）", "Fabrikam"),
    ("面接：Fabrikam／二次", "Fabrikam"),
    ("カジュアル面談：Fabrikam Japan（オンライン）", "Fabrikam Japan"),
])
def test_full_width_separators_end_a_company_name(title, company):
    friend = person("k.mori@gmail.com", "Kenta Mori")
    assert detect(event(title, organizer=friend, attendees=(friend,)), [ME]).company == company


@pytest.mark.parametrize("organizer, attendee, title, description, company", [
    (person("ferrocal@myworkday.com", "Grupo Ferrocal – Reclutamiento"), person("ines.vidal@ferrocal.com.mx", "Inés Vidal"),
     "JR-2231 Analista Financiero – Entrevista", "Grupo Ferrocal te invita a una entrevista.", "Grupo Ferrocal"),
    (person("talents@bellerive.fr", "Recrutement"), person("paul.roux@bellerive.fr", "Paul Roux"),
     "Entretien – Chargé d'études", "Le Groupe Bellerive vous invite à un entretien.", "Groupe Bellerive"),
])
def test_a_group_prefix_stays_with_the_company(organizer, attendee, title, description, company):
    found = detect(event(title, description, organizer=organizer, attendees=(attendee,)), [ME])
    assert found.interview and found.company == company


# -- an informational interview the user asked for in their own words ----------------------------------

CASEY = person(ME, "Casey Nguyen")
ROWAN = person("rowan.pike@harbourlight.io", "Rowan Pike")
BOOKING_NOTES = ("Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: {}"
                 "\n\nPowered by Calendly.com")


def test_advice_asked_in_the_notes_of_someone_elses_booking_page_is_an_informational_interview():
    notes = "Hi Rowan, I'd really value your advice on how the platform team at Harbourlight is organised."
    found = detect(event("30 Minute Meeting between Rowan Pike and Casey Nguyen", BOOKING_NOTES.format(notes),
                         organizer=ROWAN, attendees=(ROWAN,), minutes=30), [ME])
    assert found.interview and found.kind == "informational"
    assert found.company == "Harbourlight" and [p.email for p in found.people] == [ROWAN.email]


def test_advice_asked_of_the_user_on_their_own_booking_page_is_not_their_interview():
    notes = "Hi Casey, I'd really value your advice on how the platform team at your company hires."
    found = detect(event("30 Minute Meeting between Casey Nguyen and Rowan Pike", BOOKING_NOTES.format(notes),
                         organizer=CASEY, attendees=(ROWAN,), minutes=30, me_too=False), [ME])
    assert not found.interview


@pytest.mark.parametrize("title, description, guest, company", [
    ("Kaffee mit Jens (Brückner Optik)", "Ich möchte deine Einschätzung hören, wie das Team bei Brückner Optik arbeitet.",
     person("jens.ott@web.de", "Jens Ott"), "Brückner Optik"),
    ("Échange – Casey / Marc", "J'aimerais avoir vos conseils sur l'équipe produit de Vauclair et leur façon de recruter.",
     person("marc.leroy@vauclair.fr", "Marc Leroy"), "Vauclair"),
    ("Café con Lucía", "Quiero pedirle sus consejos sobre cómo trabaja el equipo de datos en Ventisca.",
     person("lucia@ventisca.es", "Lucía Ferrer"), "Ventisca"),
])
def test_advice_asked_in_the_users_own_entry_in_german_french_and_spanish(title, description, guest, company):
    found = detect(event(title, description, organizer=CASEY, attendees=(guest,), me_too=False), [ME])
    assert found.interview and found.kind == "informational" and found.company == company


@pytest.mark.parametrize("description", [
    "Hi Casey, I'd love your advice on how to grow my team.",  # someone else asks the user
    "I'd like your advice on my retirement savings.",  # advice, but not about work
])
def test_advice_that_is_not_the_user_asking_about_a_team_is_not_an_interview(description):
    found = detect(event("Quick chat", description, organizer=ROWAN, attendees=(ROWAN,)), [ME])
    assert not found.interview


def test_advice_about_savings_on_someone_elses_booking_page_is_not_an_interview():
    notes = "I'd like your advice on my retirement savings."
    found = detect(event("30 Minute Meeting between Rowan Pike and Casey Nguyen", BOOKING_NOTES.format(notes),
                         organizer=ROWAN, attendees=(ROWAN,), minutes=30), [ME])
    assert not found.interview


# -- an internal-mobility interview: colleagues interview the user, who is the candidate ----------------

WORK = "casey.nguyen@fernbank.com"
WORK_CASEY = person(WORK, "Casey Nguyen")
RECRUITING = person("recruiting@fernbank.com", "Fernbank Recruiting")
MANAGER = person("odile.march@fernbank.com", "Odile March")


@pytest.mark.parametrize("title, description", [
    ("Internal interview: Platform Engineer, Billing - Casey Nguyen",
     "As part of your internal application, you'll meet Odile March for 45 minutes."),
    ("Vorstellungsgespräch – Product Owner", "Hallo Casey, zu deiner internen Bewerbung: Gespräch mit Odile March."),
    ("Entretien – Chef de projet", "Dans le cadre de votre candidature interne (mobilité interne), vous rencontrerez Odile."),
])
def test_an_interview_for_the_users_own_internal_application_is_theirs(title, description):
    found = detect(event(title, description, organizer=RECRUITING, attendees=(MANAGER, WORK_CASEY), me_too=False),
                   [WORK])
    assert found.interview and found.kind == "job" and found.company == "Fernbank"
    assert [p.email for p in found.people] == [MANAGER.email]


def test_interviewing_an_internal_candidate_is_still_the_hiring_side():
    found = detect(event("Interview: internal candidate Sam Lee – Platform Engineer",
                         "Please interview Sam, an internal candidate for the Billing team.",
                         organizer=RECRUITING, attendees=(MANAGER, WORK_CASEY), me_too=False), [WORK])
    assert not found.interview and "hiring side" in found.reasons[0]


# -- a description line that names the role and the person met ----------------------------------------

KAVI = person("kavi@lumenfold.io", "Kavi Raman")
IDRIS = person("idris@lumenfold.io", "Idris Kane")


@pytest.mark.parametrize("description, role", [
    ("Founding Backend Engineer - interview with Kavi (CEO & co-founder, Lumenfold)", "Founding Backend Engineer"),
    ("Staff Data Engineer – panel with Idris and Kavi", "Staff Data Engineer"),
    ("Head of Design: Idris Kane\nSee you soon", None),  # the title of the person met, not the role
    ("Idris Kane - Head of Design", None),
    ("Head of Design (Idris Kane) will join.", None),
])
def test_a_line_naming_the_person_met_still_names_the_role_but_not_their_title(description, role):
    found = detect(event("Casey Nguyen <> Kavi Raman | Interview", description, organizer=KAVI, attendees=(KAVI, IDRIS)),
                   [ME])
    assert found.interview and found.role == role


# -- a casual title over a job screen is a job interview -------------------------------------------------

@pytest.mark.parametrize("title, description, kind", [
    ("Bate-papo inicial – Jacarandá Seguros",
     "Confirmando nossa entrevista com RH para a vaga de Analista de Riscos.", "job"),
    ("Coffee chat – Jacarandá", "Ahead of your interview loop, a quick chat about the Data Analyst position.", "job"),
    ("Coffee chat – Jacarandá", "Happy to share advice on breaking into risk analytics.", "informational"),
])
def test_a_casual_title_over_interview_and_job_wording_is_a_job_interview(title, description, kind):
    host = person("bia@jacaranda.com.br", "Bia Souza")
    found = detect(event(title, description, organizer=host, attendees=(host,)), [ME])
    assert found.interview and found.kind == kind


# -- a coffee or an exchange about a career ----------------------------------------------------------------

@pytest.mark.parametrize("title, guest, company", [
    ("Échange avec Marc – conseils carrière", person("marc.leroy@orvalis.fr", "Marc Leroy"), "Orvalis"),
    ("Austausch mit Jana (Karriere)", person("jana.roth@rheinwerk.de", "Jana Roth"), "Rheinwerk"),
    ("Coffee – career advice", person("sam.ito@fabrikam.com", "Sam Ito"), "Fabrikam"),
])
def test_a_coffee_or_an_exchange_about_a_career_is_an_informational_interview(title, guest, company):
    found = detect(event(title, organizer=CASEY, attendees=(guest,), me_too=False), [ME])
    assert found.interview and found.kind == "informational" and found.company == company


def test_an_exchange_about_a_project_is_not_an_interview():
    paul = person("p.klein@contoso.de", "Paul Klein")
    found = detect(event("Austausch zum Projekt", "Agenda: Rollout, Budget", organizer=paul, attendees=(paul,)), [ME])
    assert not found.interview


# -- an internal interview is with the user's own organisation ----------------------------------------------

@pytest.mark.parametrize("title, description, company, role", [
    ("Internal transfer interview – Casey Nguyen", "A conversation about the Grid Analytics team at Fernbank.",
     "Fernbank", None),
    ("Interview: Senior Analyst (internal candidate Casey Nguyen)", "", "Fern Bank", "Senior Analyst"),
])
def test_an_internal_interview_set_up_by_a_colleague_is_with_the_users_own_organisation(
        title, description, company, role):
    manager = person("odile.march@fernbank.com", "Odile March")
    found = detect(event(title, description, organizer=manager, attendees=(manager, WORK_CASEY), me_too=False), [WORK])
    assert found.interview and (found.company, found.role) == (company, role)


def test_an_organizer_who_stays_away_from_an_interview_with_another_organisation_is_no_company():
    nadia = person("nadia@harrowfield.example", "Nadia Pillay")
    panel = (person("sipho@corvuslogistics.example", "Sipho Ndlovu"), person("carla@corvuslogistics.example", "Carla Meyer"))
    found = detect(event("Interview: Casey Nguyen – CLG Ops", "Hi Casey,\n\nConfirming your first interview with CLG:\n"
                         "Panel: Sipho Ndlovu (COO) and Carla Meyer (Head of People)\n\nI won't be there, but I'll call "
                         "you afterwards for feedback.\n\nNadia\n\nHarrowfield processes your personal information to "
                         "share your CV with prospective employers.", organizer=nadia, attendees=panel), [ME])
    assert found.interview and found.company == "CLG"  # as the recruiter writes their client's name
    assert [p.email for p in found.people] == ["sipho@corvuslogistics.example", "carla@corvuslogistics.example"]


def test_an_organizer_who_stays_away_while_colleagues_interview_still_names_the_company():
    lena = person("lena@harrowfield.example", "Lena Meyer")
    panel = (person("sipho@harrowfield.example", "Sipho Ndlovu"),)
    found = detect(event("Interview – Harrowfield", "Hi Casey, Sipho will interview you. I won't be there.",
                         organizer=lena, attendees=panel), [ME])
    assert found.interview and found.company == "Harrowfield"


def test_a_booking_with_a_recruitment_agencys_recruiter_about_a_job_posting_is_an_agency_screen():
    sam = person("sam.ito@kobetalent.example", "Sam Ito")
    found = detect(event("30 Minute Meeting between Sam Ito and Casey Nguyen",
                         "Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: "
                         "Sakura StudiosのWebデザイナー求人の件でご連絡いただいた田中です。ポートフォリオ: casey.design"
                         "\n\nPowered by Calendly.com", organizer=sam, attendees=(sam,), minutes=30), [ME])
    assert found.interview
    assert (found.company, found.role) == ("Sakura Studios", "Webデザイナー")  # the client's posting, not the agency


def test_a_booking_with_a_recruitment_agencys_recruiter_about_nothing_named_is_no_interview():
    sam = person("sam.ito@kobetalent.example", "Sam Ito")
    found = detect(event("30 Minute Meeting between Sam Ito and Casey Nguyen",
                         "Event Name: 30 Minute Meeting\n\nPowered by Calendly.com", organizer=sam, attendees=(sam,),
                         minutes=30), [ME])
    assert not found.interview


# -- a recruitment agency's call about a job title and its client, no job word said -----------------------

def test_the_users_note_of_a_call_with_an_agency_recruiter_about_a_confidential_client_is_an_interview():
    found = detect(event("Call: Rafael Kim (Northgate Search Asia) – confidential insurer",
                         "Head of Claims Analytics – client is a listed insurer, no name until he submits me. "
                         "rafael.kim@northgatesearch.asia", organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == "Northgate Search Asia" and found.role == "Head of Claims Analytics"


@pytest.mark.parametrize("title, description, recruiter, company", [
    ("Conversa telefónica – Lisboa Talent (cliente: Tejo Seguros)",
     "A Rita vai ligar-me – função: Diretora Comercial, Tejo Seguros. Falar de expectativas salariais.",
     person("rita.neves@lisboa-talent.example", "Rita Neves"), "Tejo Seguros"),
    ("Confidential search - Regional Sales Director - call w/ Omar",
     "Omar Haddad, Brookline Search Partners. Can't name the client yet - fintech, Series B, building out the West.",
     person("omar@brooklinesp.example", "Omar Haddad"), "Brookline Search Partners"),
])
def test_an_agency_recruiters_call_about_a_client_and_a_job_title_is_an_interview(title, description, recruiter,
                                                                                  company):
    found = detect(event(title, description, organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview and found.kind == "job" and found.company == company


@pytest.mark.parametrize("title, description, organizer", [
    ("Client call – Ostrava Mills", "Walk the client's Head of Finance through the audit findings.",
     person("petra@ostravamills.example", "Petra Novak")),
    ("Call: Omar (Brookline Search Partners) – candidates for our Head of Sales role",
     "Omar sends three profiles from the client brief.", None),
    ("Call w/ Ray (Northside Plumbing) – client's Office Manager wants a quote", "ray@northsideplumbing.example",
     None),
])
def test_a_client_call_or_an_agency_sending_the_user_candidates_is_not_their_interview(title, description,
                                                                                       organizer):
    attendees = (organizer,) if organizer else ()
    found = detect(event(title, description, organizer=organizer, attendees=attendees, me_too=organizer is not None,
                         minutes=30), [ME])
    assert not found.interview


def test_notes_that_open_with_the_role_and_a_dash_name_the_role():
    found = detect(event("Call: Rafael Kim (Northgate Search Asia) – confidential insurer",
                         "Senior Pricing Actuary – client is a listed insurer, Series D, he cannot say more until the "
                         "shortlist is agreed next week. rafael.kim@northgatesearch.asia",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.role == "Senior Pricing Actuary"


def test_a_full_stop_after_a_company_the_domain_spells_is_no_part_of_its_name():
    omar = person("omar@brooklinesp.example", "Omar Haddad")
    found = detect(event("Confidential search - Regional Sales Director - call w/ Omar",
                         "Omar Haddad, Brookline Search Partners. He can't name the client yet.",
                         organizer=omar, attendees=(omar,), minutes=30), [ME])
    assert found.interview and found.company == "Brookline Search Partners"


# -- a recruiter who keeps the client's name back: the company is the agency -----------------------------------

@pytest.mark.parametrize("title, description, recruiter, company", [
    ("Intro call – Finance Manager, client confidential",
     "Harbourline Talent – first call\nOur client is a Nasdaq Listed medtech near Boston; I can share the name "
     "after we speak.", person("lena@harbourline.example", "Lena Marsh"), "Harbourline Talent"),
    ("Primera entrevista – Analista de Riesgos (cliente confidencial)",
     "¡Hola! El cliente es un Banco Regional de Mendoza, todavía no puedo decir cuál.\nPablo – Cumbre Talent",
     person("pablo@cumbretalent.example", "Pablo Ruiz"), "Cumbre Talent"),
    ("Erstgespräch – Leitung Controlling, vertraulicher Mandant (Maschinenbau, Tirol)",
     "Liebe Frau Nguyen,\n\nwie besprochen ein erstes Gespräch zur Position bei unserem Mandanten.\n\n"
     "Herzliche Grüße\nKatrin Brunner\nBrunner Personalberatung GmbH",
     person("k.brunner@bkpb.example", "Brunner Katrin"), "Brunner Personalberatung"),
])
def test_a_recruiter_keeping_the_clients_name_back_names_the_agency_as_the_company(title, description, recruiter,
                                                                                   company):
    found = detect(event(title, description, organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview and found.company == company


def test_a_confidential_notice_in_another_sentence_keeps_the_named_client():
    recruiter = person("lena@harbourline.example", "Lena Marsh")
    found = detect(event("Intro call – Finance Manager", "Our client is Quayside Freight. This message is "
                         "confidential.\nLena – Harbourline Talent", organizer=recruiter, attendees=(recruiter,),
                         minutes=30), [ME])
    assert found.interview and found.company == "Quayside Freight"


# -- a manpower agency's client is the hospital the notes or the invitation name -----------------------------

def test_the_users_note_of_an_agency_call_names_the_hospital_it_recruits_for():
    found = detect(event("Crestline Manpower screening – Harrowgate ICU nurse",
                         "Ms Joy Santos (joy.santos@crestlinemanpower.example) will call me on Viber. Position: ICU "
                         "Staff Nurse, Harrowgate Specialist Hospital (Jeddah). Ask about housing.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Harrowgate Specialist Hospital"


@pytest.mark.parametrize("domain", ["harrowgate-sh.example", "harrowgatesh.example"])
def test_a_manpower_agencys_invitation_to_meet_a_hospitals_panel_is_with_the_hospital(domain):
    agency = person("deployment@crestlinemanpower.example", "Crestline Manpower Services")
    panel = (person(f"s.malik@{domain}", "Sara Malik"), person(f"o.farid@{domain}", "Omar Farid"))
    found = detect(event("EMPLOYER INTERVIEW (Zoom) – Harrowgate Specialist Hospital",
                         "Panel: Ms. Sara Malik (Director of Nursing), Mr. Omar Farid (Nurse Recruiter)\n"
                         "Our office only schedules.", organizer=agency, attendees=panel), [ME])
    assert found.interview and found.company == "Harrowgate Specialist Hospital"
    assert sorted(p.email for p in found.people) == sorted(p.email for p in panel)


@pytest.mark.parametrize("title, description, recruiter, client", [
    ("Phone screen – Quarry Ridge Recruitment re Senior Mine Planner (Basalt Hill Minerals)",
     "Hi Casey, I'll ring you Tuesday about the Basalt Hill role.\n\nJo Marsh\nQuarry Ridge Recruitment",
     person("jo.marsh@qrrecruitment.example", "Jo Marsh"), "Basalt Hill Minerals"),
    ("Entrevista telefónica – Cordillera Recruitment: Jefe de Mina (Minera Cerro Azul)",
     "Te llamo el martes.\nAna – Cordillera Recruitment", person("ana@cordillerarecruitment.example", "Ana Vidal"),
     "Minera Cerro Azul"),
])
def test_a_recruitment_firms_call_names_its_client_in_the_titles_brackets_after_the_role(title, description,
                                                                                         recruiter, client):
    found = detect(event(title, description, organizer=recruiter, attendees=(recruiter,), minutes=30), [ME])
    assert found.interview and found.company == client


@pytest.mark.parametrize("title, description, organizer, role", [
    ("Marta (Andes Talent) calling – Quillay, Senior Data Engineer", "Client is Quillay Foods Ltd. Talk salary.",
     person("marta@andestalent.example", "Marta Ruiz"), "Senior Data Engineer"),
    ("Entrevista – Quillay, Ingeniera de Datos", "", person("rrhh@quillayfoods.example", "Marta Ruiz"),
     "Ingeniera de Datos"),
])
def test_a_title_part_that_writes_the_companys_short_name_and_a_comma_before_the_role_names_the_role(
        title, description, organizer, role):
    found = detect(event(title, description, organizer=organizer, attendees=(organizer,), minutes=30), [ME])
    assert found.interview and found.company.startswith("Quillay Foods") and found.role == role
