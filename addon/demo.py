"""The demo: the example week, moved so that one interview ended minutes ago.

``examples/demo-week.ics`` is an ordinary calendar. Its event marked ``X-AFTERVIEW-DEMO:ended``
is moved to have ended 15 minutes ago, every other event moves by the same amount, and the one
marked ``X-AFTERVIEW-DEMO:later-today`` is placed an hour from now.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
from flask import Flask

from notes.usecases import service

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEMPLATE = EXAMPLES / "demo-week.ics"
DEMO_USER = {"email": "jamie.chen@example.net", "name": "Jamie Chen", "phone": "+1 555 0142",
             "time_zone": "America/New_York", "signature": "linkedin.com/in/jamiechen-data"}


def _floor(moment: datetime, minutes: int = 5) -> datetime:
    return moment.replace(second=0, microsecond=0) - timedelta(minutes=moment.minute % minutes)


def shift_calendar(template: bytes, now: datetime) -> bytes:
    """The template calendar moved relative to ``now`` (see the module docstring)."""
    calendar = icalendar.Calendar.from_ical(template)
    events = list(calendar.walk("VEVENT"))
    anchor = next(e for e in events if str(e.get("X-AFTERVIEW-DEMO", "")) == "ended")
    delta = (_floor(now) - timedelta(minutes=15)) - _as_utc(anchor.decoded("DTEND"))
    for event in events:
        mark = str(event.get("X-AFTERVIEW-DEMO", ""))
        if mark == "later-today":
            original = event.decoded("DTSTART")
            length = event.decoded("DTEND") - original
            start = (_floor(now) + timedelta(minutes=60)).astimezone(original.tzinfo)
            _set(event, "DTSTART", start)
            _set(event, "DTEND", start + length)
            continue
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            if event.get(name) is not None:
                _set(event, name, _moved(event.decoded(name), delta))
    return calendar.to_ical()


def _as_utc(value) -> datetime:
    return value.astimezone(UTC)


def _moved(value, delta: timedelta):
    if isinstance(value, datetime):
        return (value.astimezone(UTC) + delta).astimezone(value.tzinfo)
    if isinstance(value, date):
        return value + timedelta(days=round(delta / timedelta(days=1)))
    return value


def _set(event, name: str, value) -> None:
    del event[name]
    event.add(name, value)


def load_demo(app: Flask, now: datetime) -> int:
    """Write the moved calendar into the instance folder and connect it for the demo user."""
    if not TEMPLATE.exists():
        raise FileNotFoundError(f"the demo needs {TEMPLATE} (run it from a clone of the repository)")
    target = Path(app.instance_path) / "demo-week.ics"
    target.write_bytes(shift_calendar(TEMPLATE.read_bytes(), now))
    app.config["ME"] = DEMO_USER["email"]
    runtime = app.extensions["afterview.runtime"]
    with runtime.unit_of_work() as session:
        user = service.ensure_user(session, DEMO_USER["email"], DEMO_USER["name"])
        service.update_profile(session, user, {k: v for k, v in DEMO_USER.items() if k not in ("email",)})
        user_id = user.id
    account_id, _warnings = service.connect_ics(runtime, user_id, str(target), now, allow_files=True,
                                                allow_private=True)
    return account_id
