"""Calendar sync through Graph's calendarView delta, with msal tokens, against the fake cloud."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Account, Interview, Note
from notes.usecases.syncing import sync_account
from scheduler.ticks import run_round
from tests.fakes.microsoft_fixtures import (  # noqa: F401  (fixtures)
    account_of,
    connect,
    interview_event,
    ms_app,
    ms_client,
    ms_runtime,
    ms_server,
    ms_user,
)
from tests.fakes.microsoft_graph_fake import graph_time


@pytest.fixture
def start(clock):
    return clock() + timedelta(hours=3)


def other_event(event_id: str, when, subject: str = "Team lunch") -> dict:
    return {"id": event_id, "type": "singleInstance", "subject": subject, "start": graph_time(when),
            "end": graph_time(when + timedelta(hours=1)), "isCancelled": False, "showAs": "busy",
            "responseStatus": {"response": "accepted"}, "attendees": [], "body": {"contentType": "text", "content": ""}}


def interviews(runtime) -> dict[str, Interview]:
    with runtime.session() as session:
        return {i.provider_event_id: i for i in session.scalars(select(Interview))}


def sync(runtime, clock):
    account = account_of(runtime)
    outcome = sync_account(runtime, account.id, clock())
    assert outcome.ok, outcome.error
    return outcome


def test_a_full_round_over_pages_then_only_the_changes(ms_client, ms_server, ms_user, ms_runtime, clock, start):
    ms_server.cloud.graph.max_page_size = 2
    ms_user.put_event(interview_event("iv-1", start))
    for n in range(4):
        ms_user.put_event(other_event(f"other-{n}", start + timedelta(days=n)))
    connect(ms_client, ms_server, {})
    sync(ms_runtime, clock)
    assert ms_server.cloud.count("GET", r"/me/calendarView/delta$") == 3  # five events, two per page
    row = interviews(ms_runtime)["iv-1"]
    assert (row.status, row.start_at, row.end_at) == ("upcoming", start.replace(microsecond=0),
                                                      start.replace(microsecond=0) + timedelta(hours=1))
    assert row.time_zone == "America/Los_Angeles" and "acme" in (row.company or "").lower()
    assert {p["email"] for p in row.people} == {"dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"}
    assert set(interviews(ms_runtime)) == {"iv-1"}

    ms_user.put_event(interview_event("iv-1", start + timedelta(days=1)))
    ms_user.remove_event("other-2")
    before = ms_server.cloud.count("GET", r"/me/calendarView/delta$")
    sync(ms_runtime, clock)
    assert ms_server.cloud.count("GET", r"/me/calendarView/delta$") == before + 1  # the delta link, one page
    assert interviews(ms_runtime)["iv-1"].start_at == start.replace(microsecond=0) + timedelta(days=1)

    ms_user.remove_event("iv-1")
    sync(ms_runtime, clock)
    assert interviews(ms_runtime)["iv-1"].status == "cancelled"


def test_a_declined_or_cancelled_invitation_is_no_interview(ms_client, ms_server, ms_user, ms_runtime, clock, start):
    ms_user.put_event(interview_event("declined", start, responseStatus={"response": "declined"}))
    ms_user.put_event(interview_event("cancelled", start + timedelta(days=1), isCancelled=True))
    ms_user.put_event(interview_event("kept", start + timedelta(days=2)))
    connect(ms_client, ms_server, {})
    sync(ms_runtime, clock)
    active = {k for k, row in interviews(ms_runtime).items() if row.status == "upcoming"}
    assert active == {"kept"}


def test_an_expired_delta_token_resyncs_in_full_without_duplicates(ms_client, ms_server, ms_user, ms_runtime, clock):
    end = clock() - timedelta(minutes=30)
    ms_user.put_event(interview_event("iv-1", end - timedelta(hours=1)))
    ms_user.put_event(interview_event("iv-2", clock() + timedelta(days=2)))
    connect(ms_client, ms_server, {})
    run_round(ms_runtime, clock())
    with ms_runtime.session() as session:
        notes_before = sorted(session.scalars(select(Note.recipient_email)))
    assert notes_before, "the ended interview has its notes"
    ms_server.cloud.graph.expire_delta_tokens()
    ms_user.put_event(interview_event("iv-2", clock() + timedelta(days=3)))
    ms_user.put_event(interview_event("iv-3", clock() + timedelta(days=4)))
    sync(ms_runtime, clock)
    assert ms_server.cloud.count("GET", r"/me/calendarView/delta$") == 3  # first round, expired token, new round
    rows = interviews(ms_runtime)
    assert sorted(rows) == ["iv-1", "iv-2", "iv-3"]
    assert rows["iv-1"].status == "proposed"
    assert rows["iv-2"].start_at.date() == (clock() + timedelta(days=3)).date()
    with ms_runtime.session() as session:
        assert sorted(session.scalars(select(Note.recipient_email))) == notes_before


def test_occurrences_with_few_fields_are_completed_from_their_series(ms_client, ms_server, ms_user, ms_runtime,
                                                                      clock, start):
    master = interview_event("series-1", start, type="seriesMaster",
                             recurrence={"pattern": {"type": "daily", "interval": 1}})
    ms_user.put_event(master)
    for n in range(3):
        when = start + timedelta(days=n)
        ms_user.put_event({"id": f"occ-{n}", "type": "occurrence", "seriesMasterId": "series-1",
                           "start": graph_time(when), "end": graph_time(when + timedelta(hours=1))})
    connect(ms_client, ms_server, {})
    sync(ms_runtime, clock)
    rows = interviews(ms_runtime)
    assert sorted(rows) == ["occ-0", "occ-1", "occ-2"]
    assert {row.title for row in rows.values()} == {"Interview: Data Analyst - Acme Robotics"}
    assert rows["occ-2"].start_at == start.replace(microsecond=0) + timedelta(days=2)
    assert ms_server.cloud.count("GET", r"/me/events/series-1$") == 1  # fetched once per sync


def test_tokens_are_refreshed_silently_and_written_back_only_when_changed(ms_client, ms_server, ms_user, ms_runtime,
                                                                         clock, start):
    ms_user.put_event(interview_event("iv-1", start))
    connect(ms_client, ms_server, {})
    refreshes = lambda: ms_server.cloud.count("POST", r"/oauth2/v2.0/token$") - 1  # noqa: E731
    stored = account_of(ms_runtime).token_blob
    sync(ms_runtime, clock)
    assert refreshes() == 0 and account_of(ms_runtime).token_blob == stored  # cache unchanged: not rewritten

    ms_server.cloud.expire_access_tokens()  # Graph answers 401: one fresh token, then it works
    ms_user.put_event(interview_event("iv-2", start + timedelta(days=1)))
    sync(ms_runtime, clock)
    assert refreshes() == 1 and "iv-2" in interviews(ms_runtime)
    refreshed = account_of(ms_runtime).token_blob
    assert refreshed != stored

    sync(ms_runtime, clock)
    assert refreshes() == 1 and account_of(ms_runtime).token_blob == refreshed


def test_an_access_token_near_its_end_is_renewed_before_use(ms_client, ms_server, ms_user, ms_runtime, clock, start):
    ms_server.cloud.token_lifetime = 120  # msal renews tokens with less than five minutes left
    connect(ms_client, ms_server, {})
    with ms_runtime.session() as session:
        assert session.get(Account, account_of(ms_runtime).id).status == "active"
    before = ms_server.cloud.count("POST", r"/oauth2/v2.0/token$")
    sync(ms_runtime, clock)
    assert ms_server.cloud.count("POST", r"/oauth2/v2.0/token$") == before + 1
    assert ms_server.cloud.count("GET", r"/me/calendarView/delta$") == 1  # no 401 on the way
