"""Notes without a mailbox of their own are written in the user's: interviews added by hand, notes of
thanks for help and interviews from an iCalendar feed get their drafts, the sent-check and the
follow-up through the Google or Microsoft account the user connected (``notes.usecases.mail_account``),
with each provider's loopback fake through the real clients and the test's clock."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Claim, Note
from scheduler.ticks import run_round
from tests.calendars import calendar, interview as ics_interview
from tests.fakes import microsoft_fixtures as ms
from tests.fakes.microsoft_fixtures import ms_app, ms_client, ms_runtime, ms_server, ms_user  # noqa: F401
from tests.integration import google_support as google
from tests.integration.google_support import fake, gapp, gclient, rt, sleeps  # noqa: F401 (fixtures)

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)  # a Monday; the clock starts at 12:00 that day
END = START + timedelta(hours=1)
DUE = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # answer within a week: by 9 March, plus two working days
AUTH = {"Authorization": "Bearer test-token"}
DANA, OMAR = "dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"
PRIYA = "priya.natarajan@globex.com"


@dataclass
class World:
    """One provider's mailbox and Afterview's side, before anything is connected."""

    provider: str
    client: object
    runtime: object
    connect: Callable[..., None]  # (drafts, nudges=False) -> the user connects the provider's account
    drafts: Callable[[], dict[str, str]]  # the mailbox's drafts: recipient -> draft id
    sends_draft: Callable[[str], None]  # the user sends a draft from the mailbox
    user_writes: Callable[[str], None]  # the user writes to this address from the mailbox
    company_writes: Callable[[str], None]  # a message from this sender arrives now
    inbox_reads: Callable[[], int]  # how often Afterview asked the mailbox for received mail
    revoke: Callable[[], None]  # the user revokes Afterview's grant at the provider
    unrevoke: Callable[[], None]  # the provider would grant again (then ``connect`` reconnects)


def _google(request) -> World:
    server, client, runtime = (request.getfixturevalue(name) for name in ("fake", "gclient", "rt"))

    def drafts() -> dict[str, str]:
        made = server.gmail.parsed_drafts(google.ME).items()
        return {str(m["To"].addresses[0].addr_spec): d for d, m in made}

    return World("google", client, runtime,
                 lambda on, nudges=False: google.connect(client, server, drafts=on, nudges=nudges), drafts,
                 lambda draft_id: server.gmail.user_sends_draft(google.ME, draft_id),
                 lambda to: server.gmail.user_writes(google.ME, to, "Thank you", "Thank you for your time."),
                 lambda sender: server.gmail.someone_writes(google.ME, sender, "Your application"),
                 lambda: server.count(google.ME, "/gmail/v1/users/me/messages"),
                 lambda: server.oauth.revoke_user(google.ME), lambda: None)


def _microsoft(request) -> World:
    server, user, client, runtime = (request.getfixturevalue(name)
                                     for name in ("ms_server", "ms_user", "ms_client", "ms_runtime"))

    def connect(on: bool, nudges: bool = False) -> None:
        assert ms.connect(client, server, {"drafts": on, "nudges": nudges}).status_code == 200

    def unrevoke() -> None:
        del server.cloud.revoked[user.oid]

    return World("microsoft", client, runtime, connect,
                 lambda: {m["toRecipients"][0]["emailAddress"]["address"]: m["immutable_id"]
                          for m in server.cloud.graph.drafts_of(user)},
                 lambda draft_id: server.cloud.graph.user_sends(user, draft_id),
                 lambda to: server.cloud.graph.user_writes(user, to, "Thank you"),
                 lambda sender: server.cloud.graph.someone_writes(user, sender, "Your application"),
                 lambda: server.cloud.count("GET", r"/me/mailFolders/inbox/messages$"),
                 lambda: server.cloud.revoke(user), unrevoke)


@pytest.fixture(params=["google", "microsoft"])
def world(request) -> World:
    return {"google": _google, "microsoft": _microsoft}[request.param](request)


def add_interview(world: World, details: str = "") -> dict:
    answer = world.client.post("/api/interviews", headers=AUTH, json={
        "title": "Phone screen", "company": "Acme Robotics", "role": "Data Analyst",
        "start": START.isoformat(), "end": END.isoformat(), "details": details,
        "people": [{"name": "Dana Whitfield", "email": DANA}, {"name": "Omar Haddad", "email": OMAR}]})
    assert answer.status_code == 201, answer.json
    return answer.json


def add_thanks(world: World) -> dict:
    answer = world.client.post("/api/thanks", headers=AUTH, json={
        "kind": "referral", "name": "Priya Natarajan", "email": PRIYA,
        "details": "referred me for the analyst opening at Acme Robotics"})
    assert answer.status_code == 201, answer.json
    return answer.json["note"]


def notes(world: World) -> dict[str, Note]:
    with world.runtime.session() as session:
        return {n.recipient_email: n for n in session.scalars(select(Note).where(Note.channel == "email"))}


def accounts(world: World) -> dict[str, dict]:
    return {a["provider"]: a for a in world.client.get("/api/accounts", headers=AUTH).json["accounts"]}


def sync_now(world: World, provider: str) -> int:
    answer = world.client.post(f"/api/accounts/{accounts(world)[provider]['id']}/sync", headers=AUTH)
    assert answer.status_code == 202, answer.json
    return answer.json["found_sent"]


def failures(world: World) -> list[str]:
    with world.runtime.session() as session:
        return [c.last_error for c in session.scalars(select(Claim).where(Claim.attempts > 0))]


def at(world: World, clock, moment: datetime) -> None:
    clock.now = moment
    run_round(world.runtime, clock())


def test_a_hand_added_interviews_notes_become_drafts_and_sending_one_marks_it_sent(world, clock):
    world.connect(True)
    at(world, clock, END + timedelta(minutes=11))
    add_interview(world)  # ended: its notes are proposed at once
    run_round(world.runtime, clock())
    made = world.drafts()
    assert set(made) == {DANA, OMAR}
    assert {a: (n.draft_id, n.draft_state) for a, n in notes(world).items()} == {
        a: (d, "created") for a, d in made.items()}
    clock.advance(minutes=2)
    world.sends_draft(made[DANA])
    assert sync_now(world, world.provider) == 1
    assert {a: n.status for a, n in notes(world).items()} == {DANA: "sent", OMAR: "proposed"}


def test_a_thanks_note_becomes_a_draft_and_is_found_sent(world, clock):
    world.connect(True)
    run_round(world.runtime, clock())
    note = add_thanks(world)
    run_round(world.runtime, clock())
    made = world.drafts()
    assert list(made) == [PRIYA] and notes(world)[PRIYA].draft_id == made[PRIYA]
    clock.advance(minutes=5)
    world.sends_draft(made[PRIYA])
    assert sync_now(world, world.provider) == 1
    [shown] = world.client.get("/api/thanks", headers=AUTH).json["notes"]
    assert (shown["id"], shown["status"]) == (note["id"], "sent")


def test_a_sent_thanks_is_found_by_the_periodic_sent_check_too(world, clock):
    world.connect(True)
    run_round(world.runtime, clock())
    add_thanks(world)
    run_round(world.runtime, clock())
    world.sends_draft(world.drafts()[PRIYA])
    for _ in range(2):
        run_round(world.runtime, clock.advance(minutes=16))
    assert notes(world)[PRIYA].status == "sent"


def test_a_hand_added_interview_gets_its_follow_up_when_nobody_wrote(world, clock):
    world.connect(True)
    at(world, clock, END + timedelta(minutes=11))
    add_interview(world, "They will get back to me within a week.")
    run_round(world.runtime, clock())
    thanks = notes(world)[DANA]
    assert world.client.post(f"/api/notes/{thanks.id}/sent", headers=AUTH).status_code == 200
    world.company_writes("someone@globex.com")  # another company: no answer from Acme
    at(world, clock, DUE - timedelta(hours=1))
    assert [n for n in notes(world).values() if n.kind == "follow_up"] == []
    reads = world.inbox_reads()
    at(world, clock, DUE + timedelta(minutes=1))
    [follow_up] = [n for n in notes(world).values() if n.kind == "follow_up"]
    assert world.inbox_reads() > reads
    assert follow_up.recipient_email in (DANA, OMAR) and "within a week" in follow_up.body_text
    run_round(world.runtime, clock.advance(minutes=1))  # drafts are on: it waits in the mailbox too
    assert world.drafts()[follow_up.recipient_email] == notes(world)[follow_up.recipient_email].draft_id


def test_a_hand_added_interview_gets_no_follow_up_when_the_company_wrote(world, clock):
    world.connect(True)
    at(world, clock, END + timedelta(minutes=11))
    add_interview(world, "They will get back to me within a week.")
    thanks = notes(world)[DANA]
    assert world.client.post(f"/api/notes/{thanks.id}/sent", headers=AUTH).status_code == 200
    at(world, clock, datetime(2026, 3, 5, 10, 0, tzinfo=UTC))
    world.company_writes("talent@acmerobotics.com")
    reads = world.inbox_reads()
    at(world, clock, DUE + timedelta(hours=1))
    assert world.inbox_reads() > reads  # the mailbox was asked, and said the company wrote
    assert [n for n in notes(world).values() if n.kind == "follow_up"] == []


def test_with_an_icalendar_feed_only_nothing_is_drafted_until_a_mailbox_is_connected(world, clock, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(ics_interview("iv-1", START, END)))
    answer = world.client.post("/api/connect/ics", json={"source": str(path)}, headers=AUTH)
    assert answer.status_code in (200, 201), answer.json
    at(world, clock, END + timedelta(minutes=11))
    add_thanks(world)
    for _ in range(3):
        run_round(world.runtime, clock.advance(minutes=16))
    assert sync_now(world, "ics") == 0
    assert {a: (n.status, n.draft_id) for a, n in notes(world).items()} == {
        DANA: ("proposed", None), OMAR: ("proposed", None), PRIYA: ("proposed", None)}
    assert failures(world) == [] and world.drafts() == {}

    world.connect(True)  # the iCalendar interview and the thanks are written in this mailbox from now on
    run_round(world.runtime, clock())
    made = world.drafts()
    assert set(made) == {DANA, OMAR, PRIYA}
    assert {a: n.draft_id for a, n in notes(world).items()} == made
    clock.advance(minutes=2)
    world.sends_draft(made[OMAR])
    assert sync_now(world, "ics") == 1  # a sync now of the feed looks in the mailbox its notes are in
    assert notes(world)[OMAR].status == "sent" and failures(world) == []


def test_connected_later_without_drafts_nothing_is_drafted_and_sent_mail_is_found(world, clock):
    at(world, clock, END + timedelta(minutes=11))
    add_interview(world)
    world.connect(False, nudges=True)  # mail may be read and sent, drafts are off
    run_round(world.runtime, clock())
    assert world.drafts() == {} and all(n.draft_id is None for n in notes(world).values())
    world.company_writes("someone@globex.com")
    clock.advance(minutes=2)
    world.user_writes(DANA)
    assert sync_now(world, world.provider) == 1
    assert notes(world)[DANA].status == "sent"


def test_a_paused_accounts_notes_wait_until_it_is_reconnected(world, clock):
    world.connect(True)
    run_round(world.runtime, clock())
    world.revoke()
    for _ in range(3):
        run_round(world.runtime, clock.advance(minutes=30))
    assert accounts(world)[world.provider]["status"] == "reauth_required"
    at(world, clock, END + timedelta(minutes=11))
    add_interview(world)
    add_thanks(world)
    for _ in range(3):
        run_round(world.runtime, clock.advance(minutes=20))
    waiting = notes(world)
    assert world.drafts() == {} and set(waiting) == {DANA, OMAR, PRIYA}
    assert all(n.draft_id is None and n.draft_due_at is not None for n in waiting.values())  # due, not dropped
    world.unrevoke()
    world.connect(True)
    run_round(world.runtime, clock())
    made = world.drafts()
    assert set(made) == {DANA, OMAR, PRIYA}
    assert {a: n.draft_id for a, n in notes(world).items()} == made
