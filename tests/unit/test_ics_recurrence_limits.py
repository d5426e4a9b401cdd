"""Recurrence within limits: dense series are refused with a warning, long ones are cut, and the
other events of the calendar are read as usual."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from providers.base import SyncWindow
from providers.ics import IcsCalendar, read_events
from providers.ics.source import parse_calendar

DAY = SyncWindow(datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC))
YEAR = SyncWindow(datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def cal(*body: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *body, "END:VCALENDAR"]) + "\r\n").encode()


def series(uid: str, rule: str, start: str = "20260302T090000Z") -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "SUMMARY:Standup", f"DTSTART:{start}", "DURATION:PT15M",
            f"RRULE:{rule}", "END:VEVENT"]


INTERVIEW = ["BEGIN:VEVENT", "UID:interview", "SUMMARY:Interview: Data Analyst", "DTSTART:20260302T150000Z",
             "DTEND:20260302T160000Z", "END:VEVENT"]


@pytest.mark.parametrize("rule, words", [
    ("FREQ=MINUTELY", "every minute"),
    ("FREQ=SECONDLY", "every second"),
    ("FREQ=MINUTELY;INTERVAL=90", "every minute"),
    ("FREQ=HOURLY;BYMINUTE=0,30", "2 times an hour"),
    ("FREQ=DAILY;BYHOUR=9;BYMINUTE=0,1,2;BYSECOND=0,30", "6 times an hour"),
])
def test_a_series_denser_than_hourly_is_refused_and_named_and_the_rest_is_read(rule, words):
    events, warnings = read_events(cal(*series("flood", rule), *INTERVIEW), DAY)
    assert [e.event_id for e in events] == ["interview"]
    [warning] = warnings
    assert warning.startswith("event flood skipped:") and words in warning and "at most hourly" in warning


def test_a_series_over_the_per_event_limit_is_cut_to_its_first_occurrences():
    from providers.ics.recurrence import occurrences

    calendar = parse_calendar(cal(*series("hourly", "FREQ=HOURLY"), *INTERVIEW))
    warnings: list[str] = []
    found = list(occurrences(calendar, YEAR, ZoneInfo("UTC"), warnings, max_per_series=50))
    hourly = [c for c in found if str(c["UID"]) == "hourly"]
    assert len(hourly) == 50 and [str(c["UID"]) for c in found].count("interview") == 1
    assert warnings == ["event hourly: more than 50 occurrences; only the first 50 were read"]
    assert hourly[0].decoded("DTSTART") == datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_the_calendar_limit_stops_reading_and_says_so():
    from providers.ics.recurrence import occurrences

    calendar = parse_calendar(cal(*series("a", "FREQ=DAILY"), *series("b", "FREQ=DAILY")))
    warnings: list[str] = []
    found = list(occurrences(calendar, YEAR, ZoneInfo("UTC"), warnings, max_per_calendar=400))
    assert len(found) == 400
    assert warnings == ["more than 400 occurrences in the calendar; the rest were skipped"]


def test_an_hourly_series_within_the_limits_is_read_whole():
    events, warnings = read_events(cal(*series("hourly", "FREQ=HOURLY;COUNT=24")), DAY)
    assert warnings == [] and len(events) == 15  # 09:00 to 23:00 on the day of the window


def test_a_frequent_rule_from_centuries_ago_is_refused_before_any_step():
    events, warnings = read_events(cal(*series("ancient", "FREQ=HOURLY", start="00010101T000000Z"), *INTERVIEW),
                                   DAY)
    assert [e.event_id for e in events] == ["interview"]
    assert len(warnings) == 1 and warnings[0].startswith("event ancient skipped:")
    daily_since_1900 = read_events(cal(*series("old", "FREQ=DAILY", start="19000101T090000Z")), DAY)
    assert [e.start.hour for e in daily_since_1900[0]] == [9] and daily_since_1900[1] == []


def test_a_refused_series_takes_its_moved_occurrences_with_it():
    moved = ["BEGIN:VEVENT", "UID:flood", "RECURRENCE-ID:20260302T091000Z", "SUMMARY:Standup (moved)",
             "DTSTART:20260302T120000Z", "DURATION:PT15M", "END:VEVENT"]
    events, warnings = read_events(cal(*series("flood", "FREQ=MINUTELY"), *moved, *INTERVIEW), DAY)
    assert [e.event_id for e in events] == ["interview"] and len(warnings) == 1


def test_a_feed_with_a_refused_series_keeps_its_warning_while_unchanged(tmp_path):
    path = tmp_path / "c.ics"
    path.write_bytes(cal(*series("flood", "FREQ=SECONDLY"), *INTERVIEW))
    source = IcsCalendar(str(path))
    first = source.changes(None, DAY)
    assert [e.event_id for e in first.events] == ["interview"]
    assert len(first.warnings) == 1 and "every second" in first.warnings[0]
    again = source.changes(first.cursor, DAY)
    assert again.unchanged and again.warnings == first.warnings
    path.write_bytes(cal(*INTERVIEW))
    fixed = source.changes(again.cursor, DAY)
    assert not fixed.unchanged and fixed.warnings == () and fixed.cursor != first.cursor


def test_a_scan_without_window_spans_a_year_and_the_limits_still_hold():
    events, warnings = read_events(cal(*series("flood", "FREQ=MINUTELY"), *series("weekly", "FREQ=WEEKLY")))
    assert {e.event_id.split("/")[0] for e in events} == {"weekly"}
    assert 52 <= len(events) <= 54 and len(warnings) == 1
    assert events[-1].start - events[0].start >= timedelta(days=360)
