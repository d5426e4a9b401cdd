"""Every calendar of the icalendar package's own test suite scans without a crash and holds no
interview: a wide sample of real-world and malformed iCalendar, found where the package is
installed (nothing is copied). A broken file may be refused, with a clear ``CalendarInvalid``."""
from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from providers.base import CalendarInvalid
from providers.detect import detect
from providers.ics import events_in, normalise

SUITE = Path(icalendar.__file__).parent / "tests"
CALENDARS = sorted(SUITE.rglob("*.ics"))
ME = ["alex.rivera.jobs@gmail.com"]

# the command line does not turn icalendar's warnings about odd files (guessed time zones...) into
# errors, and neither do these tests: they check what `afterview scan` does with the files
pytestmark = pytest.mark.filterwarnings("ignore")


def test_the_suite_is_there():
    assert len(CALENDARS) > 50


@pytest.mark.parametrize("path", CALENDARS, ids=lambda path: str(path.relative_to(SUITE)))
def test_scans_without_a_crash_and_yields_no_interview(path: Path):
    try:
        events = list(events_in(str(path)))
    except CalendarInvalid as refused:
        assert path.name in str(refused)  # the message names the file and says what is wrong
        return
    interviews = [event.title for event in events if detect(event, ME).interview]
    assert interviews == []


@pytest.mark.parametrize("path", CALENDARS, ids=lambda path: str(path.relative_to(SUITE)))
def test_each_readable_event_on_its_own_yields_no_interview(path: Path):
    """Also the events of files the scan refuses as a whole (a bare VEVENT, a bad series)."""
    try:
        components = icalendar.Calendar.from_ical(path.read_bytes(), multiple=True)
    except Exception:  # noqa: BLE001 - unreadable by icalendar itself: nothing to detect in
        return
    for component in (c for top in components for c in top.walk("VEVENT")):
        try:
            event = normalise(component, ZoneInfo("UTC"))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        found = detect(event, ME)
        assert not found.interview, (event.title, found.reasons)
