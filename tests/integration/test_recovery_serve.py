"""Every miss is recoverable, end to end through ``afterview serve`` run as a user runs it: a missed
event listed by ``include=all`` becomes an interview with its notes at once, the next one of its
series follows, and an interview added by hand gets its notes from the scheduler once it ends."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from tests.calendars import calendar, vevent
from tests.serving import TOKEN, afterview_served

AUTH = {"Authorization": f"Bearer {TOKEN}"}
JORDAN = ("Jordan Lee", "jordan.lee@contoso.com")
SAM = ("Sam Ortiz", "sam.ortiz@northwind.com")


def missed_calendar(path: Path, now: datetime) -> None:
    """A weekly walkthrough with Jordan (the first ended an hour ago) and a catch-up with Sam."""
    first = now.replace(microsecond=0) - timedelta(hours=2)
    catch_up = first - timedelta(hours=2)
    path.write_bytes(calendar(
        vevent("walk", "Product walkthrough", first, first + timedelta(hours=1), people=[JORDAN], organizer=JORDAN,
               extra=["RRULE:FREQ=WEEKLY;COUNT=2"]),
        vevent("sam-1", "Catch-up", catch_up, catch_up + timedelta(hours=1), people=[SAM], organizer=SAM),
    ))


def connect(base: str, path: Path) -> None:
    answer = requests.post(f"{base}/api/connect/ics", json={"source": str(path)}, headers=AUTH, timeout=30)
    assert answer.status_code == 201, answer.text


def wait_for(check, what: str, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.5)
    raise AssertionError(f"{what} did not happen within {seconds} s")


@pytest.fixture
def served(tmp_path):
    with afterview_served({}, tmp_path / "instance") as base:
        yield base


def test_the_recovery_flow_through_afterview_serve(served, tmp_path):
    now = datetime.now(UTC)
    missed_calendar(tmp_path / "cal.ics", now)
    connect(served, tmp_path / "cal.ics")
    listed = requests.get(f"{served}/api/interviews?include=all", headers=AUTH, timeout=10).json()["interviews"]
    assert sorted((i["title"], i["status"]) for i in listed) == [("Catch-up", "other"),
                                                                  ("Product walkthrough", "other")]
    walk = next(i for i in listed if i["title"] == "Product walkthrough")

    made = requests.post(f"{served}/api/interviews/{walk['id']}/correction", json={"interview": True},
                         headers=AUTH, timeout=30)
    assert made.status_code == 200
    assert made.json()["status"] == "proposed" and [n["to"]["email"] for n in made.json()["notes"]] == [JORDAN[1]]
    interviews = requests.get(f"{served}/api/interviews", headers=AUTH, timeout=10).json()["interviews"]
    following = [i for i in interviews if i["status"] == "upcoming"]
    assert [i["title"] for i in following] == ["Product walkthrough"]  # next week's follows
    assert following[0]["reasons"][0] == "you said “Product walkthrough” of this series was an interview"

    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=3)
    call = {"title": "Phone screen", "company": "Initech", "role": "Data Analyst",
            "start": (soon - timedelta(minutes=30)).isoformat(), "end": soon.isoformat(),
            "people": [{"name": "Peter Gibbons", "email": "peter.gibbons@initech.com"}]}
    added = requests.post(f"{served}/api/interviews", json=call, headers=AUTH, timeout=30)
    assert added.status_code == 201 and added.json()["status"] == "upcoming" and added.json()["notes"] == []
    url = f"{served}/api/interviews/{added.json()['id']}"
    shown = wait_for(lambda: (lambda item: item if item["notes"] else None)(
        requests.get(url, headers=AUTH, timeout=10).json()), "the added interview's notes")
    assert shown["status"] == "proposed" and shown["notes"][0]["to"]["email"] == "peter.gibbons@initech.com"

    refused = requests.post(f"{served}/api/interviews", json={**call, "end": call["start"]}, headers=AUTH, timeout=10)
    assert refused.status_code == 400
    assert refused.json() == {"error": "end: the interview must end after it starts"}
