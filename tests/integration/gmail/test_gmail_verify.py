"""Google's certificates: fetched once, kept for their max-age, refetched when a new key appears
(at most every 30 seconds), and ID tokens checked against them."""
from __future__ import annotations

import pytest

from addon.gmail.verify import (
    CertsUnavailable,
    GoogleCerts,
    Unverified,
    max_age,
    verify_system_token,
    verify_user_token,
)
from tests.fakes.google_certs import GoogleCertsServer, TokenSigner

AUDIENCE = "https://afterview.test/gmail/homepage"
ACCOUNT = "service-4242@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"


class Ticks:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def published():
    first, second = TokenSigner("key-1"), TokenSigner("key-2")
    server = GoogleCertsServer([first], max_age=600)
    yield server, first, second
    server.close()


def test_keys_are_kept_for_their_max_age(published):
    server, first, _second = published
    ticks = Ticks()
    certs = GoogleCerts(server.url, clock=ticks)
    token = first.token(AUDIENCE, email=ACCOUNT, email_verified=True)
    for _ in range(3):
        assert verify_system_token(certs, token, AUDIENCE, ACCOUNT)["email"] == ACCOUNT
    assert server.fetches == 1
    ticks.now += 599
    verify_system_token(certs, token, AUDIENCE, ACCOUNT)
    assert server.fetches == 1
    ticks.now += 2
    verify_system_token(certs, token, AUDIENCE, ACCOUNT)
    assert server.fetches == 2


def test_a_new_key_is_fetched_but_unknown_keys_do_not_hammer_google(published):
    server, first, second = published
    ticks = Ticks()
    certs = GoogleCerts(server.url, clock=ticks)
    verify_system_token(certs, first.token(AUDIENCE, email=ACCOUNT, email_verified=True), AUDIENCE, ACCOUNT)
    rotated = second.token(AUDIENCE, email=ACCOUNT, email_verified=True)
    with pytest.raises(Unverified):
        verify_system_token(certs, rotated, AUDIENCE, ACCOUNT)  # fetched right now: not published yet
    server.signers.append(second)  # Google publishes its next key
    for _ in range(5):
        with pytest.raises(Unverified):
            verify_system_token(certs, rotated, AUDIENCE, ACCOUNT)
    assert server.fetches == 1
    ticks.now += 31
    assert verify_system_token(certs, rotated, AUDIENCE, ACCOUNT)["email"] == ACCOUNT
    assert server.fetches == 2


def test_fresh_keys_survive_an_outage_stale_ones_do_not(published):
    server, first, second = published
    ticks = Ticks()
    certs = GoogleCerts(server.url, clock=ticks)
    token = first.token(AUDIENCE, email=ACCOUNT, email_verified=True)
    verify_system_token(certs, token, AUDIENCE, ACCOUNT)
    server.failing = True
    ticks.now += 60
    with pytest.raises(Unverified):  # an unknown key triggers a refetch that fails: still refused
        verify_system_token(certs, second.token(AUDIENCE, email=ACCOUNT, email_verified=True), AUDIENCE, ACCOUNT)
    verify_system_token(certs, token, AUDIENCE, ACCOUNT)  # the cached key still works
    ticks.now += 600
    with pytest.raises(CertsUnavailable):
        verify_system_token(certs, token, AUDIENCE, ACCOUNT)
    tried = server.fetches
    for _ in range(3):
        with pytest.raises(CertsUnavailable):  # refused at once, without asking Google each time
            verify_system_token(certs, token, AUDIENCE, ACCOUNT)
    assert server.fetches == tried
    server.failing = False
    ticks.now += 31
    verify_system_token(certs, token, AUDIENCE, ACCOUNT)


def test_user_tokens_name_the_user(published):
    server, first, _second = published
    certs = GoogleCerts(server.url)
    token = first.token("client-id", sub="1234", email="alex@example.com", email_verified=True, name="Alex")
    identity = verify_user_token(certs, token, "client-id")
    assert (identity.subject, identity.email, identity.email_verified, identity.name) == \
        ("1234", "alex@example.com", True, "Alex")
    with pytest.raises(Unverified):
        verify_user_token(certs, first.token("client-id", sub="1234", email=None), "client-id")
    with pytest.raises(Unverified):
        verify_user_token(certs, first.token("client-id", sub=None, email="alex@example.com"), "client-id")
    with pytest.raises(Unverified):
        verify_user_token(certs, token, "")  # no client id configured: nobody gets in


@pytest.mark.parametrize("headers, seconds", [
    ({"Cache-Control": "public, max-age=19204, must-revalidate, no-transform"}, 19204),
    ({"Cache-Control": "public, max-age=100", "Age": "40"}, 60),
    ({"Cache-Control": "max-age=10", "Age": "40"}, 0),
    ({}, 300),
])
def test_max_age(headers, seconds):
    assert max_age(headers) == seconds
