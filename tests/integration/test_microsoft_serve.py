"""``afterview serve`` run as a user runs it, with AFTERVIEW_MS_* and AFTERVIEW_GRAPH_API_ROOT pointed
at the fake Microsoft cloud: connect through the real sign-in (form post back), then wait for the
Outlook drafts of an interview that ended."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
import requests

from tests.fakes.microsoft_fixtures import MAILBOX, authorize, interview_event
from tests.fakes.microsoft_server import MicrosoftServer
from tests.serving import TOKEN, afterview_served


@pytest.fixture
def microsoft(monkeypatch):
    server = MicrosoftServer()
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", server.tls.path)
    user = server.cloud.add_user(MAILBOX, "Alex Rivera")
    yield server, user
    server.close()


@pytest.fixture
def served(microsoft, tmp_path):
    server, _ = microsoft
    settings = {"AFTERVIEW_MS_CLIENT_ID": server.cloud.client_id,
                "AFTERVIEW_MS_CLIENT_SECRET": server.cloud.client_secret, "AFTERVIEW_MS_AUTHORITY": server.authority,
                "AFTERVIEW_GRAPH_API_ROOT": server.graph_root, "REQUESTS_CA_BUNDLE": server.tls.path}
    with afterview_served(settings, tmp_path / "instance") as base:
        yield base


def test_serve_connects_microsoft_and_writes_the_outlook_drafts_of_an_ended_interview(microsoft, served):
    server, user = microsoft
    ended = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    user.put_event(interview_event("iv-serve", ended - timedelta(hours=1)))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    link = requests.post(f"{served}/api/connect/microsoft", json={"drafts": True}, headers=auth, timeout=10)
    assert link.status_code == 200, link.text
    assert link.json()["url"].startswith(f"{served}/oauth/microsoft/start?ticket=")
    sign_in = requests.get(link.json()["url"], allow_redirects=False, timeout=10)
    assert sign_in.status_code == 302 and sign_in.headers["Location"].startswith(server.authority)
    answer = authorize(server, sign_in.headers["Location"])  # auto-approved; answered by form post
    # the browser brings back the flow's cookie (Secure: a browser keeps it for a loopback address,
    # Python's cookie jar only for https, so it is carried by hand here)
    cookie = "; ".join(f"{c.name}={c.value}" for c in sign_in.cookies)
    page = requests.post(f"{served}/oauth/microsoft/callback", data=answer, timeout=30, headers={"Cookie": cookie})
    assert page.status_code == 200 and MAILBOX in page.text
    deadline = time.monotonic() + 60
    while len(server.cloud.graph.drafts_of(user)) < 2 and time.monotonic() < deadline:
        time.sleep(0.5)
    drafts = server.cloud.graph.drafts_of(user)
    assert sorted((d["toRecipients"][0]["emailAddress"]["address"], d["isDraft"]) for d in drafts) == [
        ("dana.whitfield@acmerobotics.com", True), ("omar.haddad@acmerobotics.com", True)]
    assert all(d["body"]["contentType"] == "HTML" and d["body"]["content"] for d in drafts)
    accounts = requests.get(f"{served}/api/accounts", headers=auth, timeout=10).json()["accounts"]
    assert [(a["provider"], a["status"]) for a in accounts] == [("microsoft", "active")]
    [interview] = requests.get(f"{served}/api/interviews", headers=auth, timeout=10).json()["interviews"]
    assert {n["draft_id"] for n in interview["notes"] if n["channel"] == "email"} == {
        d["immutable_id"] for d in drafts}
