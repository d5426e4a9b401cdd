"""Connecting a Microsoft account through real msal against the fake authority over TLS."""
from __future__ import annotations

import json
import re
from datetime import timedelta

from sqlalchemy import func, select

from addon.outlook import pane_tokens
from notes.store.model import Account, AuthFlow, User
from notes.usecases import service
from tests.fakes.microsoft_fixtures import AUTH, MAILBOX, account_of, authorize, callback_url, connect


def authorize_requests(server):
    return [r for r in server.cloud.requests if r["path"].endswith("/oauth2/v2.0/authorize")]


def count(runtime, model) -> int:
    with runtime.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_connect_with_drafts_and_nudges_stores_an_encrypted_token_cache(ms_client, ms_server, ms_user, ms_runtime):
    page = connect(ms_client, ms_server, {"drafts": True, "nudges": True})
    assert page.status_code == 200
    assert "Connected" in page.get_data(as_text=True) and MAILBOX in page.get_data(as_text=True)
    [asked] = authorize_requests(ms_server)
    assert set(asked["query"]["scope"].split()) >= {"User.Read", "Calendars.Read", "Mail.ReadWrite", "Mail.Send"}
    assert asked["query"]["code_challenge_method"] == "S256" and asked["query"]["nonce"]
    account = account_of(ms_runtime)
    assert (account.external_id, account.status) == (MAILBOX, "active")
    assert set(account.scopes.split()) == {"User.Read", "Calendars.Read", "Mail.ReadWrite", "Mail.Send"}
    refresh_tokens = list(ms_server.cloud.refresh_tokens)
    assert all(token.encode() not in account.token_blob for token in refresh_tokens)  # encrypted at rest
    cache = json.loads(ms_runtime.cipher.open(account.token_blob)["cache"])
    assert [rt["secret"] for rt in cache["RefreshToken"].values()] == refresh_tokens
    with ms_runtime.session() as session:
        user = session.get(User, account.user_id)
        assert (user.drafts_enabled, user.nudges_enabled) == (True, True)
        assert account.subject == f"{ms_user.tid}:{ms_user.oid}"
        assert user.microsoft_subject is None  # a connect link never makes the account sign in to its user
    assert count(ms_runtime, AuthFlow) == 0  # the flow is used once and removed


def test_calendar_only_asks_for_no_mailbox_scope(ms_client, ms_server, ms_user, ms_runtime):
    assert connect(ms_client, ms_server, {}).status_code == 200
    [asked] = authorize_requests(ms_server)
    assert not {"Mail.ReadWrite", "Mail.Send"} & set(asked["query"]["scope"].split())
    account = account_of(ms_runtime)
    with ms_runtime.session() as session:
        account = session.get(Account, account.id)
        assert ms_runtime.mailbox(account, ms_runtime.connection(account)) is None
        assert (account.user.drafts_enabled, account.user.nudges_enabled) == (False, False)


def test_the_flow_is_kept_server_side_encrypted_and_answers_only_once(ms_client, ms_server, ms_user, ms_runtime):
    link = ms_client.post("/api/connect/microsoft", json={"drafts": True}, headers=AUTH).get_json()["url"]
    start = ms_client.get(link)
    [cookie] = start.headers.getlist("Set-Cookie")  # only a random secret binding the flow to this browser
    with ms_runtime.session() as session:
        [flow] = session.scalars(select(AuthFlow))
        assert flow.provider == "microsoft" and b"code_verifier" not in flow.payload
        kept = ms_runtime.cipher.open(flow.payload)["flow"]
        assert kept["code_verifier"] and kept["code_verifier"] not in cookie and flow.state not in cookie
    fields = authorize(ms_server, start.headers["Location"])
    assert ms_client.post(callback_url(ms_client), data=fields).status_code == 200
    replay = ms_client.post(callback_url(ms_client), data=fields)
    assert replay.status_code == 400 and "already used" in replay.get_data(as_text=True)
    assert count(ms_runtime, Account) == 1


def test_an_answer_for_another_state_is_refused(ms_client, ms_server, ms_user, ms_runtime):
    link = ms_client.post("/api/connect/microsoft", json={}, headers=AUTH).get_json()["url"]
    fields = authorize(ms_server, ms_client.get(link).headers["Location"])
    answer = ms_client.post(callback_url(ms_client), data=dict(fields, state="forged-state"))
    assert answer.status_code == 400
    assert count(ms_runtime, Account) == 0


def test_a_flow_expires_after_fifteen_minutes(ms_client, ms_server, ms_user, ms_runtime, clock):
    link = ms_client.post("/api/connect/microsoft", json={}, headers=AUTH).get_json()["url"]
    fields = authorize(ms_server, ms_client.get(link).headers["Location"])
    clock.advance(minutes=16)
    answer = ms_client.post(callback_url(ms_client), data=fields)
    assert answer.status_code == 400 and "expired" in answer.get_data(as_text=True)
    assert count(ms_runtime, Account) == 0


def test_a_replayed_id_token_fails_the_nonce_check(ms_client, ms_server, ms_user, ms_runtime):
    ms_server.cloud.tamper_nonce = True
    answer = connect(ms_client, ms_server, {})
    assert answer.status_code == 400 and "replay" in answer.get_data(as_text=True)
    assert count(ms_runtime, Account) == 0


def test_declined_consent_is_explained_with_the_text_escaped(ms_client, ms_server, ms_user, ms_runtime):
    ms_server.cloud.decline = True
    answer = connect(ms_client, ms_server, {})
    text = answer.get_data(as_text=True)
    assert answer.status_code == 400 and "User declined to consent" in text
    assert count(ms_runtime, Account) == 0


def test_a_ticket_works_once_and_a_bare_start_is_refused(ms_client, ms_server, ms_user):
    link = ms_client.post("/api/connect/microsoft", json={}, headers=AUTH).get_json()["url"]
    assert ms_client.get(link).status_code == 302
    assert ms_client.get(link).status_code == 404
    assert ms_client.get("/oauth/microsoft/start").status_code == 400


def dialog_sign_in(client, server, query: str = "dialog=1"):
    base = client.application.config["BASE_URL"].rstrip("/")
    start = client.get(f"{base}/oauth/microsoft/start?{query}")
    assert start.status_code == 302
    return client.post(callback_url(client), data=authorize(server, start.headers["Location"]))


def test_the_task_pane_dialog_creates_the_user_from_the_id_token(ms_app, ms_client, ms_server, ms_user, ms_runtime):
    page = dialog_sign_in(ms_client, ms_server)
    assert page.status_code == 200
    token = re.search(r'data-token="([^"]+)"', page.get_data(as_text=True)).group(1)
    with ms_app.test_request_context():
        user_id = pane_tokens.user_of(token)
    with ms_runtime.session() as session:
        user = session.get(User, user_id)
        assert (user.email, user.microsoft_subject) == (MAILBOX, f"{ms_user.tid}:{ms_user.oid}")
        assert (user.drafts_enabled, user.nudges_enabled) == (False, False)
        assert [a.external_id for a in user.accounts] == [MAILBOX]
    again = dialog_sign_in(ms_client, ms_server, "dialog=1&drafts=1")
    assert again.status_code == 200
    assert count(ms_runtime, User) == 1 and count(ms_runtime, Account) == 1
    [_, second] = authorize_requests(ms_server)
    assert "Mail.ReadWrite" in second["query"]["scope"]


def test_the_dialog_never_links_to_an_existing_user_by_address_alone(ms_client, ms_server, ms_user, ms_runtime):
    with ms_runtime.session() as session:
        existing = service.ensure_user(session, MAILBOX).id
        session.commit()
    answer = dialog_sign_in(ms_client, ms_server)
    assert answer.status_code == 200
    with ms_runtime.session() as session:
        [account] = session.scalars(select(Account)).all()
        assert account.user_id != existing  # the sign-in got a user of its own
        assert session.get(User, existing).accounts == [] and session.get(User, existing).microsoft_subject is None


def test_a_reconnect_keeps_one_account(ms_client, ms_server, ms_user, ms_runtime, clock):
    connect(ms_client, ms_server, {})
    clock.advance(minutes=1)
    assert connect(ms_client, ms_server, {"drafts": True}).status_code == 200
    account = account_of(ms_runtime)
    assert count(ms_runtime, Account) == 1 and "Mail.ReadWrite" in account.scopes.split()
    assert timedelta(0) <= clock() - account.next_sync_at <= timedelta(minutes=1)


def test_a_consent_link_finished_in_another_browser_connects_nothing(ms_app, ms_client, ms_server, ms_user,
                                                                     ms_runtime):
    link = ms_client.post("/api/connect/microsoft", json={"drafts": True}, headers=AUTH).get_json()["url"]
    start = ms_client.get(link)
    fields = authorize(ms_server, start.headers["Location"])
    other_browser = ms_app.test_client()
    page = other_browser.post(callback_url(other_browser), data=fields)
    assert page.status_code == 400 and "another browser" in page.get_data(as_text=True)
    with ms_runtime.session() as session:
        assert session.scalars(select(Account)).all() == []
