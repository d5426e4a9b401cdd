"""Tatar (``tt.toml``): an invitation to an "эш буенча әңгәмә" is an interview, the role read after "Вазыйфа:"; a newspaper's "әңгәмә" and the user's own interviews of candidates are not.

Each test builds its own event; the assertions are on what detection returns, never on how it got there.
"""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person


def test_a_companys_invitation_to_a_job_interview_is_an_interview():
    hr = person('hr@idelpyyala.example', 'Кадрлар бүлеге')
    host = person('golnara@idelpyyala.example', 'Гөлнара Хәйруллина')
    found = detect(event('Эш буенча әңгәмә – Идел Пыяла', 'Хөрмәтле кандидат, гаризагыз өчен рәхмәт. Сезне Казандагы офисыбызда әңгәмәгә чакырабыз.\nВазыйфа: Баш бухгалтер\nСезнең белән Гөлнара Хәйруллина очрашачак.', organizer=hr, attendees=(hr, host), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert found.company == 'Идел Пыяла'
    assert found.role == 'Баш бухгалтер'
    assert 'Гөлнара Хәйруллина' in [p.name for p in found.people]


@pytest.mark.parametrize("title, description, host", [
    ('Әңгәмә – Ватаным Татарстан газетасы', 'Журналист яңа завод турында сораулар бирәчәк.', person('media@idelpyyala.example', 'Матбугат хезмәте')),
    ('Кандидатлар белән әңгәмә – Йөртүче', 'Мин һәм Марат өч кандидат белән әңгәмә үткәрәбез. Бәяләү формасын тутырыгыз.', person('hr@idelpyyala.example', 'Кадрлар бүлеге')),
])
def test_a_press_interview_or_the_users_own_panel_is_none(title, description, host):
    found = detect(event(title, description, organizer=host, attendees=(host,), minutes=45), [ME])
    assert not found.interview


def test_a_short_invitation_in_the_languages_own_words_is_an_interview():
    hr = person("hr@idelpyyala.example", "Кадрлар бүлеге")
    found = detect(event("Эш буенча әңгәмә", "Сезне әңгәмәгә чакырабыз.", organizer=hr, attendees=(hr, person("golnara@idelpyyala.example", "Гөлнара Хәйруллина")), minutes=60), [ME])
    assert found.interview and found.kind == "job"
