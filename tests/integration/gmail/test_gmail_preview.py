"""The sidebar preview of the local service: the same cards, behind the local login token, in
local mode only."""
from __future__ import annotations

from datetime import timedelta

import pytest

from scheduler.ticks import run_round
from tests.calendars import calendar, interview
from tests.conftest import make_app

from .conftest import END, START, render_cards, texts, trigger_cards

AUTH = {"Authorization": "Bearer test-token"}


@pytest.fixture
def local(tmp_path, clock):
    """The loopback service with the local user's calendar and proposed notes."""
    app = make_app(f"sqlite:///{tmp_path / 'local.db'}", tmp_path / "local-instance")
    app.extensions["afterview.clock"] = clock
    client = app.test_client()
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=AUTH).status_code == 201
    clock.now = END + timedelta(minutes=15)
    run_round(app.extensions["afterview.runtime"], clock())
    yield client
    app.extensions["afterview.engine"].dispose()


def test_preview_serves_the_sidebar_cards_to_the_local_user(local):
    assert local.patch("/api/me", json={"time_zone": "Europe/Paris"}, headers=AUTH).status_code == 200
    [home] = trigger_cards(local.get("/api/preview/gmail/homepage", headers=AUTH).json)
    shown = " ".join(texts(home))
    assert "Acme Robotics · Data Analyst" in shown
    assert "Mon 2 Mar, 16:00" in shown  # 15:00 UTC in the user's own time zone
    [compose] = trigger_cards(local.get("/api/preview/gmail/compose", headers=AUTH).json)
    assert compose["name"] == "compose"
    assert local.get("/api/preview/gmail/elsewhere", headers=AUTH).status_code == 404


def test_preview_buttons_run_the_same_actions(local):
    [home] = trigger_cards(local.get("/api/preview/gmail/homepage", headers=AUTH).json)
    row = next(w["decoratedText"] for s in home["sections"] for w in s["widgets"]
               if "decoratedText" in w and "onClick" in w["decoratedText"])
    parameters = {p["key"]: p["value"] for p in row["onClick"]["action"]["parameters"]}
    event = {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", "parameters": parameters}}
    answer = local.post("/api/preview/gmail/action", json=event, headers=AUTH)
    [card] = render_cards(answer.json)
    assert card["header"]["title"] == "Acme Robotics · Data Analyst"


def test_preview_needs_the_login_token(local):
    assert local.get("/api/preview/gmail/homepage").status_code == 401
    assert local.get("/api/preview/gmail/homepage", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert local.post("/api/preview/gmail/action", json={}).status_code == 401
    page = local.get("/preview/gmail")
    assert page.status_code == 200 and "Acme" not in page.get_data(as_text=True)  # the page holds no data
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]


def test_preview_exists_in_local_mode_only(client, sidebar):
    """The deployed service (not local mode) has no preview at all."""
    assert client.get("/preview/gmail").status_code == 404
    assert client.get("/api/preview/gmail/homepage", headers=AUTH).status_code == 404
