"""Entra access tokens on the JSON API, verified against keys published by a loopback JWKS server."""
from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from addon.outlook.entra import KeySet
from notes.store.model import User
from notes.usecases import service
from providers.ics import IcsConnector
from scheduler.ticks import run_round
from tests.calendars import calendar, interview
from tests.conftest import clocked_app, make_app
from tests.fakes.jwks_server import AUDIENCE, OTHER_TENANT, TENANT

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
API_URI = "api://afterview.example.com/" + AUDIENCE


@pytest.fixture
def app(tmp_path, clock, jwks):
    with clocked_app(tmp_path, clock, MS_JWKS_URL=jwks.url, MS_API_AUDIENCE=f"{AUDIENCE},{API_URI}",
                     MS_CLIENT_ID=AUDIENCE) as app:
        yield app


class Ticks:
    """A monotonic clock moved by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ticks(app, jwks) -> Ticks:
    """The app's key cache on a hand-moved clock."""
    clock = Ticks()
    app.extensions["afterview.ms_keys"] = KeySet(jwks.url, clock=clock)
    return clock


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def users(runtime) -> list[tuple[str, str | None]]:
    with runtime.session() as session:
        return [(u.email, u.microsoft_subject) for u in session.scalars(select(User).order_by(User.id))]


def with_interview(client, token, runtime, clock, tmp_path) -> list[dict]:
    """Give the token's user a proposed interview; returns its interviews as the API lists them.
    (The calendar is a file, which only a loopback server's own user may connect through the API.)"""
    assert client.get("/api/me", headers=bearer(token)).status_code == 200
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    with runtime.session() as session:
        user_id = session.scalars(select(User.id).order_by(User.id.desc())).first()
    runtime.connectors["ics"] = IcsConnector(public_only=False)
    service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    return client.get("/api/interviews", headers=bearer(token)).json["interviews"]


def test_a_valid_token_names_a_user_created_on_first_sight(client, jwks, runtime):
    token = jwks.token()
    answer = client.get("/api/interviews", headers=bearer(token))
    assert answer.status_code == 200 and answer.json == {"interviews": []}
    assert client.get("/api/accounts", headers=bearer(jwks.token())).status_code == 200
    subject = f"{TENANT}:00000000-0000-0000-66f3-3332eca7ea81"
    assert users(runtime) == [("dana.whitfield@contoso.example", subject)]
    assert client.get("/api/me", headers=bearer(token)).json["name"] == "Dana Whitfield"


def test_an_application_id_uri_audience_is_accepted_too(client, jwks):
    assert client.get("/api/interviews", headers=bearer(jwks.token(aud=API_URI))).status_code == 200


@pytest.mark.parametrize("claims, reason", [
    ({"lifetime": -3600}, "expired"),
    ({"nbf": 4_102_444_800}, "not yet valid"),
    ({"aud": "00000003-0000-0000-c000-000000000000"}, "Audience"),
    ({"iss": f"https://login.microsoftonline.com/{OTHER_TENANT}/v2.0"}, "own tenant"),
    ({"iss": f"https://sts.windows.net/{TENANT}/"}, "own tenant"),
    ({"tid": "common", "iss": "https://login.microsoftonline.com/common/v2.0"}, "own tenant"),
    ({"scp": "User.Read Mail.Read"}, "access_as_user scope"),
    ({"scp": None, "roles": ["access_as_user"]}, '"scp" claim'),
    ({"exp": None}, '"exp" claim'),
    ({"oid": None}, '"oid" claim'),
    ({"azp": "0e5f3b2a-9c1d-4e7f-8a6b-5c4d3e2f1a0b"}, "another application"),
    ({"azp": None}, '"azp" claim'),
], ids=["expired", "not-yet-valid", "wrong-audience", "other-tenant-issuer", "v1-issuer", "tenant-not-a-guid",
        "scope-missing", "app-only-token", "no-expiry", "no-object-id", "another-client", "no-client"])
def test_tokens_that_fail_a_check_are_refused(client, jwks, runtime, caplog, claims, reason):
    caplog.set_level(logging.INFO, logger="addon.outlook.entra")
    answer = client.get("/api/interviews", headers=bearer(jwks.token(**claims)))
    assert answer.status_code == 401
    assert answer.json == {"error": "missing or invalid token"}
    assert any(reason in record.getMessage() for record in caplog.records), caplog.text
    assert users(runtime) == []


def test_a_token_signed_by_an_unpublished_key_is_refused(client, jwks):
    from tests.fakes.jwks_server import SigningKey

    forger = SigningKey("key-1")  # the published kid, another private key
    assert client.get("/api/interviews", headers=bearer(jwks.token(key=forger))).status_code == 401
    tampered = jwks.token().rsplit(".", 1)[0] + "." + jwks.token(scp="x").rsplit(".", 1)[1]
    assert client.get("/api/interviews", headers=bearer(tampered)).status_code == 401


@pytest.mark.parametrize("algorithm, secret", [("HS256", "a-shared-secret-nobody-at-microsoft-uses-0123456789"),
                                               ("none", "")])
def test_tokens_with_another_algorithm_are_refused(client, jwks, algorithm, secret):
    answer = client.get("/api/interviews", headers=bearer(jwks.token(algorithm=algorithm, secret=secret)))
    assert answer.status_code == 401


def test_another_users_notes_are_not_found(client, jwks, runtime, clock, tmp_path):
    owner = jwks.token()
    [item] = with_interview(client, owner, runtime, clock, tmp_path)
    note_id = item["notes"][0]["id"]
    other = jwks.token(oid="11111111-2222-3333-4444-555555555555", preferred_username="omar@fabrikam.example")
    assert client.get("/api/interviews", headers=bearer(other)).json == {"interviews": []}
    for method, path in [("patch", f"/api/notes/{note_id}"), ("post", f"/api/notes/{note_id}/sent"),
                         ("post", f"/api/notes/{note_id}/dismiss"), ("post", f"/api/interviews/{item['id']}/details")]:
        answer = getattr(client, method)(path, json={"subject": "x", "text": "x"}, headers=bearer(other))
        assert answer.status_code == 404, path
    listed = client.get("/api/interviews", headers=bearer(owner)).json["interviews"]
    assert listed[0]["notes"][0]["status"] == "proposed"


def test_the_same_person_in_another_tenant_is_another_user(client, jwks, runtime):
    assert client.get("/api/me", headers=bearer(jwks.token())).status_code == 200
    guest = jwks.token(tid=OTHER_TENANT, preferred_username="dana@outlook.example")
    assert client.get("/api/me", headers=bearer(guest)).status_code == 200
    assert {subject.split(":")[0] for _email, subject in users(runtime)} == {TENANT, OTHER_TENANT}


def test_an_address_already_in_use_is_neither_taken_over_nor_in_the_way(client, jwks, runtime):
    with runtime.session() as session:
        service.ensure_user(session, "dana.whitfield@contoso.example")
        session.commit()
    assert client.get("/api/interviews", headers=bearer(jwks.token())).status_code == 200
    subject = f"{TENANT}:00000000-0000-0000-66f3-3332eca7ea81"
    assert users(runtime) == [("dana.whitfield@contoso.example", None), ("dana.whitfield@contoso.example", subject)]


def test_keys_are_fetched_once_and_refetched_for_a_new_kid(app, client, jwks, ticks):
    for _ in range(3):
        assert client.get("/api/interviews", headers=bearer(jwks.token())).status_code == 200
    assert jwks.fetches == 1
    rolled = jwks.rotate("key-2")
    ticks.now += 301
    assert client.get("/api/interviews", headers=bearer(jwks.token(key=rolled))).status_code == 200
    assert jwks.fetches == 2


def test_unknown_kids_cannot_make_afterview_hammer_the_key_endpoint(app, client, jwks, ticks):
    assert client.get("/api/interviews", headers=bearer(jwks.token())).status_code == 200
    ticks.now += 301
    for n in range(5):
        assert client.get("/api/interviews", headers=bearer(jwks.token(kid=f"made-up-{n}"))).status_code == 401
    assert jwks.fetches == 2  # the first load and one refetch for the first unknown kid


def test_tokens_are_refused_while_the_keys_cannot_be_fetched(client, jwks):
    jwks.failing = True
    assert client.get("/api/interviews", headers=bearer(jwks.token())).status_code == 401
    assert client.get("/api/interviews", headers=bearer(jwks.token())).status_code == 401
    assert jwks.fetches == 1  # a failed fetch waits before the next attempt


def test_garbage_and_pane_tokens_never_reach_the_key_endpoint(client, jwks, app):
    for token in ["not-a-jwt", "a.b.c", "av1.x.y.z"]:
        assert client.get("/api/interviews", headers=bearer(token)).status_code == 401
    assert jwks.fetches == 0


def test_without_an_audience_entra_tokens_are_refused(tmp_path, clock, jwks):
    app = make_app(f"sqlite:///{tmp_path / 'bare.db'}", tmp_path / "bare", MS_JWKS_URL=jwks.url)
    try:
        assert app.test_client().get("/api/interviews", headers=bearer(jwks.token())).status_code == 401
        assert jwks.fetches == 0
    finally:
        app.extensions["afterview.engine"].dispose()


def test_cached_keys_expire_and_unknown_kids_refetch_after_the_interval(jwks):
    ticks = Ticks()
    keys = KeySet(jwks.url, lifetime=3600, refetch_interval=300, clock=ticks)
    assert keys.key("key-1") is not None and jwks.fetches == 1
    jwks.rotate("key-2")
    assert keys.key("key-2") is None and jwks.fetches == 1  # within the interval: no refetch
    ticks.now += 301
    assert keys.key("key-2") is not None and jwks.fetches == 2
    assert keys.key("key-3") is None and jwks.fetches == 2
    ticks.now += 301
    assert keys.key("key-3") is None and jwks.fetches == 3
    ticks.now += 3600
    jwks.failing = True
    assert keys.key("key-1") is None and jwks.fetches == 4  # expired keys are not used when a refetch fails
    jwks.failing = False
    assert keys.key("key-1") is None and jwks.fetches == 4  # a failed fetch waits too
    ticks.now += 301
    assert keys.key("key-1") is not None and jwks.fetches == 5


def test_an_address_claimed_in_a_token_never_makes_it_the_local_pages_user(client, jwks, runtime, auth):
    """The local page's user is the one its login token stands for, found by nothing a token says:
    an Entra identity naming the same address first gets a user of its own."""
    claimed = jwks.token(preferred_username="alex.rivera.jobs@gmail.com", name="Someone Else")
    assert client.get("/api/me", headers=bearer(claimed)).status_code == 200
    assert client.patch("/api/me", json={"phone": "+1 555 0199"}, headers=bearer(claimed)).status_code == 200
    mine = client.get("/api/me", headers=auth).json
    assert mine["email"] == "alex.rivera.jobs@gmail.com" and mine["phone"] == ""
    with runtime.session() as session:
        assert len(session.scalars(select(User)).all()) == 2
