"""Connecting and disconnecting a Google account through google-auth-oauthlib against the fake."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import requests

from notes.store.model import User
from providers.google.auth import CALENDAR, DRAFTS, EMAIL, OPENID, SEND, SENT_CHECK
from tests.integration.google_support import AUTH, ME, account, connect, finish_connect, start_connect


def user_of(rt, acc) -> User:
    with rt.session() as session:
        return session.get(User, acc.user_id)


def test_connect_with_drafts_and_nudges_asks_pkce_offline_and_the_mailbox_scopes(gclient, fake, rt):
    back = start_connect(gclient, fake, drafts=True, nudges=True)
    asked = fake.oauth.authorizations[-1]
    assert asked["code_challenge_method"] == "S256" and asked["access_type"] == "offline"
    assert asked["redirect_uri"] == "https://afterview.test/oauth/google/callback" and asked["state"]
    page = finish_connect(gclient, back)
    assert page.status_code == 200 and ME in page.get_data(as_text=True)
    acc = account(rt)
    assert acc.status == "active" and acc.next_sync_at is not None
    assert set(acc.scopes.split()) == {OPENID, EMAIL, CALENDAR, DRAFTS, SEND, SENT_CHECK}
    exchange = fake.oauth.token_requests[0]
    assert exchange["grant_type"] == "authorization_code" and len(exchange["code_verifier"]) >= 43
    user = user_of(rt, acc)
    assert user.drafts_enabled and user.nudges_enabled
    assert acc.subject == fake.oauth.identities[ME].subject
    assert user.google_subject is None  # a connect link never makes the account sign in to its user


def test_tokens_are_encrypted_at_rest_and_carry_a_refresh_token(gclient, fake, rt):
    connect(gclient, fake)
    acc = account(rt)
    refresh = next(iter(fake.oauth.grants))
    assert refresh.encode() not in acc.token_blob
    credentials = rt.cipher.open(acc.token_blob)
    assert credentials["refresh_token"] == refresh and credentials["token"].startswith("ya29.")


def test_calendar_only_when_the_user_wants_neither_drafts_nor_nudges(gclient, fake, rt):
    connect(gclient, fake, drafts=False, nudges=False)
    acc = account(rt)
    assert set(acc.scopes.split()) == {OPENID, EMAIL, CALENDAR}
    user = user_of(rt, acc)
    assert not user.drafts_enabled and not user.nudges_enabled
    assert rt.mailbox(acc, rt.connection(acc)) is None


def test_a_scope_the_user_unticks_is_not_assumed(gclient, fake, rt):
    fake.oauth.withheld_scopes = {DRAFTS}
    connect(gclient, fake, drafts=True, nudges=True)
    acc = account(rt)
    assert DRAFTS not in acc.scopes.split()
    user = user_of(rt, acc)
    assert not user.drafts_enabled and user.nudges_enabled


def test_without_calendar_access_nothing_is_connected(gclient, fake, rt):
    fake.oauth.withheld_scopes = {CALENDAR}
    page = finish_connect(gclient, start_connect(gclient, fake))
    assert page.status_code == 400 and "calendar" in page.get_data(as_text=True)
    assert account(rt) is None


def test_state_is_single_use_and_an_unknown_state_is_refused(gclient, fake, rt):
    back = start_connect(gclient, fake)
    assert finish_connect(gclient, back).status_code == 200
    assert finish_connect(gclient, back).status_code == 400  # replayed
    forged = back.replace("state=", "state=x")
    assert finish_connect(gclient, forged).status_code == 400


def test_a_code_is_useless_without_its_own_pkce_verifier(gclient, fake, rt):
    first, second = start_connect(gclient, fake), start_connect(gclient, fake)
    code_of_second = parse_qs(urlsplit(second).query)["code"][0]
    swapped = first.split("?")[0] + "?" + "&".join(
        f"{k}={v[0]}" for k, v in {**parse_qs(urlsplit(first).query), "code": [code_of_second]}.items())
    page = finish_connect(gclient, swapped)
    assert page.status_code == 400 and "refused" in page.get_data(as_text=True)
    assert account(rt) is None


def test_the_user_declining_at_google_leaves_nothing(gclient, fake, rt):
    fake.oauth.deny_next = True
    page = finish_connect(gclient, start_connect(gclient, fake))
    assert page.status_code == 400 and "access_denied" in page.get_data(as_text=True)
    assert account(rt) is None


def test_a_connect_link_works_once(gclient, fake):
    answer = gclient.post("/api/connect/google", json={"drafts": True, "nudges": True}, headers=AUTH)
    link = urlsplit(answer.get_json()["url"])
    assert gclient.get(f"{link.path}?{link.query}").status_code == 302
    assert gclient.get(f"{link.path}?{link.query}").status_code == 404


def test_an_id_token_for_another_client_is_refused(gclient, fake, rt):
    original = fake.oauth.id_token
    fake.oauth.id_token = lambda email, audience: original(email, "someone-else.apps.googleusercontent.com")
    page = finish_connect(gclient, start_connect(gclient, fake))
    assert page.status_code == 400 and "could not be verified" in page.get_data(as_text=True)
    assert account(rt) is None


def test_disconnect_revokes_at_google_and_keeps_nothing(gclient, fake, rt):
    connect(gclient, fake)
    acc = account(rt)
    assert gclient.delete(f"/api/accounts/{acc.id}", headers=AUTH).status_code == 204
    assert account(rt) is None
    assert all(grant.revoked for grant in fake.oauth.grants.values())
    assert fake.count(path="/revoke") == 1
    refresh = next(iter(fake.oauth.grants))
    answer = requests.post(fake.config()["GOOGLE_TOKEN_URI"], timeout=10, data={
        "grant_type": "refresh_token", "refresh_token": refresh, "client_id": fake.oauth.client_id,
        "client_secret": fake.oauth.client_secret})
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"
    assert gclient.get("/api/accounts", headers=AUTH).get_json()["accounts"] == []


def test_a_consent_link_finished_in_another_browser_connects_nothing(gapp, gclient, fake, rt):
    """Someone who passes their flow's consent link to another person cannot get that
    person's calendar connected to their own Afterview user."""
    back = start_connect(gclient, fake)
    other_browser = gapp.test_client()
    page = finish_connect(other_browser, back)
    assert page.status_code == 400 and "another browser" in page.get_data(as_text=True)
    assert account(rt) is None
