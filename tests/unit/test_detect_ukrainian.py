"""Ukrainian (``vocabulary/uk.toml``): an invitation to a first interview, a second stage with the finance
director, a recruiter's call, a coffee about a career, a forwarded invitation and a talk about a post are interviews;
a practice run, an interview given to a podcast or radio, an appraisal, a webinar, a cancelled interview, an
embassy's visa interview and interviews the user holds are not. With them, the fields Ukrainian text hides: the role
after "на посаду", a forwarded message's Ukrainian header ("Копія:") and two people joined by "+" or "та"."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("hr@dniprosteel.example", "HR Дніпросталь")
OLHA = person("o.marchenko@dniprosteel.example", "Ольга Марченко")
PETRO = person("p.shevchuk@dniprosteel.example", "Петро Шевчук")


def test_an_invitation_to_a_first_interview_is_an_interview_for_the_post_after_na_posadu():
    found = detect(event("Дніпросталь – перша співбесіда", "Добрий день, Маріє!\nЗапрошуємо Вас на першу співбесіду "
                         "на посаду Логіст з імпорту. З Вами поспілкується Ольга Марченко, керівник логістики.",
                         organizer=HR, attendees=(OLHA,), minutes=60), [ME])
    assert found.interview and found.kind == "job" and found.role == "Логіст з імпорту"


@pytest.mark.parametrize("title", [
    "Співбесіда – Дніпросталь",
    "Інтерв'ю з HR – Дніпросталь",
    "Інтервʼю – Дніпросталь",
    "Дніпросталь: технічна співбесіда",
    "Фінальна співбесіда, Дніпросталь",
])
def test_ukrainian_interview_wording_is_an_interview(title):
    assert detect(event(title, "Чекаємо на Вас.", organizer=OLHA, attendees=(OLHA,), minutes=60), [ME]).interview


@pytest.mark.parametrize("joined", ["+", "та"])
def test_a_second_stage_names_the_organizer_beside_the_director_joined_by_a_plus_or_ta(joined):
    found = detect(event("Дніпросталь: зустріч з директором з виробництва", f"Другий етап: Петро Шевчук (директор) "
                         f"{joined} Ольга. Обговорення тестового завдання.", organizer=OLHA, attendees=(PETRO,),
                         minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {OLHA.email, PETRO.email}


def test_a_forwarded_invitation_meets_the_people_its_ukrainian_copy_line_names():
    found = detect(event("Пересл.: Запрошення на співбесіду – Бухгалтер", "-------- Пересланий лист --------\n"
                         "Від: Кадри Дніпросталь <kadry@dniprosteel.example>\n"
                         "Кому: maria@example.org\n"
                         "Копія: Ольга Марченко <o.marchenko@dniprosteel.example>, Петро Шевчук "
                         "<p.shevchuk@dniprosteel.example>\n"
                         "Тема: Запрошення на співбесіду – Бухгалтер\n\n"
                         "Запрошуємо Вас на співбесіду на посаду Бухгалтер. Зустріч проведуть Ольга Марченко "
                         "та Петро Шевчук.", organizer=None, me_too=False, minutes=60), [ME])
    assert found.interview and {p.email for p in found.people} == {OLHA.email, PETRO.email}


def test_a_talk_about_a_post_the_other_side_wants_to_know_the_user_for_is_an_interview():
    found = detect(event("Розмова з Ольгою – Дніпросталь", "Маріє, як домовлялися – поговоримо про позицію "
                         "Начальник складу, хочу краще познайомитися з Вами. Ольга", organizer=OLHA, minutes=45),
                   [ME])
    assert found.interview and found.kind == "job"


def test_a_coffee_to_ask_about_a_career_change_is_an_informational_interview():
    ivan = person("ivan.bilyk@example.org", "Іван Білик")
    found = detect(event("Кава з Іваном", "Іван – аналітик у банку. Хочу розпитати, як він перейшов з аудиту, "
                         "які там зарплати. Порада, не вакансія.", organizer=None, attendees=(ivan,), minutes=60), [ME])
    assert found.interview and found.kind == "informational"


@pytest.mark.parametrize("title, description", [
    ("Пробна співбесіда з Андрієм", "Андрій ставить питання, як на справжній співбесіді."),
    ("Інтерв'ю для радіо «Ранок»", "Мене інтерв'юють про логістику в прямому ефірі."),
    ("Інтервʼю для подкасту про кар'єру", "Запис випуску подкасту."),
    ("Щорічна атестація", "Оцінка результатів роботи за рік."),
    ("Вебінар: як пройти співбесіду", "Реєстрація на сайті."),
    ("Скасовано: Співбесіда – Дніпросталь", "Вакансію закрито, зустріч скасовано."),
    ("Співбесіда в консульстві – віза", "Паспорт, анкета."),
    ("Співбесіда з кандидатом на бухгалтера (я в комісії)", "Ми з Ольгою проводимо співбесіду з кандидатом."),
])
def test_ukrainian_events_that_are_not_interviews(title, description):
    assert detect(event("Співбесіда – Дніпросталь", "Чекаємо на Вас.", organizer=OLHA, attendees=(OLHA,),
                        minutes=60), [ME]).interview  # the same wording without what rules it out
    assert not detect(event(title, description, organizer=OLHA, attendees=(OLHA,), minutes=60), [ME]).interview


def test_a_recruiters_call_about_a_vacancy_is_an_interview_with_the_agency():
    found = detect(event("Дзвінок Оксана (Кадровий Альянс)", "Оксана Гнатюк, Кадровий Альянс, "
                         "o.hnatiuk@kadalians.example, +380 50 111 2233\nДзвонить щодо вакансії Supply Chain "
                         "Analyst у виробничій компанії (клієнт конфіденційний). Обговорити зарплату.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.role == "Supply Chain Analyst" and found.company == "Кадровий Альянс"


def test_a_recruiters_agency_named_with_the_ukrainian_word_for_recruiting_is_the_company_in_full():
    found = detect(event("Дзвінок Олег (Вершина)", "Олег Ткач, Вершина Рекрутинг, o.tkach@vershyna.example\n"
                         "Дзвонить щодо вакансії Інженер з якості (клієнт конфіденційний).", organizer=None,
                         me_too=False, minutes=30), [ME])
    assert found.interview and found.company == "Вершина Рекрутинг"


@pytest.mark.parametrize("title", [
    "Дніпросталь: зустріч з фінансовим директором",
    "Contoso: meeting with the operations director",
])
def test_a_meeting_with_someone_by_their_title_names_no_role(title):
    found = detect(event(title, "Другий етап, співбесіда. Обговорення тестового завдання.", organizer=OLHA,
                         attendees=(PETRO,), minutes=60), [ME])
    assert found.interview and found.role is None


def test_a_title_part_the_description_gives_as_the_interviewers_title_is_no_role():
    director = person("d.reyes@brightwell-aid.example")
    found = detect(event("Brightwell – Regional Director", "Last conversation with Dana Reyes, Regional Director, "
                         "before the final interview decision.", organizer=director, minutes=45), [ME])
    assert found.interview and found.role is None
