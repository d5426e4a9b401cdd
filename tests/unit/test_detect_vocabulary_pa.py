"""Punjabi in Gurmukhi (``pa.toml``): an employer's invitation to an "ਇੰਟਰਵਿਊ", a recruiter's phone interview and the
user's own note of an interview call are interviews, with or without the dot below a letter; a paper's
interview, the yearly appraisal and the user's own interview of a candidate are not."""
from __future__ import annotations

import pytest

from providers.detect import detect
from tests.unit.test_detect import ME, event, person

HR = person("hr@satluj-agro.example", "ਮਨੁੱਖੀ ਸਰੋਤ ਵਿਭਾਗ")


def test_an_employers_invitation_is_an_interview_with_the_people_met():
    manager = person("g.sandhu@satluj-agro.example", "ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ")
    found = detect(event("ਇੰਟਰਵਿਊ – ਕੁਆਲਿਟੀ ਇੰਜੀਨੀਅਰ (ਸਤਲੁਜ ਐਗਰੋ)",
                         "ਸਤਿਕਾਰਯੋਗ ਸ੍ਰੀਮਤੀ ਹਰਲੀਨ ਜੀ,\nਤੁਹਾਡੀ ਅਰਜ਼ੀ ਦੇ ਸੰਦਰਭ ਵਿੱਚ ਕੁਆਲਿਟੀ ਇੰਜੀਨੀਅਰ ਦੀ ਅਸਾਮੀ ਲਈ "
                         "ਤੁਹਾਨੂੰ ਇੰਟਰਵਿਊ ਲਈ ਸੱਦਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ। ਪਲਾਂਟ ਮੈਨੇਜਰ ਗੁਰਪ੍ਰੀਤ ਸੰਧੂ ਇੰਟਰਵਿਊ ਲੈਣਗੇ। "
                         "ਸਥਾਨ: ਮੁੱਖ ਦਫ਼ਤਰ, ਲੁਧਿਆਣਾ।", organizer=HR, attendees=(HR, manager), minutes=60), [ME])
    assert found.interview and found.kind == "job"
    assert "g.sandhu@satluj-agro.example" in {p.email for p in found.people}


@pytest.mark.parametrize("title", ["ਫ਼ੋਨ ਇੰਟਰਵਿਊ – ਸੇਲਜ਼ ਮੈਨੇਜਰ", "ਫੋਨ ਇੰਟਰਵਿਯੂ – ਸੇਲਜ ਮੈਨੇਜਰ"])
def test_a_recruiters_phone_screen_is_an_interview(title):
    recruiter = person("simran@naukripul.example", "ਸਿਮਰਨ ਕੌਰ")
    found = detect(event(title, "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਸਾਡੇ ਕਲਾਇੰਟ ਦੀ ਸੇਲਜ਼ ਮੈਨੇਜਰ ਦੀ ਅਸਾਮੀ ਲਈ ਪਹਿਲਾ ਰਾਊਂਡ। ਮੈਂ ਤੁਹਾਨੂੰ "
                         "ਫ਼ੋਨ 'ਤੇ ਕਾਲ ਕਰਾਂਗੀ, ਲਗਭਗ 20 ਮਿੰਟ।", organizer=recruiter, attendees=(recruiter,), minutes=20),
                   [ME])
    assert found.interview and found.kind == "job"
    assert found.stage == "phone screen"


def test_the_users_own_note_of_an_interview_call_is_an_interview():
    found = detect(event("ਇੰਟਰਵਿਊ (ਫ਼ੋਨ) – ਪਟਿਆਲਾ ਫੂਡਜ਼", "ਅਕਾਊਂਟੈਂਟ ਦੀ ਅਸਾਮੀ ਲਈ। ਬਾਇਓਡਾਟਾ ਕੋਲ ਰੱਖਣਾ।",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert found.interview and found.kind == "job"


@pytest.mark.parametrize("title, description", [
    ("ਇੰਟਰਵਿਊ – ਨਵਾਂ ਪਲਾਂਟ (ਅਖ਼ਬਾਰ ‘ਲੋਕ ਆਵਾਜ਼’)", "ਪੱਤਰਕਾਰ ਅਤੇ ਫੋਟੋਗ੍ਰਾਫਰ ਸਵੇਰੇ 10 ਵਜੇ ਪਲਾਂਟ ਆਉਣਗੇ।"),
    ("ਸਾਲਾਨਾ ਕਾਰਗੁਜ਼ਾਰੀ ਮੁਲਾਂਕਣ – ਅਮਨ", "ਅਗਲੇ ਸਾਲ ਦੇ ਟੀਚੇ ਅਤੇ ਸਿਖਲਾਈ ਬਾਰੇ ਗੱਲ ਕਰਾਂਗੇ।"),
    ("ਇੰਟਰਵਿਊ: ਜੂਨੀਅਰ ਅਕਾਊਂਟੈਂਟ – ਉਮੀਦਵਾਰ", "ਮੈਂ ਅਤੇ ਜਸਵਿੰਦਰ ਇੰਟਰਵਿਊ ਲਵਾਂਗੇ। ਮੁਲਾਂਕਣ ਫਾਰਮ ਭਰ ਕੇ ਭੇਜਣਾ।"),
])
def test_a_press_appraisal_or_own_interview_of_a_candidate_is_none(title, description):
    colleague = person("jaswinder.g@my-employer.example", "ਜਸਵਿੰਦਰ ਗਿੱਲ")
    found = detect(event(title, description, organizer=colleague, attendees=(colleague,), minutes=45), [ME])
    assert not found.interview
