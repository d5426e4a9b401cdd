"""Russian (``ru.toml``), Kazakh (``kk.toml``), Slovak (``sk.toml``) and Bangla (``bn.toml``) invitations are
interviews; the kinds of "собеседование", "pohovor" and Spanish or Portuguese "entrevista" that are no job
interview are not: a practice one, a visa one, the user's own interview of a student, an annual appraisal, a
witness statement at the police, a school's interview of a child's parents, a statistics survey at home."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import CASEY, ME, event, person

HOST = person("o.smirnova@severtrans.example", "Ольга Смирнова")


@pytest.mark.parametrize("title, description, host", [
    ("Собеседование — Логист (Севертранс)", "Приглашаем вас на собеседование на должность логиста. С нашей "
     "стороны будет руководитель отдела.", HOST),
    ("Севертранс: второй этап", "Встреча в офисе с коммерческим директором, небольшое практическое задание.", HOST),
    ("Комиссиямен сұхбат — «Ақжол Транс»", "Сізді бос лауазымға сұхбатқа шақырамыз. Лауазымы: логист.",
     person("kadr@akzhol-trans.example", "Кадр бөлімі")),
    ("Ústna časť výberového konania – referent logistiky", "Vážená pani Nováková, pozývame Vás na ústnu časť "
     "výberového konania na obsadenie pracovného miesta referent logistiky.",
     person("personalne@vodarne-zapad.example", "Jana Hudecová")),
    ("সাক্ষাৎকার: হিসাব কর্মকর্তা", "আপনার আবেদনের প্রেক্ষিতে 'হিসাব কর্মকর্তা' পদের জন্য আপনাকে সাক্ষাৎকারে "
     "আমন্ত্রণ জানানো যাচ্ছে।", person("hr@meghnafoods.example", "মানবসম্পদ বিভাগ")),
])
def test_an_invitation_in_russian_kazakh_slovak_or_bangla_is_an_interview(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=60), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("Пробное собеседование с репетитором", "Прогнать типичные вопросы HR."),
    ("Собеседование в посольстве (виза)", "Взять анкету и загранпаспорт."),
    ("Интервью для газеты «Вечерний город»", "Журналист спросит про новый терминал."),
    ("Собеседование: стажёр в отдел логистики", "Провожу я и Илья. Кандидат: студент 4 курса."),
    ("Hodnotiaci pohovor 2025", "Ročné hodnotenie: ciele a školenia na ďalší rok."),
    ("Pohovor – letná stáž", "Vediem ja a Zuzana. Uchádzač: Martin, 2. ročník."),
    ("Podanie vysvetlenia – polícia Petržalka", "Predvolanie ako svedok krádeže."),
    ("Entrevista de admisión – colegio de la Sofi", "Entrevista de apoderados con la directora de ciclo."),
    ("Ensayo entrevista con el Nacho", "Me hace las preguntas típicas del concurso."),
    ("Inquérito às despesas das famílias", "A entrevistadora passa cá em casa com o tablet."),
])
def test_a_practice_visa_press_own_appraisal_police_school_or_survey_interview_is_none(title, description):
    colleague = person("i.petrov@my-employer.example", "Илья Петров")
    found = detect(event(title, description, organizer=CASEY, attendees=(colleague,), minutes=45), [ME])
    assert not found.interview
