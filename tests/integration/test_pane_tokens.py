"""Afterview's own task-pane tokens end when their user signs out or disconnects an account, and
the page that hands one over runs only its own scripts, is never framed and never cached."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from addon.outlook import pane_tokens
from notes.store.model import User
from tests.calendars import calendar, interview
from tests.fakes.microsoft_fixtures import authorize, callback_url

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


def pane_user(app, email: str = "omar@fabrikam.example") -> tuple[int, str]:
    with app.extensions["afterview.runtime"].session() as session:
        user = User(email=email, microsoft_subject=f"tenant:{email}")
        session.add(user)
        session.commit()
        user_id = user.id
    with app.test_request_context():
        return user_id, pane_tokens.issue(user_id)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_signing_out_ends_every_pane_token_of_the_user(app, client):
    user_id, token = pane_user(app)
    with app.test_request_context():
        other_window = pane_tokens.issue(user_id)
    _, someone_else = pane_user(app, "dana@contoso.example")
    assert client.get("/api/me", headers=bearer(token)).status_code == 200
    assert client.post("/api/sign-out", headers=bearer(token)).status_code == 204
    assert client.get("/api/me", headers=bearer(token)).status_code == 401
    assert client.get("/api/me", headers=bearer(other_window)).status_code == 401
    assert client.get("/api/me", headers=bearer(someone_else)).status_code == 200
    with app.test_request_context():
        fresh = pane_tokens.issue(user_id)  # signing in again works
    assert client.get("/api/me", headers=bearer(fresh)).json["email"] == "omar@fabrikam.example"


def test_disconnecting_an_account_ends_the_pane_tokens(app, client, runtime, clock, tmp_path):
    from notes.usecases import service
    from providers.ics import IcsConnector

    user_id, token = pane_user(app)
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    runtime.connectors["ics"] = IcsConnector(public_only=False)
    account_id, _ = service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    assert client.delete(f"/api/accounts/{account_id}", headers=bearer(token)).status_code == 204
    assert client.get("/api/accounts", headers=bearer(token)).status_code == 401


def test_a_token_signed_with_the_key_but_without_a_generation_is_refused(app, client):
    user_id, _ = pane_user(app)
    with app.test_request_context():
        legacy = pane_tokens.PREFIX + pane_tokens._serializer().dumps({"u": user_id})
    assert client.get("/api/me", headers=bearer(legacy)).status_code == 401


def test_the_page_handing_over_a_pane_token_runs_only_its_own_scripts(ms_client, ms_server, ms_user):  # noqa: F811
    base = ms_client.application.config["BASE_URL"].rstrip("/")
    start = ms_client.get(f"{base}/oauth/microsoft/start?dialog=1")
    page = ms_client.post(callback_url(ms_client), data=authorize(ms_server, start.headers["Location"]))
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and 'data-token="av1.' in text
    policy = page.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy and "'unsafe-inline'" not in policy
    scripts = re.findall(r"<script([^>]*)>", text)
    assert len(scripts) == 2 and all(f'nonce="{nonce}"' in attributes for attributes in scripts)
    assert page.headers["Cache-Control"] == "no-store" and page.headers["Referrer-Policy"] == "no-referrer"
    again = ms_client.post(callback_url(ms_client), data=authorize(
        ms_server, ms_client.get(f"{base}/oauth/microsoft/start?dialog=1").headers["Location"]))
    assert re.search(r"'nonce-([^']+)'", again.headers["Content-Security-Policy"]).group(1) != nonce
