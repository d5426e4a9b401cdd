"""Interviews a life brings and what only looks like one: a campus selection day's group exercise or assessment
centre in other languages, Indian placements' "GD/PI", a teacher's post whose title holds "Class", informational
calls people note tersely; and, kept out, a scholarship's or a tenancy's interview, an interview the user holds
with a product's users, or interprets for a client."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def _note(title: str, description: str = "", minutes: int = 45):
    """The user's own note: nobody invited."""
    return detect(event(title, description, me_too=False, minutes=minutes), [ME])


@pytest.mark.parametrize("title", [
    "Dinámica grupal – Seguros Alcor (programa de becarios)",
    "Dinâmica em grupo – Lumiar Energia (programa de estágio)",
])
def test_a_selection_days_group_exercise_by_its_other_names_is_an_interview(title):
    found = _note(title, minutes=120)
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title", [
    "Pusat penilaian – Program Graduan Syarikat Teras Jaya",
    "يوم التقييم – شركة الرمال (برنامج المتدربين)",
])
def test_an_assessment_centre_in_malay_or_arabic_is_an_interview(title):
    found = _note(title, "", minutes=300)
    assert found.interview and found.stage == "assessment day"


def test_a_campus_placements_group_discussion_and_personal_interview_is_an_interview():
    found = _note("Placement drive – GD/PI round, Kaveri Softworks", "carry 2 CVs", minutes=180)
    assert found.interview and found.kind == "job"


def test_a_class_teachers_post_is_no_class_about_interviewing():
    head = person("office@hollins-lane.sch.uk", "Hollins Lane School Office")
    found = detect(event("Interview – Reception Class Teacher, Hollins Lane School",
                         "A 20-minute phonics session, then the panel.", organizer=head, attendees=(head,),
                         minutes=150), [ME])
    assert found.interview


def test_a_czech_tenders_word_is_not_read_in_a_spanish_future():
    hr = person("seleccion@grupo-nerea.es", "Selección Grupo Nerea")
    found = detect(event("Proceso de selección – Grupo Nerea",
                         "Tendrás una entrevista personal con la responsable del área tras la prueba de grupo.",
                         organizer=hr, attendees=(hr,), minutes=90), [ME])
    assert found.interview


@pytest.mark.parametrize("title, description", [
    ("info chat – Priya, QA lead at Tern Systems", "20 min. ask how she moved from support into testing"),
    ("appel info métier – Hugo (géomaticien chez Cartel Sol)", "reconversion : lui demander son parcours"),
    ("papo com Bruno (UX na Pixelária) sobre transição de carreira", "perguntar sobre portfólio"),
    ("rozmowa z Olą (analityczka w Datapol) – przebranżowienie", "zapytać o kursy"),
    ("borak kerjaya dengan Farid (juruukur, Ukur Jaya)", "tanya macam mana dia masuk bidang ni"),
])
def test_an_informational_call_noted_tersely_is_an_informational_interview(title, description):
    found = _note(title, description, minutes=30)
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title", [
    "Scholarship interview – Aldermoor Trust",
    "Bursary interview (Hightown College)",
    "Entrevista de beca – Fundación Robledal",
    "Temu duga biasiswa Yayasan Cempaka",
    "Burs mülakatı – Ayyıldız Vakfı",
    "Rozmowa stypendialna – Fundacja Jodła",
    "مقابلة المنحة الدراسية – جامعة الشروق",
    "Tenancy interview – Brookvale Homes",
    "Entrevista con la trabajadora social (ayuda de alquiler)",
])
def test_a_scholarships_or_a_tenancys_interview_is_not_a_job_interview(title):
    assert not _note(title, "bring ID").interview


@pytest.mark.parametrize("title", [
    "Entrevista a usuarios – prototipo de reservas (P2)",
    "Entrevista de pesquisa – participante 4 (app de vendas)",
    "Interprétariat – entretien d'embauche de Mme Kone (bambara)",
    "Tłumaczenie ustne – rozmowa kwalifikacyjna pana Ivanova",
    "Interpretación – entrevista de trabajo del Sr. Mensah (inglés)",
    "Interpreting assignment – job interview for a client (Dari)",
])
def test_an_interview_the_user_holds_with_users_or_interprets_is_not_theirs(title):
    assert not _note(title, "", minutes=60).interview


def test_an_interpreters_own_job_interview_stays_one():
    agency = person("jobs@lumen-languages.example", "Lumen Languages")
    found = detect(event("Interview – Conference Interpreter (French/English)", "", organizer=agency,
                         attendees=(agency,)), [ME])
    assert found.interview


@pytest.mark.parametrize("title", [
    "Entrevista en la feria de empleo – stand de Ferreterías Oriol (vendedor)",
    "Kariyer fuarında mülakat – Yıldız Gıda (satış temsilcisi)",
    "Interview at the job fair – Kelso Freight, table 9",
    "Entretien d'embauche au salon de l'emploi – Transports Garonne",
])
def test_an_interview_held_at_a_career_fair_is_an_interview(title):
    assert _note(title, "", minutes=15).interview


@pytest.mark.parametrize("title", [
    "Feria de empleo – Facultad de Ciencias",
    "Kariyer fuarı – mühendislik fakültesi",
    "Interview tips talk at the career fair",
])
def test_the_fair_itself_or_a_talk_there_is_not(title):
    assert not _note(title, "bring CVs", minutes=180).interview
