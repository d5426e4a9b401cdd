"""Sent is seen soon: a "sync now" looks in the account's sent folder at once (at most once a
minute), through the real Google and Graph clients against the loopback fakes, so a note sent
from the mailbox shows as sent within a minute instead of at the next fifteen-minute check."""
from __future__ import annotations

from datetime import timedelta

from scheduler.ticks import run_round
from tests.fakes.microsoft_fixtures import connect as connect_microsoft, interview_event as graph_event
from tests.integration.google_support import AUTH, END, ME, connect, interview_event

DANA, OMAR = "dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"


def statuses(client) -> dict[str, str]:
    answer = client.get("/api/interviews", headers=AUTH)
    return {n["to"]["email"]: n["status"] for i in answer.json["interviews"] for n in i["notes"]
            if n["channel"] == "email"}


def sync_now(client) -> dict:
    [account] = client.get("/api/accounts", headers=AUTH).json["accounts"]
    answer = client.post(f"/api/accounts/{account['id']}/sync", headers=AUTH)
    assert answer.status_code == 202, answer.json
    return answer.json


def test_a_note_sent_from_gmail_shows_as_sent_after_a_sync_now(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake, drafts=True, nudges=False)
    run_round(rt, clock())
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())  # proposed; the periodic sent-check is fifteen minutes away
    assert statuses(gclient) == {DANA: "proposed", OMAR: "proposed"}
    clock.advance(minutes=2)
    fake.gmail.user_writes(ME, DANA, "Thank you", "Thank you, Dana.")
    assert sync_now(gclient)["found_sent"] == 1
    assert statuses(gclient) == {DANA: "sent", OMAR: "proposed"}
    clock.advance(seconds=20)
    fake.gmail.user_writes(ME, OMAR, "Thank you", "Thank you, Omar.")
    assert sync_now(gclient)["found_sent"] == 0  # asked again within the minute: not looked at twice
    assert statuses(gclient)[OMAR] == "proposed"
    clock.advance(seconds=41)
    assert sync_now(gclient)["found_sent"] == 1
    assert statuses(gclient) == {DANA: "sent", OMAR: "sent"}


def test_a_note_sent_from_outlook_shows_as_sent_after_a_sync_now(ms_client, ms_server, ms_user, ms_runtime, clock):
    end = clock() + timedelta(hours=1)
    ms_user.put_event(graph_event("iv-1", end - timedelta(hours=1)))
    connect_microsoft(ms_client, ms_server, {"drafts": True})
    clock.now = end + timedelta(minutes=11)
    run_round(ms_runtime, clock())
    assert statuses(ms_client) == {DANA: "proposed", OMAR: "proposed"}
    clock.advance(minutes=1)
    ms_server.cloud.graph.user_writes(ms_user, OMAR, "Thanks for today")
    assert sync_now(ms_client)["found_sent"] == 1
    assert statuses(ms_client) == {DANA: "proposed", OMAR: "sent"}


def test_the_pane_asks_for_the_sent_check_when_it_opens(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake, drafts=True, nudges=False)
    run_round(rt, clock())
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())
    fake.gmail.user_writes(ME, OMAR, "Thank you", "Thank you, Omar.")
    answer = gclient.post("/api/sent-check", headers=AUTH)
    assert answer.status_code == 200 and answer.json == {"found_sent": 1}
    assert statuses(gclient)[OMAR] == "sent"


def test_a_calendar_without_a_mailbox_is_synced_and_not_looked_into(client, auth, tmp_path):
    from tests.calendars import calendar, interview

    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", END - timedelta(hours=1), END)))
    account = client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).json["account"]
    answer = client.post(f"/api/accounts/{account['id']}/sync", headers=auth)
    assert answer.status_code == 202 and answer.json["found_sent"] == 0
    assert answer.json["account"]["provider"] == "ics"
