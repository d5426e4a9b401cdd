"""Outlook's own ways through Graph, beyond the mailbox contract (``tests/contract``) and the use cases
every mailbox goes through (``test_mailwork``): drafts kept by immutable id with the note's HTML, a
create whose answer was lost found by its marker, nudges without a copy in Sent Items, and no mailbox
request at all without mail permissions."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Note, Nudge
from scheduler.ticks import run_round
from tests.fakes.microsoft_fixtures import MAILBOX, connect, interview_event

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


def to_self(server, user) -> list[dict]:
    """The messages in Sent Items addressed to the user themself (the nudges), oldest first."""
    return server.cloud.graph.sent_items(user, MAILBOX)


def sent_nudges(runtime) -> dict[str, Nudge]:
    with runtime.session() as session:
        sent = select(Nudge).where(Nudge.status == "sent", Nudge.channel == "email")
        return {n.kind: n for n in session.scalars(sent)}


def after_the_end(runtime, clock, end, minutes: int = 11):
    clock.now = end + timedelta(minutes=minutes)
    run_round(runtime, clock())


def test_drafts_are_kept_by_immutable_id_with_the_notes_html(ms_client, ms_server, ms_user, ms_runtime, clock,
                                                             ended):
    connect(ms_client, ms_server, {"drafts": True})
    after_the_end(ms_runtime, clock, ended)
    made, notes = drafts(ms_server, ms_user), email_notes(ms_runtime)
    assert set(made) == set(notes) == {DANA, OMAR}
    for address, note in notes.items():
        assert note.draft_id == made[address]["immutable_id"] and note.draft_state == "created"
        assert made[address]["body"] == {"contentType": "HTML", "content": note.body_html}


def test_a_nudge_is_a_marked_draft_then_sent_and_kept_in_sent_items(ms_client, ms_server, ms_user, ms_runtime,
                                                                    clock, ended):
    connect(ms_client, ms_server, {"drafts": True, "nudges": True})
    after_the_end(ms_runtime, clock, ended)
    [ready] = to_self(ms_server, ms_user)
    assert ready["toRecipients"] == [{"emailAddress": {"address": MAILBOX}}] and ms_user.sent_mail == []
    assert ready["subject"] == sent_nudges(ms_runtime)["ready"].subject
    assert list(ready["props"].values()) == [sent_nudges(ms_runtime)["ready"].marker]


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


def test_without_mail_permissions_the_mailbox_is_never_asked(ms_client, ms_server, ms_user, ms_runtime, clock,
                                                            ended):
    connect(ms_client, ms_server, {})
    after_the_end(ms_runtime, clock, ended)
    assert email_notes(ms_runtime) and drafts(ms_server, ms_user) == {} and to_self(ms_server, ms_user) == []
    assert ms_server.cloud.count("GET", r"/v1.0/me/(messages|mailFolders)") == 0


def test_a_nudge_whose_answer_was_lost_is_not_sent_again(ms_client, ms_server, ms_user, ms_runtime, clock, ended):
    connect(ms_client, ms_server, {"drafts": True, "nudges": True})
    ms_server.cloud.fail_next("POST", r"/v1.0/me/messages/[^/]+/send$", 503, after=True)
    after_the_end(ms_runtime, clock, ended)
    assert len(to_self(ms_server, ms_user)) == 1 and not sent_nudges(ms_runtime)  # sent, unheard
    after_the_end(ms_runtime, clock, ended, minutes=14)
    [ready] = to_self(ms_server, ms_user)
    assert sent_nudges(ms_runtime)["ready"].marker in ready["props"].values()
    assert ms_server.cloud.count("POST", r"/v1.0/me/messages/[^/]+/send$") == 1


def test_a_nudge_draft_left_unsent_is_sent_not_made_again(ms_client, ms_server, ms_user, ms_runtime, clock, ended):
    connect(ms_client, ms_server, {"nudges": True})
    ms_server.cloud.fail_next("POST", r"/v1.0/me/messages/[^/]+/send$", 503)
    after_the_end(ms_runtime, clock, ended)
    [left] = ms_server.cloud.graph.drafts_of(ms_user)  # made, its sending refused
    assert to_self(ms_server, ms_user) == []
    after_the_end(ms_runtime, clock, ended, minutes=14)
    [ready] = to_self(ms_server, ms_user)
    assert ready["immutable_id"] == left["immutable_id"] and ms_server.cloud.graph.drafts_of(ms_user) == []
    assert ms_server.cloud.count("POST", r"/v1.0/me/messages$") == 1
