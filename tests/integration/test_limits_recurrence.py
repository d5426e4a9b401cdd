"""A calendar with an event repeating every minute or second: `scan`, connecting it and every
later sync answer at once, say what was skipped, and read the other events."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from addon.cli import main
from scheduler.ticks import run_round
from tests.calendars import calendar, interview, vevent

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


def flooded(tmp_path, freq: str):
    flood = vevent(f"flood-{freq}", "Focus time", START - timedelta(days=1), None, extra=[f"RRULE:FREQ={freq}"])
    path = tmp_path / f"{freq}.ics"
    path.write_bytes(calendar(flood, interview("iv-1", START, END)))
    return path


@pytest.mark.parametrize("freq, words", [("MINUTELY", "every minute"), ("SECONDLY", "every second")])
def test_scan_reads_the_other_events_and_says_on_stderr_what_it_skipped(tmp_path, freq, words):
    result = CliRunner().invoke(main, ["scan", str(flooded(tmp_path, freq)), "--me", "alex.rivera.jobs@gmail.com",
                                       "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert [json.loads(line)["uid"] for line in result.stdout.splitlines()] == ["iv-1"]
    assert result.stderr.startswith(f"warning: event flood-{freq} skipped: it repeats {words}")


def test_connecting_and_syncing_such_a_calendar_keeps_the_interview_and_shows_the_warning(
        client, auth, runtime, clock, tmp_path):
    answer = client.post("/api/connect/ics", json={"source": str(flooded(tmp_path, "MINUTELY"))}, headers=auth)
    assert answer.status_code == 201
    assert [w.split(":")[0] for w in answer.json["warnings"]] == ["event flood-MINUTELY skipped"]
    for _ in range(2):  # the second sync finds the feed unchanged: the warning stays
        clock.now = END + timedelta(minutes=10)
        run_round(runtime, clock())
        [account] = client.get("/api/accounts", headers=auth).json["accounts"]
        assert account["status"] == "active"
        assert "flood-MINUTELY" in account["last_error"] and "every minute" in account["last_error"]
    [item] = client.get("/api/interviews", headers=auth).json["interviews"]
    assert item["uid"] == "iv-1" and item["status"] == "proposed"
