"""Reversible actions through the local API: "dismiss", "sent" and "not an interview" can be
undone, and nothing the user wrote is lost by a correction or a re-sync."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from scheduler.ticks import run_round
from tests.calendars import calendar, interview

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
MINE = "Dear Dana,\n\nThank you for the pipeline walk-through; I keep thinking about it.\n\nAlex"


@pytest.fixture
def proposed(client, auth, runtime, clock, tmp_path):
    """The local user's ICS calendar with one interview, its notes proposed."""
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    return path


def the_interview(client, auth, include="") -> dict:
    [item] = client.get(f"/api/interviews{include}", headers=auth).json["interviews"]
    return item


def email_notes(item: dict) -> list[dict]:
    return sorted((n for n in item["notes"] if n["channel"] == "email"), key=lambda n: n["to"]["email"])


def edit_dana(client, auth) -> dict:
    dana = email_notes(the_interview(client, auth))[0]
    answer = client.patch(f"/api/notes/{dana['id']}", json={"body_text": MINE}, headers=auth)
    assert answer.status_code == 200 and answer.json["status"] == "edited"
    return answer.json


def test_undoing_dismiss_brings_back_an_edited_note_with_its_text(client, auth, proposed):
    dana = edit_dana(client, auth)
    assert client.post(f"/api/notes/{dana['id']}/dismiss", headers=auth).json["status"] == "dismissed"
    answer = client.post(f"/api/notes/{dana['id']}/restore", headers=auth)
    assert answer.status_code == 200
    assert answer.json["status"] == "edited" and answer.json["body_text"] == MINE
    assert answer.json["findings"] is not None
    assert [n["status"] for n in email_notes(the_interview(client, auth))] == ["edited", "proposed"]


def test_undoing_sent_returns_a_proposed_note_to_proposed(client, auth, proposed):
    omar = email_notes(the_interview(client, auth))[1]
    sent = client.post(f"/api/notes/{omar['id']}/sent", headers=auth).json
    assert sent["status"] == "sent" and sent["sent_at"]
    answer = client.post(f"/api/notes/{omar['id']}/restore", headers=auth)
    assert answer.status_code == 200
    assert answer.json["status"] == "proposed" and answer.json["sent_at"] is None
    assert answer.json["body_text"] == omar["body_text"]
    again = client.post(f"/api/notes/{omar['id']}/restore", headers=auth)  # an open note stays as it is
    assert again.status_code == 200 and again.json["status"] == "proposed"


def test_restoring_is_the_users_own_and_a_withdrawn_note_comes_back_only_with_its_interview(
        app, client, auth, proposed):
    dana = edit_dana(client, auth)
    item = the_interview(client, auth)
    assert client.post(f"/api/interviews/{item['id']}/correction", json={"interview": False},
                       headers=auth).status_code == 200
    answer = client.post(f"/api/notes/{dana['id']}/restore", headers=auth)
    assert answer.status_code == 409 and "interview" in answer.json["error"]
    assert client.post("/api/notes/999999/restore", headers=auth).status_code == 404


def test_not_an_interview_and_back_restores_the_edited_note_with_its_text(client, auth, proposed):
    dana = edit_dana(client, auth)
    item = the_interview(client, auth)
    assert item["has_edited_notes"] is True
    gone = client.post(f"/api/interviews/{item['id']}/correction", json={"interview": False}, headers=auth).json
    assert gone["status"] == "not_interview" and gone["interview"] is False
    assert gone["notes"] == [] or all(n["status"] != "withdrawn" for n in gone["notes"])
    kept = {n["id"]: n for n in gone["withdrawn_notes"]}
    assert kept[dana["id"]]["body_text"] == MINE
    back = client.post(f"/api/interviews/{item['id']}/correction", json={"interview": True}, headers=auth).json
    assert back["status"] == "proposed" and back["interview"] is True
    restored = {n["id"]: n for n in back["notes"]}
    assert restored[dana["id"]]["status"] == "edited" and restored[dana["id"]]["body_text"] == MINE
    assert {n["id"] for n in back["notes"]} == {n["id"] for n in item["notes"]}  # every note is back
    assert back["withdrawn_notes"] == []


def test_an_interview_without_edits_says_so(client, auth, proposed):
    assert the_interview(client, auth)["has_edited_notes"] is False


def test_a_rescheduled_interview_keeps_the_edited_note_through_the_new_proposal(client, auth, runtime, clock,
                                                                              proposed):
    dana = edit_dana(client, auth)
    later = clock() + timedelta(days=1)
    proposed.write_bytes(calendar(interview("iv-1", later, later + timedelta(hours=1))))
    run_round(runtime, clock.advance(minutes=6))
    assert the_interview(client, auth)["status"] == "upcoming"
    clock.now = later + timedelta(hours=1, minutes=11)
    run_round(runtime, clock())
    item = the_interview(client, auth)
    assert item["status"] == "proposed"
    notes = {n["id"]: n for n in item["notes"]}
    assert notes[dana["id"]]["status"] == "edited" and notes[dana["id"]]["body_text"] == MINE


def test_a_cancelled_then_reinstated_event_brings_the_edited_note_back(client, auth, runtime, clock, proposed):
    dana = edit_dana(client, auth)
    proposed.write_bytes(calendar(interview("iv-1", START, END, status="CANCELLED")))
    run_round(runtime, clock.advance(minutes=6))
    cancelled = the_interview(client, auth, "?include=removed")
    assert cancelled["status"] == "cancelled" and cancelled["removed_reason"] == "cancelled"
    assert {n["id"]: n["body_text"] for n in cancelled["withdrawn_notes"]}[dana["id"]] == MINE
    proposed.write_bytes(calendar(interview("iv-1", START, END, status="CONFIRMED")))
    run_round(runtime, clock.advance(minutes=6))
    item = the_interview(client, auth)
    assert item["status"] == "proposed" and item["removed_reason"] is None
    notes = {n["id"]: n for n in item["notes"]}
    assert notes[dana["id"]]["status"] == "edited" and notes[dana["id"]]["body_text"] == MINE


def test_a_deleted_event_keeps_its_edited_note_withdrawn_and_says_why(client, auth, runtime, clock, proposed):
    dana = edit_dana(client, auth)
    proposed.write_bytes(calendar())
    run_round(runtime, clock.advance(minutes=6))
    assert client.get("/api/interviews", headers=auth).json["interviews"] == []  # the list is as before
    item = the_interview(client, auth, "?include=removed")
    assert item["status"] == "cancelled" and item["removed_reason"] == "deleted"
    kept = {n["id"]: n for n in item["withdrawn_notes"]}
    assert kept[dana["id"]]["status"] == "withdrawn" and kept[dana["id"]]["body_text"] == MINE
    assert kept[dana["id"]]["edited_at"]
    accounts = client.get("/api/accounts", headers=auth).json["accounts"]
    assert accounts[0]["warning"] is None  # one interview gone is an ordinary removal
