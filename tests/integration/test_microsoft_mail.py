"""Outlook drafts, the sent-check and nudges through Graph, driven by the scheduler's rounds."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Note, Nudge
from scheduler.ticks import run_round
from tests.fakes.microsoft_fixtures import (  # noqa: F401  (fixtures)
    AUTH,
    MAILBOX,
    connect,
    interview_event,
    ms_app,
    ms_client,
    ms_runtime,
    ms_server,
    ms_user,
)

DANA, OMAR = "dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"


@pytest.fixture
def ended(ms_client, ms_server, ms_user, clock):
    """An interview that ended; returns its end. Connect with the options the test asks for."""
    end = clock() + timedelta(hours=1)
    ms_user.put_event(interview_event("iv-1", end - timedelta(hours=1)))
    return end


def email_notes(runtime) -> dict[str, Note]:
    with runtime.session() as session:
        return {n.recipient_email: n for n in session.scalars(select(Note).where(Note.channel == "email"))}


def drafts(server, user) -> dict[str, dict]:
    return {m["toRecipients"][0]["emailAddress"]["address"]: m for m in server.cloud.graph.drafts_of(user)}


def sent_nudges(runtime) -> dict[str, Nudge]:
    with runtime.session() as session:
        sent = select(Nudge).where(Nudge.status == "sent", Nudge.channel == "email")
        return {n.kind: n for n in session.scalars(sent)}


def after_the_end(runtime, clock, end, minutes: int = 11):
    clock.now = end + timedelta(minutes=minutes)
    run_round(runtime, clock())


def test_one_draft_per_note_is_created_once_with_an_immutable_id(ms_client, ms_server, ms_user, ms_runtime,
                                                                  clock, ended):
    connect(ms_client, ms_server, {"drafts": True})
    clock.now = ended - timedelta(minutes=1)
    run_round(ms_runtime, clock())
    assert drafts(ms_server, ms_user) == {}  # never before the interview ends
    after_the_end(ms_runtime, clock, ended)
    made = drafts(ms_server, ms_user)
    notes = email_notes(ms_runtime)
    assert set(made) == set(notes) == {DANA, OMAR}
    for address, note in notes.items():
        assert note.draft_id == made[address]["immutable_id"] and note.draft_state == "created"
        assert made[address]["body"] == {"contentType": "HTML", "content": note.body_html}
        assert made[address]["subject"] == note.subject
    for _ in range(3):
        clock.advance(minutes=20)
        run_round(ms_runtime, clock())
    assert ms_server.cloud.count("POST", r"/v1.0/me/messages$") == 2


def test_a_draft_edited_in_outlook_is_never_overwritten(ms_client, ms_server, ms_user, ms_runtime, clock, ended):
    connect(ms_client, ms_server, {"drafts": True})
    after_the_end(ms_runtime, clock, ended)
    notes = email_notes(ms_runtime)
    ms_server.cloud.graph.user_edits(ms_user, notes[DANA].draft_id, "<p>My own words for Dana.</p>")
    for address in (DANA, OMAR):
        answer = ms_client.patch(f"/api/notes/{notes[address].id}", json={"body_text": "Thank you, again."},
                                 headers=AUTH)
        assert answer.status_code == 200
    run_round(ms_runtime, clock())
    made, notes = drafts(ms_server, ms_user), email_notes(ms_runtime)
    assert made[DANA]["body"]["content"] == "<p>My own words for Dana.</p>"
    assert notes[DANA].draft_state == "user_edited"
    assert "Thank you, again." in made[OMAR]["body"]["content"]  # untouched by the user: updated
    assert notes[OMAR].draft_state == "created"


def test_a_sent_note_stops_the_reminder_and_the_ready_nudge_is_mailed(ms_client, ms_server, ms_user, ms_runtime,
                                                                     clock, ended):
    connect(ms_client, ms_server, {"drafts": True, "nudges": True})
    after_the_end(ms_runtime, clock, ended)
    [ready] = ms_user.sent_mail
    assert ready["toRecipients"] == [{"emailAddress": {"address": MAILBOX}}]
    assert ready["subject"] == sent_nudges(ms_runtime)["ready"].subject and ready["savedToSentItems"] is False
    notes = email_notes(ms_runtime)
    ms_server.cloud.graph.user_sends(ms_user, notes[DANA].draft_id)  # from the draft Afterview wrote
    ms_server.cloud.graph.user_writes(ms_user, OMAR, "Thanks for today")  # a message of their own
    after_the_end(ms_runtime, clock, ended, minutes=30)
    assert {a: n.status for a, n in email_notes(ms_runtime).items()} == {DANA: "sent", OMAR: "sent"}
    clock.now = ended + timedelta(hours=21)
    run_round(ms_runtime, clock())
    with ms_runtime.session() as session:
        reminder = session.scalar(select(Nudge).where(Nudge.kind == "reminder"))
        assert reminder.status == "skipped"
    assert len(ms_user.sent_mail) == 1


def test_the_reminder_goes_out_once_when_nothing_was_sent(ms_client, ms_server, ms_user, ms_runtime, clock, ended):
    connect(ms_client, ms_server, {"drafts": True, "nudges": True})
    after_the_end(ms_runtime, clock, ended)
    for hours in (21, 22, 23):
        clock.now = ended + timedelta(hours=hours)
        run_round(ms_runtime, clock())
    nudges = sent_nudges(ms_runtime)
    assert [m["subject"] for m in ms_user.sent_mail] == [nudges["ready"].subject, nudges["reminder"].subject]


def test_a_create_whose_answer_was_lost_is_not_made_twice(ms_client, ms_server, ms_user, ms_runtime, clock, ended):
    connect(ms_client, ms_server, {"drafts": True})
    ms_server.cloud.fail_next("POST", r"/v1.0/me/messages$", 503, times=2, after=True)
    after_the_end(ms_runtime, clock, ended)
    assert all(n.draft_id is None for n in email_notes(ms_runtime).values())
    assert len(drafts(ms_server, ms_user)) == 2  # made, but Afterview never heard
    clock.advance(minutes=6)
    run_round(ms_runtime, clock())
    made = drafts(ms_server, ms_user)
    assert len(ms_server.cloud.graph.drafts_of(ms_user)) == 2
    assert {a: n.draft_id for a, n in email_notes(ms_runtime).items()} == {
        a: m["immutable_id"] for a, m in made.items()}


def test_without_nudges_nothing_is_mailed_and_without_drafts_none_are_written(ms_client, ms_server, ms_user,
                                                                              ms_runtime, clock, ended):
    connect(ms_client, ms_server, {})
    after_the_end(ms_runtime, clock, ended)
    assert email_notes(ms_runtime) and drafts(ms_server, ms_user) == {} and ms_user.sent_mail == []
    with ms_runtime.session() as session:
        ready = session.scalar(select(Nudge).where(Nudge.kind == "ready"))
        assert (ready.status, ready.channel) == ("shown", "sidebar")
    assert ms_server.cloud.count("GET", r"/v1.0/me/(messages|mailFolders)") == 0
