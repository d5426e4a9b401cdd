"""A calendar that suddenly shows none of its interviews: nothing is removed until the user
confirms, and then the edited notes stay, withdrawn, with their text."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scheduler.ticks import run_round
from tests.calendars import calendar, interview, vevent

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
MINE = "Dear Dana,\n\nThank you for the pipeline walk-through.\n\nAlex"
UIDS = ("iv-1", "iv-2", "iv-3")


def three_interviews() -> bytes:
    return calendar(*(interview(uid, START + timedelta(days=day), START + timedelta(days=day, hours=1))
                      for day, uid in enumerate(UIDS)))


@pytest.fixture
def three(client, auth, runtime, clock, tmp_path):
    """Three interviews on a connected calendar file, all proposed, one note edited."""
    path = tmp_path / "cal.ics"
    path.write_bytes(three_interviews())
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
    clock.now = START + timedelta(days=2, hours=2)
    run_round(runtime, clock())
    items = interviews(client, auth)
    assert [i["status"] for i in items] == ["proposed"] * 3
    first = next(i for i in items if i["uid"] == "iv-1")
    dana = next(n for n in first["notes"] if n["to"]["email"].startswith("dana") and n["channel"] == "email")
    assert client.patch(f"/api/notes/{dana['id']}", json={"body_text": MINE}, headers=auth).status_code == 200
    return {"path": path, "dana": dana["id"]}


def interviews(client, auth, include="") -> list[dict]:
    return client.get(f"/api/interviews{include}", headers=auth).json["interviews"]


def the_account(client, auth) -> dict:
    [account] = client.get("/api/accounts", headers=auth).json["accounts"]
    return account


def test_an_emptied_calendar_file_removes_nothing_and_warns(client, auth, runtime, clock, three):
    three["path"].write_bytes(calendar())
    run_round(runtime, clock.advance(minutes=6))
    assert [i["status"] for i in interviews(client, auth)] == ["proposed"] * 3
    account = the_account(client, auth)
    assert account["warning"] and "none of the 3 interviews" in account["warning"]
    assert account["pending_removals"] == 3 and account["status"] == "active"
    run_round(runtime, clock.advance(minutes=6))  # a later sync of the same empty file holds them still
    assert len(interviews(client, auth)) == 3 and the_account(client, auth)["pending_removals"] == 3


def test_confirming_retires_them_and_keeps_the_edited_note_withdrawn_with_its_text(client, auth, runtime, clock,
                                                                                  three):
    three["path"].write_bytes(calendar())
    run_round(runtime, clock.advance(minutes=6))
    account_id = the_account(client, auth)["id"]
    answer = client.post(f"/api/accounts/{account_id}/confirm-removal", headers=auth)
    assert answer.status_code == 200
    assert answer.json["account"]["warning"] is None and answer.json["account"]["pending_removals"] == 0
    assert interviews(client, auth) == []
    removed = interviews(client, auth, "?include=removed")
    assert sorted(i["uid"] for i in removed) == list(UIDS)
    assert {i["status"] for i in removed} == {"cancelled"} and {i["removed_reason"] for i in removed} == {"deleted"}
    kept = {n["id"]: n for i in removed for n in i["withdrawn_notes"]}
    assert kept[three["dana"]]["body_text"] == MINE and kept[three["dana"]]["status"] == "withdrawn"
    assert client.post(f"/api/accounts/{account_id}/confirm-removal", headers=auth).status_code == 200
    run_round(runtime, clock.advance(minutes=6))  # the next sync of the empty file changes nothing
    assert the_account(client, auth)["warning"] is None and interviews(client, auth) == []


def test_events_coming_back_clear_the_warning(client, auth, runtime, clock, three):
    three["path"].write_bytes(calendar())
    run_round(runtime, clock.advance(minutes=6))
    three["path"].write_bytes(three_interviews())
    run_round(runtime, clock.advance(minutes=6))
    account = the_account(client, auth)
    assert account["warning"] is None and account["pending_removals"] == 0
    notes = {n["id"]: n for i in interviews(client, auth) for n in i["notes"]}
    assert notes[three["dana"]]["status"] == "edited" and notes[three["dana"]]["body_text"] == MINE


def test_a_calendar_that_still_has_an_interview_is_trusted(client, auth, runtime, clock, three):
    three["path"].write_bytes(calendar(interview("iv-3", START + timedelta(days=2),
                                                 START + timedelta(days=2, hours=1))))
    run_round(runtime, clock.advance(minutes=6))
    assert [i["uid"] for i in interviews(client, auth)] == ["iv-3"]
    assert the_account(client, auth)["warning"] is None


def test_a_cancelled_event_is_retired_at_once_even_while_removals_are_held(client, auth, runtime, clock, three):
    three["path"].write_bytes(calendar(vevent("other", "Dentist", START, START + timedelta(hours=1))))
    run_round(runtime, clock.advance(minutes=6))
    assert the_account(client, auth)["pending_removals"] == 3
    three["path"].write_bytes(calendar(interview("iv-2", START + timedelta(days=1),
                                                 START + timedelta(days=1, hours=1), status="CANCELLED")))
    run_round(runtime, clock.advance(minutes=6))
    assert sorted(i["uid"] for i in interviews(client, auth)) == ["iv-1", "iv-3"]
    assert the_account(client, auth)["pending_removals"] == 2


def test_another_users_account_cannot_be_confirmed(app, client, auth, runtime, clock, three):
    from addon import auth as auth_module
    from notes.usecases import service

    three["path"].write_bytes(calendar())
    run_round(runtime, clock.advance(minutes=6))
    with runtime.unit_of_work() as session:
        other_id = service.ensure_user(session, "someone.else@example.org").id
    auth_module.add_authenticator(app, lambda token: other_id if token == "other-token" else None)
    account_id = the_account(client, auth)["id"]
    theirs = {"Authorization": "Bearer other-token"}
    assert client.post(f"/api/accounts/{account_id}/confirm-removal", headers=theirs).status_code == 404
    assert the_account(client, auth)["pending_removals"] == 3
