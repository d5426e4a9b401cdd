"""Company names written in Cyrillic letters match the domains that write them in Latin ones, whichever of the usual
schemes the domain follows (х as kh, h or x; ж as zh or j; я as ya, ia or ja; й as y, i or j; Ukrainian г as h;
Bulgarian ъ as a; Kazakh қ as k or q), spelled in full or by their initials."""
from __future__ import annotations

import pytest

from providers.detect import detect
from providers.detection.company_names import abbreviates, without_legal_form, writes_a_legal_form
from providers.detection.domains import label_forms, spelled_phrase, squash
from tests.unit.test_detect import ME, event, person


@pytest.mark.parametrize(("text", "domain", "name"), [
    # Bulgarian: й as y, i or j, я as ya, ia or ja; ъ as a; щ as sht
    ("Покана за интервю – «Тракийски Лозя» ООД", "trakiyskilozya.bg", "Тракийски Лозя"),
    ("Покана за интервю – «Тракийски Лозя» ООД", "trakijskilozja.bg", "Тракийски Лозя"),
    ("Покана за интервю – «Тракийски Лозя» ООД", "trakiiskilozia.com", "Тракийски Лозя"),
    ("Интервю в Пъстър Щит ЕАД", "pastarshtit.bg", "Пъстър Щит"),
    # Russian: ы as y, ий as iy, y or ij; ц as ts or c; х as kh, h or x; ч as ch
    ("Собеседование: Северный Ветер", "severnyveter.ru", "Северный Ветер"),
    ("Собеседование: Северный Ветер", "severniyveter.ru", "Северный Ветер"),
    ("Собеседование — Цветочный Хутор", "tsvetochnykhutor.ru", "Цветочный Хутор"),
    ("Собеседование — Цветочный Хутор", "cvetochnyhutor.com", "Цветочный Хутор"),
    ("Собеседование — Цветочный Хутор", "cvetochnyxutor.ru", "Цветочный Хутор"),
    ("Собеседование в Интернет Сервис", "internetservis.ru", "Интернет Сервис"),
    # Ukrainian: г as h (or g), и as y
    ("Співбесіда – Хмарна Гавань", "khmarnahavan.ua", "Хмарна Гавань"),
    ("Співбесіда – Хмарна Гавань", "hmarnagavan.com.ua", "Хмарна Гавань"),
    ("Співбесіда з Зелений Яр", "zelenyiyar.ua", "Зелений Яр"),
    # Serbian and Macedonian: ш, ж, ћ as s, z, c (their Latin letters without the marks)
    ("Разговор за посао – Жута Кућа", "zutakuca.rs", "Жута Кућа"),
    ("Интервју – Охридски Бисер ДООЕЛ", "ohridskibiser.mk", "Охридски Бисер"),
    # Mongolian: х as kh or h
    ("Ярилцлага – Хөх Тэнгэр", "khokhtenger.mn", "Хөх Тэнгэр"),
])
def test_a_name_in_cyrillic_letters_is_what_its_domain_spells_in_latin_ones(text, domain, name):
    assert spelled_phrase(text, label_forms(domain)) == name


@pytest.mark.parametrize("domain", ["kzho.kz", "qjo.kz", "kzo.kz"])
def test_a_kazakh_name_in_cyrillic_letters_has_the_initials_its_domain_writes(domain):
    assert spelled_phrase("Сұхбат – Қызыл Жол Өнеркәсібі, Алматы", label_forms(domain)) == "Қызыл Жол Өнеркәсібі"


def test_a_name_in_cyrillic_letters_in_a_long_description_is_found_where_its_letters_are():
    text = ("Добрый день! " * 10 + "Приглашаем вас на собеседование в компанию Северный Ветер на позицию "
            "инженера. " + "С уважением, отдел кадров. " * 5)
    assert spelled_phrase(text, label_forms("severnyveter.ru")) == "Северный Ветер"


def test_other_cyrillic_words_do_not_spell_a_domain():
    assert spelled_phrase("Собеседование — Цветочный Хутор", label_forms("lesnoyhutor.ru")) is None
    assert spelled_phrase("Сұхбат – Қызыл Жол Өнеркәсібі", label_forms("kzb.kz")) is None


def test_a_bulgarian_invitation_names_the_company_its_text_writes_not_the_domains_guess():
    sender = person("hr@trakiyskilozya.bg", "Мария Петрова")
    found = detect(event("Покана за интервю – «Тракийски Лозя» ООД",
                         "Здравейте, каним Ви на интервю за позицията Технолог.", organizer=sender,
                         attendees=(sender,)), [ME])
    assert found.interview and found.company == "Тракийски Лозя"


@pytest.mark.parametrize(("text", "domain", "name"), [
    ("Олена – керівниця закупівель у мережі Клініки Зоря.", "zorya.clinic", "Клініки Зоря"),
    ("Собеседование в Клиника Добрый Доктор", "dobryydoktor.ru", "Клиника Добрый Доктор"),
    ("Интервю – Болница Света Анна", "svetaanna.bg", "Болница Света Анна"),
])
def test_a_cyrillic_word_for_an_institution_before_the_name_is_part_of_it(text, domain, name):
    assert spelled_phrase(text, label_forms(domain)) == name


@pytest.mark.parametrize(("title", "description", "company"), [
    ("Call Ian (Orbis)", "Ian Shaw, Orbis Recruitment, ian.shaw@orbis.co.uk, +44 20 7946 0321\nCalling about a "
     "Finance Lead vacancy at a retailer (client confidential for now). Have salary expectations ready.",
     "Orbis Recruitment"),
    ("Дзвінок Олег (Вершина)", "Олег Котов, Вершина Рекрутинг, oleh.kotov@vershyna.com.ua, +380 67 555 0142\n"
     "Телефонує щодо вакансії керівника відділу логістики (клієнт конфіденційний). Підготувати резюме.",
     "Вершина Рекрутинг"),
])
def test_a_call_notes_brackets_shorten_the_agency_its_signature_names_in_full(title, description, company):
    found = detect(event(title, description, me_too=False), [ME])
    assert found.interview and found.company == company


@pytest.mark.parametrize(("written", "name"), [
    ("Пъстър Щит ЕАД", "Пъстър Щит"),
    ("Сребърна Пчела ЕООД", "Сребърна Пчела"),
    ("Охридски Бисер ДООЕЛ", "Охридски Бисер"),
    ("Жута Кућа д.о.о.", "Жута Кућа"),
    ("Хөх Тэнгэр ХХК", "Хөх Тэнгэр"),
    ("Северный Ветер, ООО", "Северный Ветер"),
])
def test_a_legal_form_of_a_cyrillic_writing_country_ends_no_name(written, name):
    assert without_legal_form(written) == name


def test_a_cyrillic_legal_form_after_a_name_is_one_a_text_writes():
    assert writes_a_legal_form("Покана за интервю в Сребърна Пчела ЕООД, София")
    assert not writes_a_legal_form("Покана за интервю в Сребърна Пчела, София")


@pytest.mark.parametrize("description", [
    "Здравейте, каним Ви на интервю в „Сребърна Пчела“ ЕООД за позицията Счетоводител.",
    "Здравейте, каним Ви на интервю в «Сребърна Пчела» ООД за позицията Счетоводител.",
])
def test_a_bulgarian_name_in_quotes_before_its_legal_form_is_the_company(description):
    sender = person("s.ivanova.hr@gmail.com", "Силвия Иванова")
    found = detect(event("Интервю – Счетоводител", description, organizer=sender, attendees=(sender,)), [ME])
    assert found.interview and found.company == "Сребърна Пчела"


def test_a_name_in_cyrillic_letters_squashes_to_the_latin_letters_a_domain_writes():
    assert squash("Жута Кућа") == "zhutakuca"
    assert squash("Зелений Край") == "zeleniykray"  # (its "й" no "и" once the marks go)


@pytest.mark.parametrize(("domain", "name"), [
    ("zdenergiya.bg", "Златна Долина Енергия"),
    ("zdenergia.bg", "Златна Долина Енергия"),
    ("svrn.ru", "Северон"),
    ("bkhim.ru", "Байкал Химия"),
])
def test_a_domain_shortens_a_name_written_in_cyrillic_letters(domain, name):
    assert abbreviates(domain, name)


def test_a_domain_does_not_shorten_another_name_in_cyrillic_letters():
    assert not abbreviates("zdenergia.bg", "Златна Долина Вода")


def test_the_name_in_cyrillic_letters_a_domain_shortens_is_the_company():
    sender = person("hr@zdenergia.bg", "Мария Петрова")
    found = detect(event("Покана за интервю – Златна Долина Енергия",
                         "Здравейте, каним Ви на интервю за позицията Технолог.", organizer=sender,
                         attendees=(sender,)), [ME])
    assert found.company == "Златна Долина Енергия"
