"""Every calendar of the icalendar package's own test suite, a wide sample of real-world and
malformed iCalendar found where the package is installed (nothing is copied): a file is refused,
with a clear ``CalendarInvalid`` naming it, exactly when it is no readable calendar; an event that
cannot be read is named in the reader's warnings, never dropped in silence; an event icalendar
reads cleanly is read; and none of them is an interview."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from providers.base import CalendarInvalid
from providers.detect import detect
from providers.ics import events_in, normalise, read_events

SUITE = Path(icalendar.__file__).parent / "tests"
CALENDARS = sorted(SUITE.rglob("*.ics"))
ME = ["alex.rivera.jobs@gmail.com"]

# the command line does not turn icalendar's warnings about odd files (guessed time zones...) into
# errors, and neither do these tests: they check what `afterview scan` does with the files
pytestmark = pytest.mark.filterwarnings("ignore")


def components(data: bytes) -> list | None:
    """What icalendar itself reads in ``data`` (``None`` when it reads nothing)."""
    try:
        return icalendar.Calendar.from_ical(data, multiple=True)
    except Exception:  # noqa: BLE001 - icalendar raises many kinds on bad input: all mean "unreadable"
        return None


def is_calendar(data: bytes) -> bool:
    """A VCALENDAR from its BEGIN to its END that icalendar reads."""
    upper = data.upper()
    return b"BEGIN:VCALENDAR" in upper and b"END:VCALENDAR" in upper and bool(components(data))


def well_formed(component) -> bool:
    """An event icalendar reads without complaint: a UID and one start it can decode."""
    if getattr(component, "errors", None) or not component.get("UID"):
        return False
    try:
        return isinstance(component.decoded("DTSTART"), date)  # a datetime is a date too
    except (KeyError, ValueError, TypeError):
        return False


def test_the_suite_is_there():
    assert len(CALENDARS) > 50


@pytest.mark.parametrize("path", CALENDARS, ids=lambda path: str(path.relative_to(SUITE)))
def test_a_file_is_read_or_refused_by_name_and_every_event_is_read_or_named(path: Path):
    data = path.read_bytes()
    if not is_calendar(data):
        with pytest.raises(CalendarInvalid, match=path.name.replace(".", r"\.")):
            read_events(data, None, label=path.name)
        return
    events, warnings = read_events(data, None, label=path.name)
    read = {event.event_id.partition("/")[0] for event in events}
    for component in (c for top in components(data) for c in top.walk("VEVENT")):
        uid = str(component.get("UID") or "")
        assert uid in read or any(f"event {uid or '?'}" in w for w in warnings), f"event {uid!r} was lost"
    assert [event.title for event in events if detect(event, ME).interview] == []


@pytest.mark.parametrize("path", CALENDARS, ids=lambda path: str(path.relative_to(SUITE)))
def test_each_event_on_its_own_is_read_when_well_formed_and_is_no_interview(path: Path):
    """Also the events of files refused as a whole (a bare VEVENT, a bad series)."""
    found = components(path.read_bytes())
    if found is None:
        with pytest.raises(CalendarInvalid, match=path.name.replace(".", r"\.")):
            list(events_in(str(path)))
        return
    for component in (c for top in found for c in top.walk("VEVENT")):
        try:
            event = normalise(component, ZoneInfo("UTC"))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            assert not well_formed(component), f"{component.get('UID')}: a well-formed event was not read ({exc})"
            continue
        verdict = detect(event, ME)
        assert not verdict.interview, (event.title, verdict.reasons)
