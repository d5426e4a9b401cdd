"""The nudge that tells the user the one follow-up is ready: when it is planned, whether it still goes
out, and what it says, on plain rows."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from notes import lifecycle
from notes.statuses import InterviewStatus, NoteKind, NoteStatus, NudgeKind
from notes.store.model import Account, Interview, Note, Nudge, User
from notes.usecases.nudges import nudge_message, still_wanted
from notes.usecases.proposals import facts_of, follow_up_nudges
from notes.values import Draft
from notes.writing.compose import nudge_lines
from providers.base import Person

END = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)  # a Monday
PROPOSED = datetime(2026, 5, 13, 9, 0, tzinfo=UTC)  # the follow-up, days later
LENA = "lena.brandt@quillworks.example"
HIRING = "hiring@quillworks.example"


def user(**fields) -> User:
    values = {"email": "noor.haddad@example.net", "name": "Noor Haddad", "time_zone": "UTC", "phone": "",
              "signature": "", "language": None, "channel": "email", "nudges_enabled": True,
              "follow_ups_enabled": True}
    return User(**{**values, **fields})


def note(kind: str, to: str, status: str = NoteStatus.PROPOSED, language: str = "en") -> Note:
    return Note(recipient_email=to, recipient_name="", channel="email", kind=kind, status=status,
                language=language, subject="Subject", body_text="Dear ...", body_html="<p>Dear ...</p>", flags=[])


def interview(owner: User, *notes: Note) -> Interview:
    return Interview(
        account=Account(user=owner, provider="google", external_id=owner.email, status="active"),
        provider_event_id="ev-7", title="Quillworks: Product Designer interview", company="Quillworks",
        role="Product Designer", stage=None, kind="job", mode="video", description="", location="",
        time_zone="UTC", details="", start_at=END - timedelta(hours=1), end_at=END,
        status=InterviewStatus.PROPOSED, people=[{"email": LENA, "name": "Lena Brandt"}],
        organizer={"email": HIRING, "name": "Quillworks Hiring"}, notes=list(notes))


def followed_up(status: str = NoteStatus.PROPOSED, **user_fields) -> Interview:
    return interview(user(**user_fields), note(NoteKind.INTERVIEW, LENA, NoteStatus.SENT),
                     note(NoteKind.FOLLOW_UP, HIRING, status))


def nudge(row: Interview, kind: str = NudgeKind.FOLLOW_UP) -> Nudge:
    return Nudge(user_id=1, interview=row, kind=kind, due_at=PROPOSED)


def test_a_proposed_follow_up_plans_one_nudge_due_at_once_and_no_reminder():
    row = followed_up()
    [planned] = follow_up_nudges(row, row.account.user, {NudgeKind.READY, NudgeKind.REMINDER}, PROPOSED)
    assert (planned.kind, planned.due_at, planned.interview) == (NudgeKind.FOLLOW_UP, PROPOSED, row)


@pytest.mark.parametrize("status", [NoteStatus.SENT, NoteStatus.DISMISSED, NoteStatus.WITHDRAWN])
def test_nothing_is_planned_twice_nor_for_a_closed_follow_up(status):
    row = followed_up()
    assert follow_up_nudges(row, row.account.user, {NudgeKind.FOLLOW_UP}, PROPOSED) == []
    closed = followed_up(status)
    assert follow_up_nudges(closed, closed.account.user, set(), PROPOSED) == []
    no_follow_up = interview(user(), note(NoteKind.INTERVIEW, LENA, NoteStatus.SENT))
    assert follow_up_nudges(no_follow_up, no_follow_up.account.user, set(), PROPOSED) == []


def test_the_nudge_goes_out_while_the_follow_up_is_open_though_every_thanks_was_sent_days_ago():
    row = followed_up()
    assert still_wanted(nudge(row), row.account.user, PROPOSED + timedelta(minutes=1))
    lifecycle.edit(row.notes[1], PROPOSED, body_text="My own words to the hiring team.")
    assert still_wanted(nudge(row), row.account.user, PROPOSED + timedelta(minutes=1))


@pytest.mark.parametrize("status", [NoteStatus.SENT, NoteStatus.DISMISSED, NoteStatus.WITHDRAWN])
def test_skipped_once_the_follow_up_is_closed(status):
    row = followed_up(status)
    assert not still_wanted(nudge(row), row.account.user, PROPOSED)


def test_skipped_when_follow_ups_are_turned_off_or_the_interview_went():
    off = followed_up(follow_ups_enabled=False)
    assert not still_wanted(nudge(off), off.account.user, PROPOSED)
    gone = followed_up()
    gone.status = InterviewStatus.CANCELLED
    assert not still_wanted(nudge(gone), gone.account.user, PROPOSED)


def test_the_follow_up_does_not_keep_the_thanks_nudges_alive():
    row = followed_up()
    assert not still_wanted(nudge(row, NudgeKind.READY), row.account.user, PROPOSED)


def test_the_message_names_the_follow_up_and_its_recipient_never_the_thanks_nor_lateness():
    row = followed_up()
    row.notes[1].recipient_name = "Quillworks Hiring"
    subject, body = nudge_message(nudge(row), row.account.user, PROPOSED)
    assert subject == "Follow-up ready: Product Designer — Quillworks"
    assert body.startswith("Your follow-up to Quillworks Hiring is ready: the answer they promised has not come.")
    assert "Lena" not in body and "more than a day" not in body and "thank-you" not in body.lower()
    assert body.endswith("(Quillworks: Product Designer interview, ended Mon 04 May 14:00)")


@pytest.mark.parametrize(("language", "subject", "line"), [
    ("de", "Nachfrage bereit: Designer — Quillworks", "Ihre Nachfrage an Lena Brandt ist bereit"),
    ("fr", "Relance prête : Designer — Quillworks", "Votre relance à Lena Brandt est prête"),
    ("es", "Seguimiento listo: Designer — Quillworks", "Su mensaje de seguimiento para Lena Brandt está listo"),
    ("en", "Follow-up ready: Designer — Quillworks", "Your follow-up to Lena Brandt is ready"),
])
def test_the_follow_up_nudge_speaks_the_follow_ups_language(language, subject, line):
    draft = Draft(to=Person(email=LENA, name="Lena Brandt"), channel="email", language=language, subject="s",
                  body_text="b", body_html="<p>b</p>")
    row = followed_up()
    facts = replace(facts_of(row), role="Designer")
    [first, only] = nudge_lines([draft], facts, NudgeKind.FOLLOW_UP)
    assert first == subject and only.startswith(line)

