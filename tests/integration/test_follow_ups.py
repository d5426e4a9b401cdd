"""The one follow-up, with Google's and Microsoft's fakes through the real adapters and the test's clock.

The invitation says the company will answer within a week of the interview (Monday 2 March 2026):
by Monday 9 March; the follow-up is due two working days later, Wednesday 11 March at 9:00 (the user's
time zone is UTC). It is proposed once when a thank-you was sent and nobody from the company wrote,
never before that time, never when they wrote, never twice, not when the user turned follow-ups off,
and it is withdrawn when they write after it was proposed. One "follow-up ready" nudge tells the user,
by mail, with no reminder of it; none is mailed once the follow-up is closed or the user turned
follow-ups or nudges off.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Interview, Note, Nudge
from scheduler.ticks import run_round
from tests.fakes import microsoft_fixtures as ms
from tests.fakes.microsoft_fixtures import ms_app, ms_client, ms_runtime, ms_server, ms_user  # noqa: F401
from tests.integration import google_support as google
from tests.integration.google_support import fake, gapp, gclient, rt, sleeps  # noqa: F401 (fixtures)

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # a Monday
END = START + timedelta(hours=1)
DUE = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # answer by Monday 9 March, plus two working days, at 9:00
PROMISE = "We will get back to you within a week."
AUTH = {"Authorization": "Bearer test-token"}
RECRUITING = "recruiting@acmerobotics.com"


@dataclass
class World:
    """One provider's side and Afterview's, with the interview synced and its notes proposed."""

    client: object
    runtime: object
    company_writes: object  # (sender) -> None: a message arrives in the user's inbox now
    inbox_reads: object  # () -> int: how often Afterview asked the mailbox for messages
    mailed_to_self: object  # () -> list[str]: the subjects of the nudges mailed to the user, oldest first


def _google(request, clock) -> World:
    fake, client, runtime = (request.getfixturevalue(name) for name in ("fake", "gclient", "rt"))
    event = google.interview_event("iv1")
    event["description"] += "<br>" + PROMISE
    fake.calendar.put_event(google.ME, event)
    google.connect(client, fake, drafts=True, nudges=True)
    return World(client, runtime, lambda sender: fake.gmail.someone_writes(google.ME, sender, "Your application"),
                 lambda: fake.count(google.ME, "/gmail/v1/users/me/messages"),
                 lambda: [str(m["Subject"]) for m in fake.gmail.inbox(google.ME) if str(m["From"]) == google.ME])


def _microsoft(request, clock) -> World:
    server, user, client, runtime = (request.getfixturevalue(name)
                                     for name in ("ms_server", "ms_user", "ms_client", "ms_runtime"))
    event = ms.interview_event("iv-1", START)
    event["body"]["content"] = event["body"]["content"].replace("</p>", f" {PROMISE}</p>")
    user.put_event(event)
    assert ms.connect(client, server, {"drafts": True, "nudges": True}).status_code == 200
    return World(client, runtime, lambda sender: server.cloud.graph.someone_writes(user, sender, "Your application"),
                 lambda: server.cloud.count("GET", r"/me/mailFolders/inbox/messages$"),
                 lambda: [m["subject"] for m in server.cloud.graph.sent_items(user, ms.MAILBOX)])


@pytest.fixture(params=["google", "microsoft"])
def world(request, clock) -> World:
    made = {"google": _google, "microsoft": _microsoft}[request.param](request, clock)
    run_round(made.runtime, clock())
    at(made, clock, END + timedelta(minutes=11))  # the thank-you notes are proposed
    return made


def at(world: World, clock, moment: datetime) -> None:
    clock.now = moment
    run_round(world.runtime, clock())


def each_hour_until(world: World, clock, moment: datetime) -> None:
    while clock() < moment:
        at(world, clock, min(clock() + timedelta(hours=1), moment))


def notes_of(world: World, kind: str) -> list[Note]:
    with world.runtime.session() as session:
        return list(session.scalars(select(Note).where(Note.kind == kind).order_by(Note.id)))


def thank(world: World) -> None:
    """The user sends a thank-you (marked sent in Afterview)."""
    note = notes_of(world, "interview")[0]
    assert world.client.post(f"/api/notes/{note.id}/sent", headers=AUTH).status_code == 200


def test_the_answer_promised_is_read_from_the_invitation(world):
    with world.runtime.session() as session:
        interview = session.scalar(select(Interview))
        assert interview.next_step == {"on": "2026-03-09", "said": "within a week", "source": "invitation",
                                       "by": None}
        assert interview.follow_up_at == DUE


def test_proposed_once_after_the_day_plus_two_working_days_with_no_reply(world, clock):
    thank(world)
    each_hour_until(world, clock, DUE - timedelta(minutes=1))
    assert notes_of(world, "follow_up") == []  # not on the promised day, not the next working day
    at(world, clock, DUE + timedelta(minutes=1))
    [follow_up] = notes_of(world, "follow_up")
    assert world.inbox_reads() >= 1
    assert (follow_up.recipient_email, follow_up.status) == (RECRUITING, "proposed")
    assert "Data Analyst" in follow_up.subject and "within a week" in follow_up.body_text
    assert "Dana" not in follow_up.body_text and not [f for f in follow_up.findings if f["severity"] == "block"]
    at(world, clock, DUE + timedelta(minutes=2))  # drafts are on: it waits in the mailbox too, from the next round
    assert notes_of(world, "follow_up")[0].draft_id is not None
    each_hour_until(world, clock, DUE + timedelta(days=3))
    assert [n.id for n in notes_of(world, "follow_up")] == [follow_up.id]


def test_never_when_the_company_wrote_since_the_interview(world, clock):
    thank(world)
    at(world, clock, datetime(2026, 3, 5, 10, 0, tzinfo=UTC))
    world.company_writes("talent@jobs.acmerobotics.com")
    each_hour_until(world, clock, DUE + timedelta(days=2))
    assert notes_of(world, "follow_up") == []


def test_a_message_from_another_company_is_no_answer(world, clock):
    thank(world)
    world.company_writes("someone@globex.com")
    each_hour_until(world, clock, DUE + timedelta(hours=1))
    assert [n.recipient_email for n in notes_of(world, "follow_up")] == [RECRUITING]


def test_never_twice_whatever_becomes_of_the_first(world, clock):
    thank(world)
    at(world, clock, DUE + timedelta(minutes=1))
    [follow_up] = notes_of(world, "follow_up")
    assert world.client.post(f"/api/notes/{follow_up.id}/dismiss", headers=AUTH).status_code == 200
    each_hour_until(world, clock, DUE + timedelta(days=5))
    assert [(n.id, n.status) for n in notes_of(world, "follow_up")] == [(follow_up.id, "dismissed")]


def test_not_when_the_user_turned_follow_ups_off(world, clock):
    thank(world)
    answer = world.client.patch("/api/me", json={"follow_ups_enabled": False}, headers=AUTH)
    assert answer.status_code == 200 and answer.get_json()["follow_ups_enabled"] is False
    each_hour_until(world, clock, DUE + timedelta(days=2))
    assert notes_of(world, "follow_up") == []


def test_withdrawn_with_its_text_when_they_write_after_it_was_proposed(world, clock):
    thank(world)
    at(world, clock, DUE + timedelta(minutes=1))
    [follow_up] = notes_of(world, "follow_up")
    world.company_writes("dana.whitfield@acmerobotics.com")
    each_hour_until(world, clock, DUE + timedelta(hours=7))
    [after] = notes_of(world, "follow_up")
    assert (after.id, after.status, after.body_text) == (follow_up.id, "withdrawn", follow_up.body_text)


def test_waits_for_a_thank_you_to_be_sent(world, clock):
    each_hour_until(world, clock, DUE + timedelta(hours=1))
    assert notes_of(world, "follow_up") == []  # no thank-you sent: no follow-up yet
    thank(world)
    each_hour_until(world, clock, DUE + timedelta(hours=8))
    assert [n.recipient_email for n in notes_of(world, "follow_up")] == [RECRUITING]


def follow_up_nudges(world: World) -> list[Nudge]:
    with world.runtime.session() as session:
        return list(session.scalars(select(Nudge).where(Nudge.kind == "follow_up")))


FOLLOW_UP_READY = "Follow-up ready: Data Analyst — Acme Robotics"


def test_one_follow_up_ready_nudge_is_mailed_and_never_a_reminder_of_it(world, clock):
    thank(world)
    each_hour_until(world, clock, DUE - timedelta(minutes=1))
    before = world.mailed_to_self()
    assert FOLLOW_UP_READY not in before and follow_up_nudges(world) == []
    at(world, clock, DUE + timedelta(minutes=1))  # proposed; its nudge goes out with the next round
    at(world, clock, DUE + timedelta(minutes=2))
    [nudge] = follow_up_nudges(world)
    assert (nudge.status, nudge.channel, nudge.subject) == ("sent", "email", FOLLOW_UP_READY)
    assert "Your follow-up to " in nudge.body and nudge.marker
    each_hour_until(world, clock, DUE + timedelta(days=3))
    assert world.mailed_to_self() == [*before, FOLLOW_UP_READY]  # once, and nothing after it
    assert [n.id for n in follow_up_nudges(world)] == [nudge.id]


@pytest.mark.parametrize("closing", ["dismiss", "sent", "follow_ups_off"])
def test_no_follow_up_nudge_once_it_is_closed_or_follow_ups_are_off(world, clock, closing):
    thank(world)
    at(world, clock, DUE + timedelta(minutes=1))
    [follow_up] = notes_of(world, "follow_up")
    if closing == "follow_ups_off":
        answer = world.client.patch("/api/me", json={"follow_ups_enabled": False}, headers=AUTH)
    else:
        answer = world.client.post(f"/api/notes/{follow_up.id}/{closing}", headers=AUTH)
    assert answer.status_code == 200
    each_hour_until(world, clock, DUE + timedelta(days=1))
    assert FOLLOW_UP_READY not in world.mailed_to_self()
    assert [n.status for n in follow_up_nudges(world)] == ["skipped"]


def test_with_nudges_off_the_follow_up_is_shown_in_the_sidebars_only(world, clock):
    thank(world)
    assert world.client.patch("/api/me", json={"nudges_enabled": False}, headers=AUTH).status_code == 200
    each_hour_until(world, clock, DUE + timedelta(days=1))
    assert [n.recipient_email for n in notes_of(world, "follow_up")] == [RECRUITING]
    assert FOLLOW_UP_READY not in world.mailed_to_self()
    assert [(n.status, n.channel) for n in follow_up_nudges(world)] == [("shown", "sidebar")]
