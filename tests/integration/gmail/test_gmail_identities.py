"""Users are found by who signed in, never by address: a Microsoft identity whose token names
someone's Gmail address is not that person, whichever of the two comes first."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from notes.store.model import User
from providers.ics import IcsConnector
from scheduler.ticks import run_round
from tests.conftest import clocked_app
from tests.fakes.jwks_server import AUDIENCE, TENANT

from .conftest import ALEX, BASE_URL, CLIENT_ID, END, SERVICE_ACCOUNT, START, add_user_with_interviews


@pytest.fixture
def app(tmp_path, clock, certs, gmail, jwks):
    """One deployment serving both the Gmail add-on and the Outlook task pane."""
    with clocked_app(tmp_path, clock, BASE_URL=BASE_URL, LOCAL_MODE=False, GOOGLE_CERTS_URL=certs.url,
                     GOOGLE_API_ROOT=gmail.root, GOOGLE_ADDON_SERVICE_ACCOUNT=SERVICE_ACCOUNT,
                     GOOGLE_ADDON_CLIENT_ID=CLIENT_ID, MS_JWKS_URL=jwks.url, MS_API_AUDIENCE=AUDIENCE,
                     MS_CLIENT_ID=AUDIENCE) as app:
        app.extensions["afterview.runtime"].connectors["ics"] = IcsConnector(public_only=False)
        yield app


def identities(runtime) -> list[tuple[str, str | None, str | None]]:
    with runtime.session() as session:
        return [(u.email, u.google_subject, u.microsoft_subject)
                for u in session.scalars(select(User).order_by(User.id))]


def pane(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_a_microsoft_token_naming_a_gmail_address_first_never_becomes_that_persons_user(
        client, sidebar, jwks, runtime, clock, tmp_path):
    impostor = jwks.token(preferred_username=ALEX["email"], name=ALEX["name"])
    assert client.get("/api/me", headers=pane(impostor)).status_code == 200  # first on the scene
    assert sidebar.post("/gmail/homepage").status_code == 200  # Alex opens Gmail
    microsoft = f"{TENANT}:00000000-0000-0000-66f3-3332eca7ea81"  # the fake token's tid and oid
    assert identities(runtime) == [(ALEX["email"], None, microsoft), (ALEX["email"], ALEX["sub"], None)]
    add_user_with_interviews(runtime, clock, tmp_path, ALEX, "alex-iv", START)  # found by Alex's Google identity
    clock.now = END + timedelta(minutes=15)
    run_round(runtime, clock())
    assert client.get("/api/interviews", headers=pane(impostor)).json == {"interviews": []}


def test_a_microsoft_token_naming_a_gmail_address_later_gets_a_user_of_its_own(client, sidebar, jwks, runtime):
    assert sidebar.post("/gmail/homepage").status_code == 200
    impostor = jwks.token(preferred_username=ALEX["email"])
    assert client.get("/api/me", headers=pane(impostor)).status_code == 200
    [(_, alex_google, alex_microsoft), (_, other_google, other_microsoft)] = identities(runtime)
    assert (alex_google, alex_microsoft) == (ALEX["sub"], None)
    assert other_google is None and other_microsoft is not None
