"""German notes where a reporter questions the user ("Journalist fragt mich zu ...", "die Redakteurin interviewt
mich"): a press interview of the user, not a job interview."""
from __future__ import annotations

from providers.detect import detect
from tests.unit.test_detect import ME, event


def test_a_journalist_asking_the_user_questions_is_press():
    found = detect(event("Interview Bergischer Stadtbote", "Journalist fragt mich zur Inklusion an unserer "
                         "Grundschule.", organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview


def test_an_editor_interviewing_the_user_is_press():
    found = detect(event("Interview Eifeler Nachrichten", "Die Redakteurin interviewt mich zum Schulneubau.",
                         organizer=None, me_too=False, minutes=30), [ME])
    assert not found.interview
