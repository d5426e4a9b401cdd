"""When the company said it would answer (en, de, fr, es), when the follow-up is due, and the wording of a
referrer's update and of the follow-up in four languages, with their checks."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from notes import etiquette, planning
from notes.statuses import NoteKind
from notes.values import Candidate, InterviewFacts, NoteText
from notes.writing.next_step import find_next_step
from notes.writing.updates import compose_follow_up, compose_referrer_update
from providers.base import Person

TUESDAY = date(2026, 3, 10)

PROMISES = [
    ("We will get back to you within a week.", date(2026, 3, 17), "within a week"),
    ("You will hear back from us by Friday.", date(2026, 3, 13), "by Friday"),
    ("We expect to make a decision in two weeks.", date(2026, 3, 24), "in two weeks"),
    ("We'll let you know by March 20th.", date(2026, 3, 20), "by March 20th"),
    ("Decision expected by 2026-03-25; thanks again.", date(2026, 3, 25), "2026-03-25"),
    ("We will get back to you within 3 business days.", date(2026, 3, 13), "within 3 business days"),
    ("You'll hear from us next week.", date(2026, 3, 20), "next week"),
    ("Wir melden uns nächste Woche bei Ihnen.", date(2026, 3, 20), "nächste Woche"),
    ("Sie erhalten innerhalb von 5 Werktagen eine Rückmeldung.", date(2026, 3, 17), "innerhalb von 5 Werktagen"),
    ("Wir geben Ihnen bis zum 20. März Bescheid.", date(2026, 3, 20), "bis zum 20. März"),
    ("Nous reviendrons vers vous la semaine prochaine.", date(2026, 3, 20), "la semaine prochaine"),
    ("Nous vous donnerons une réponse sous dix jours.", date(2026, 3, 20), "sous dix jours"),
    ("Vous aurez une réponse d'ici vendredi.", date(2026, 3, 13), "d'ici vendredi"),
    ("Le daremos una respuesta la próxima semana.", date(2026, 3, 20), "la próxima semana"),
    ("Le comunicaremos la decisión en dos semanas.", date(2026, 3, 24), "en dos semanas"),
    ("Te daremos una respuesta antes del viernes.", date(2026, 3, 13), "antes del viernes"),
]

NO_PROMISE = [
    "Please reply within 2 days to confirm your attendance.",
    "The interview lasts one hour, on Friday at 10:00.",
    "Bitte bestätigen Sie den Termin bis Freitag.",
    "Merci de confirmer votre présence avant vendredi.",
    "Trae tu DNI el viernes.",
    "We will get back to you soon.",
]


@pytest.mark.parametrize("text, on, said", PROMISES)
def test_the_promised_answer_is_read_with_its_day(text, on, said):
    found = find_next_step(f"Thank you for applying. {text}", TUESDAY)
    assert (found.on, found.said) == (on, said)


@pytest.mark.parametrize("text", NO_PROMISE)
def test_a_time_that_promises_no_answer_is_no_next_step(text):
    assert find_next_step(text, TUESDAY) is None


@pytest.mark.parametrize("answer_by, due", [
    (date(2026, 3, 9), datetime(2026, 3, 11, 9, 0)),  # Monday: Wednesday
    (date(2026, 3, 13), datetime(2026, 3, 17, 9, 0)),  # Friday: Tuesday, the weekend skipped
    (date(2026, 3, 14), datetime(2026, 3, 17, 9, 0)),  # Saturday: Tuesday
])
def test_the_follow_up_waits_two_working_days_after_the_promised_day(answer_by, due):
    zone = ZoneInfo("Europe/Berlin")
    assert planning.follow_up_at(answer_by, zone) == due.replace(tzinfo=zone)


def facts(description: str) -> InterviewFacts:
    start = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    return InterviewFacts(
        title="Interview", company="Acme Robotics", role="Data Analyst", stage=None, kind="job", start=start,
        end=start.replace(hour=15), people=(Person("dana.whitfield@acmerobotics.com", "Dana Whitfield"),),
        organizer=Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting"), description=description,
        time_zone="Europe/Berlin")


ALEX = Candidate(name="Alex Rivera", email="alex.rivera@example.com", phone="+1 555 0100")
LANGUAGES = {
    "en": "Your interview for the Data Analyst position with the team.",
    "de": "Ihr Vorstellungsgespräch für die Stelle als Data Analyst bei uns.",
    "fr": "Votre entretien pour le poste de Data Analyst chez nous.",
    "es": "Su entrevista para el puesto de Data Analyst con el equipo.",
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_referrers_update_says_the_interview_took_place_and_nothing_of_it(code):
    draft = compose_referrer_update(facts(LANGUAGES[code]), ALEX, Person("jane.doe@example.org", "Jane Doe"))
    assert draft.language == code and "Jane" in draft.body_text and "Acme Robotics" in draft.body_text
    assert "10" in draft.body_text and "Dana" not in draft.body_text
    assert draft.body_text.rstrip().endswith("+1 555 0100")
    note = NoteText(draft.to, "email", draft.subject, draft.body_text, code)
    assert etiquette.check_update(note, NoteKind.REFERRER_UPDATE, facts(LANGUAGES[code]), ALEX) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_follow_up_recalls_the_interview_and_the_answer_expected_without_pressing(code):
    said = {"en": "within a week", "de": "nächste Woche", "fr": "la semaine prochaine", "es": "la próxima semana"}
    to = Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting")
    draft = compose_follow_up(facts(LANGUAGES[code]), ALEX, to, said[code])
    assert draft.language == code and said[code] in draft.body_text and "Data Analyst" in draft.body_text
    note = NoteText(draft.to, "email", draft.subject, draft.body_text, code)
    assert etiquette.check_update(note, NoteKind.FOLLOW_UP, facts(LANGUAGES[code]), ALEX) == []


def test_a_referrer_without_an_address_gets_a_note_flagged_for_one():
    draft = compose_referrer_update(facts(LANGUAGES["en"]), ALEX, Person("", "Jane Doe"))
    assert draft.flags == ("needs-address",) and draft.body_text.startswith("Dear Jane,")


@pytest.mark.parametrize("text, what", [
    ("Dana Whitfield was lovely.", "who you met"),
    ("They asked me about SQL window functions.", "the questions asked"),
    ("The salary range is 70k.", "pay"),
    ("Ich glaube, es lief sehr gut.", "how it went"),
    ("Je pense que ça s'est bien passé.", "how it went"),
    ("Me preguntaron por mi experiencia.", "the questions asked"),
])
def test_what_happened_in_the_interview_is_flagged_in_a_referrers_update(text, what):
    body = f"Dear Jane,\n\nMy interview took place today. {text}\n\nBest regards,\nAlex Rivera"
    note = NoteText(Person("jane.doe@example.org", "Jane Doe"), "email", "My interview", body)
    [finding] = etiquette.check_update(note, NoteKind.REFERRER_UPDATE, facts(""), ALEX)
    assert finding.rule == "U1" and what in finding.message


def test_a_pressing_follow_up_is_flagged():
    body = "Dear Dana,\n\nI need an answer as soon as possible: I have other offers.\n\nBest regards,\nAlex Rivera"
    note = NoteText(Person("dana.whitfield@acmerobotics.com", "Dana Whitfield"), "email", "Following up", body)
    [finding] = etiquette.check_update(note, NoteKind.FOLLOW_UP, facts(""), ALEX)
    assert finding.rule == "U2" and "as soon as possible" in finding.message
