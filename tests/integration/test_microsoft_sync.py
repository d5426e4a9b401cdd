"""Outlook calendars' own ways through Graph, beyond the calendar contract (``tests/contract``):
occurrences completed from their series, and msal's tokens renewed silently and kept only when changed."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Account, Interview
from notes.usecases.syncing import sync_account
from tests.fakes.microsoft_fixtures import account_of, connect, interview_event
from tests.fakes.microsoft_graph_fake import graph_time


@pytest.fixture
def start(clock):
    return clock() + timedelta(hours=3)


def interviews(runtime) -> dict[str, Interview]:
    with runtime.session() as session:
        return {i.provider_event_id: i for i in session.scalars(select(Interview))}


def sync(runtime, clock):
    account = account_of(runtime)
    outcome = sync_account(runtime, account.id, clock())
    assert outcome.ok, outcome.error
    return outcome


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
