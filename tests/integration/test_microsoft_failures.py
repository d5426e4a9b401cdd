"""Microsoft's own failures: Graph's Retry-After honoured within a call, msal's ways of saying a grant
is revoked, a failing token endpoint taken for an outage. What a failure leaves due is the use
cases' (``test_sync_failures``); which errors come out, the contract's (``tests/contract``)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from notes.store.model import Account, Interview, Nudge
from notes.usecases.syncing import sync_account
from providers.microsoft import MicrosoftConnector
from scheduler.ticks import run_round
from tests.fakes.microsoft_fixtures import account_of, connect, interview_event

DELTA = r"/v1.0/me/calendarView/delta$"


@pytest.fixture
def sleeps(ms_runtime, ms_server) -> list[float]:
    """The Microsoft connector with its waits recorded instead of slept."""
    recorded: list[float] = []
    cloud = ms_server.cloud
    ms_runtime.connectors["microsoft"] = MicrosoftConnector(
        cloud.client_id, cloud.client_secret, ms_server.authority, ms_server.graph_root, sleep=recorded.append)
    return recorded


@pytest.fixture
def synced(ms_client, ms_server, ms_user, ms_runtime, clock, sleeps):
    """A connected account synced once, with one upcoming interview."""
    ms_user.put_event(interview_event("iv-1", clock() + timedelta(days=1)))
    connect(ms_client, ms_server, {})
    assert sync_account(ms_runtime, account_of(ms_runtime).id, clock()).ok
    return account_of(ms_runtime)


def interview_ids(runtime) -> set[str]:
    with runtime.session() as session:
        return set(session.scalars(select(Interview.provider_event_id).where(Interview.status == "upcoming")))


def test_a_server_error_is_retried_a_few_times(synced, ms_server, ms_user, ms_runtime, clock, sleeps):
    ms_user.put_event(interview_event("iv-2", clock() + timedelta(days=2)))
    before = ms_server.cloud.count("GET", DELTA)
    ms_server.cloud.fail_next("GET", DELTA, 503, times=2, headers={"Retry-After": "2"})
    assert sync_account(ms_runtime, synced.id, clock()).ok
    assert ms_server.cloud.count("GET", DELTA) == before + 3
    assert sleeps == [2.0, 2.0]
    assert interview_ids(ms_runtime) == {"iv-1", "iv-2"}


def reconnect_nudges(runtime) -> list[Nudge]:
    with runtime.session() as session:
        return list(session.scalars(select(Nudge).where(Nudge.kind == "reconnect")))


@pytest.mark.parametrize("how", ["invalid_grant", "interaction_required"])
def test_a_revoked_grant_asks_to_reconnect_once(synced, ms_client, ms_server, ms_user, ms_runtime, clock, how):
    ms_server.cloud.revoke(ms_user, how)
    outcome = sync_account(ms_runtime, synced.id, clock())
    assert not outcome.ok and "AuthExpired" in outcome.error
    for _ in range(3):
        clock.advance(minutes=30)
        run_round(ms_runtime, clock())
    account = account_of(ms_runtime)
    assert account.status == "reauth_required" and account.next_sync_at is None
    [nudge] = reconnect_nudges(ms_runtime)
    assert nudge.status in ("sent", "shown")
    with ms_runtime.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 1

    del ms_server.cloud.revoked[ms_user.oid]  # the user signs in again
    assert connect(ms_client, ms_server, {}).status_code == 200
    assert account_of(ms_runtime).status == "active" and reconnect_nudges(ms_runtime) == []
    assert sync_account(ms_runtime, synced.id, clock()).ok


def test_a_failing_token_endpoint_is_an_outage_not_a_revocation(synced, ms_server, ms_runtime, clock):
    ms_server.cloud.expire_access_tokens()
    ms_server.cloud.fail_next("POST", r"/oauth2/v2.0/token$", 503, times=5,
                              body={"error": "temporarily_unavailable", "error_description": "AADSTS50000: busy"})
    outcome = sync_account(ms_runtime, synced.id, clock())
    account = account_of(ms_runtime)
    assert not outcome.ok and account.status == "active" and reconnect_nudges(ms_runtime) == []
    assert account.cursor == synced.cursor
