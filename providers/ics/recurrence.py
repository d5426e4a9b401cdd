"""Occurrences of an iCalendar's events within a window, produced lazily and within limits.

A crafted calendar can describe millions of occurrences in a few bytes: one event repeating
every second fills a year with 31 million of them. So:

- a series that repeats more often than hourly (``FREQ=SECONDLY`` or ``MINUTELY``, or several
  ``BYMINUTE``/``BYSECOND`` values in one hour) is refused, and so is a frequent rule that starts
  so long before the window that reaching it would take millions of steps;
- occurrences are produced one series at a time, one at a time, and at most
  ``MAX_PER_SERIES`` per series and ``MAX_PER_CALENDAR`` per calendar are read.

Each refusal or cut is a warning naming the event; the other events are read as usual.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from ..base import SyncWindow
from .events import as_utc

MAX_PER_SERIES = 1000  # a daily meeting over the longest window is about 400
MAX_PER_CALENDAR = 20_000
MAX_RULE_STEPS = 1_000_000  # iterations from DTSTART to the window's end (about a second's work)
_STEP = {"HOURLY": timedelta(hours=1), "DAILY": timedelta(days=1)}  # coarser rules are cheap enough
_SUB_HOURLY = {"SECONDLY": "every second", "MINUTELY": "every minute"}


def occurrences(
    calendar: icalendar.Calendar,
    window: SyncWindow,
    zone: ZoneInfo,
    warnings: list[str],
    max_per_series: int = MAX_PER_SERIES,
    max_per_calendar: int = MAX_PER_CALENDAR,
) -> Iterator:
    """Every occurrence (a VEVENT component) in ``window``, series by series; what is refused
    or cut is appended to ``warnings``."""
    refused = _refused_series(calendar, window, zone, warnings)
    total = 0
    for uid, query in _queries(_without(calendar, refused), warnings):
        for series in query.series:
            label = _uid(series, uid)
            produced = 0
            try:
                for occurrence in series.between(window.start, window.end):
                    if total >= max_per_calendar:
                        warnings.append(f"more than {max_per_calendar} occurrences in the calendar; "
                                        "the rest were skipped")
                        return
                    if produced >= max_per_series:
                        warnings.append(f"event {label}: more than {max_per_series} occurrences; "
                                        f"only the first {max_per_series} were read")
                        break
                    produced += 1
                    total += 1
                    yield occurrence.as_component(False)
            except Exception as exc:  # the library raises many kinds on odd input: this series only
                _name_once(warnings, label, f"event {label} skipped: cannot expand it ({_short(exc)})")


def _refused_series(calendar, window: SyncWindow, zone: ZoneInfo, warnings: list[str]) -> set[str]:
    """UIDs of series whose rules are too dense to expand, each named in ``warnings``."""
    refused: set[str] = set()
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID") or "")
        reason = _too_dense(component, window, zone)
        if reason and uid not in refused:
            refused.add(uid)
            warnings.append(f"event {uid or '?'} skipped: it repeats {reason}; Afterview reads series "
                            "that repeat at most hourly")
    return refused


def _too_dense(component, window: SyncWindow, zone: ZoneInfo) -> str | None:
    """Why the component's rules cannot be expanded, or None."""
    for rule in _rules(component):
        freq = str((rule.get("FREQ") or [""])[0]).upper()
        if freq in _SUB_HOURLY:
            return _SUB_HOURLY[freq]
        per_hour = len(rule.get("BYMINUTE") or [0]) * len(rule.get("BYSECOND") or [0])
        if per_hour > 1:
            return f"{per_hour} times an hour"
        if freq in _STEP and _steps(component, rule, freq, window, zone) > MAX_RULE_STEPS:
            return f"{freq.lower()} from so long ago that reaching today takes millions of steps"
    return None


def _rules(component) -> list:
    value = component.get("RRULE")
    values = value if isinstance(value, list) else [value] if value is not None else []
    return [v for v in values if isinstance(v, icalendar.vRecur)]


def _steps(component, rule, freq: str, window: SyncWindow, zone: ZoneInfo) -> float:
    try:
        start = as_utc(component.decoded("DTSTART"), zone)
        interval = max(int((rule.get("INTERVAL") or [1])[0]), 1)
    except (KeyError, ValueError, TypeError):
        return 0  # the library names what is wrong with it
    return (window.end - start) / (_STEP[freq] * interval)


def _without(calendar, refused: set[str]):
    if not refused:
        return calendar
    kept = icalendar.Calendar()
    for name, value in calendar.items():  # X-WR-TIMEZONE and the like still apply
        kept[name] = value
    for component in calendar.subcomponents:
        if component.name != "VEVENT" or str(component.get("UID") or "") not in refused:
            kept.add_component(component)
    return kept


def _queries(calendar, warnings: list[str]):
    """One query over the whole calendar; when the library refuses it, one per UID so that a
    broken series does not hide the others. Bad series are not skipped by the library (it would
    skip them without a word): the one that fails is named in ``warnings``."""
    try:
        yield "", recurring_ical_events.of(calendar)
        return
    except Exception:  # find the culprit below
        pass
    zones = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
    by_uid: dict[str, list] = {}
    for component in calendar.walk("VEVENT"):
        by_uid.setdefault(str(component.get("UID") or ""), []).append(component)
    for uid, components in by_uid.items():
        single = icalendar.Calendar()
        for component in (*zones, *components):
            single.add_component(component)
        try:
            query = recurring_ical_events.of(single)
        except Exception as exc:  # this series only: the rest of the calendar stays readable
            _name_once(warnings, uid or "?", f"event {uid or '?'} skipped: cannot expand it ({_short(exc)})")
            continue
        yield uid, query


def _name_once(warnings: list[str], uid: str, warning: str) -> None:
    """Add ``warning`` unless the event is named already (by the property it cannot read)."""
    if not any(w.startswith((f"event {uid} ", f"event {uid}:")) for w in warnings):
        warnings.append(warning)


def _uid(series, fallback: str) -> str:
    return str(getattr(series, "uid", None) or fallback or "?")


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text[:200]
