"""``afterview serve`` run as a user runs it, with AFTERVIEW_GOOGLE_* pointed at the fake Google:
connect through the real OAuth redirects, then wait for the drafts of an interview that ended."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
import requests

from tests.fakes.google_server import FakeGoogle
from tests.integration.google_support import ME, interview_event
from tests.serving import TOKEN, afterview_served


@pytest.fixture
def google():
    fake = FakeGoogle().start()
    fake.add_user(ME, "Alex Rivera")
    yield fake
    fake.stop()


@pytest.fixture
def served(google, tmp_path):
    settings = {**{f"AFTERVIEW_{k}": v for k, v in google.config().items()}, "REQUESTS_CA_BUNDLE": google.ca_path}
    with afterview_served(settings, tmp_path / "instance") as base:
        yield base


def browser_cookies(response) -> str:
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in response.cookies)


def test_serve_connects_google_and_writes_the_drafts_of_an_ended_interview(google, served):
    ended = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    google.calendar.put_event(ME, interview_event("iv-serve", ended - timedelta(hours=1), ended))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    link = requests.post(f"{served}/api/connect/google", json={"drafts": True, "nudges": True},
                         headers=auth, timeout=10).json()["url"]
    assert link.startswith(f"{served}/oauth/google/start?ticket=")
    consent = requests.get(link, allow_redirects=False, timeout=10)
    assert consent.status_code == 302 and consent.headers["Location"].startswith(google.base_url)
    back = requests.get(consent.headers["Location"], allow_redirects=False, timeout=10, verify=google.ca_path)
    assert back.headers["Location"].startswith(f"{served}/oauth/google/callback?")
    # the browser brings back the flow's cookie (Secure: a browser keeps it for a loopback address,
    # Python's cookie jar only for https, so it is carried by hand here)
    page = requests.get(back.headers["Location"], allow_redirects=False, timeout=30,
                        headers={"Cookie": browser_cookies(consent)})
    assert page.status_code == 200 and ME in page.text
    deadline = time.monotonic() + 60
    while (len(google.gmail.parsed_drafts(ME)) < 2 or not google.gmail.inbox(ME)) and time.monotonic() < deadline:
        time.sleep(0.5)  # drafts, then the ready nudge, come from the scheduler's ticks
    drafts = google.gmail.parsed_drafts(ME)
    assert sorted(str(d["To"]) for d in drafts.values()) == [
        "Dana Whitfield <dana.whitfield@acmerobotics.com>", "Omar Haddad <omar.haddad@acmerobotics.com>"]
    accounts = requests.get(f"{served}/api/accounts", headers=auth, timeout=10).json()["accounts"]
    assert [(a["provider"], a["name"], a["status"]) for a in accounts] == [("google", ME, "active")]
    listed = requests.get(f"{served}/api/interviews", headers=auth, timeout=10).json()["interviews"]
    assert [i["company"] for i in listed] == ["Acme Robotics"]
    assert len(google.gmail.inbox(ME)) == 1  # the ready nudge, by mail
