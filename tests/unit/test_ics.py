"""Reading iCalendar data: zones, floating times, all-day events, recurrence, bad input."""
from __future__ import annotations

import http.server
from datetime import UTC, datetime, timedelta

import pytest

from providers.base import CalendarInvalid, SyncWindow, Unavailable
from providers.ics import IcsCalendar, read_events, read_source
from tests.fakes.loopback import serve

WINDOW = SyncWindow(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))


def cal(*body: str) -> bytes:
    return ("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *body, "END:VCALENDAR"]) + "\r\n").encode()


def one(data: bytes, zone: str = "UTC"):
    events, warnings = read_events(data, WINDOW, zone)
    assert warnings == []
    return events


def test_zoned_times_become_utc_and_keep_their_zone():
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART;TZID=Europe/Berlin:20260302T100000",
                      "DTEND;TZID=Europe/Berlin:20260302T110000", "END:VEVENT"))
    assert event.start == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert event.time_zone == "Europe/Berlin"


def test_floating_times_are_read_in_the_users_zone():
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART:20260302T100000", "DTEND:20260302T110000",
                      "END:VEVENT"), zone="America/New_York")
    assert event.start == datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def test_all_day_events_span_the_users_day():
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART;VALUE=DATE:20260302", "END:VEVENT"),
                  zone="Europe/Paris")
    assert event.all_day
    assert event.start == datetime(2026, 3, 1, 23, 0, tzinfo=UTC)
    assert event.duration == timedelta(days=1)


def test_recurring_events_expand_with_exceptions_and_cancelled_instances():
    events = one(cal(
        "BEGIN:VEVENT", "UID:r", "SUMMARY:Weekly", "DTSTART:20260302T100000Z", "DTEND:20260302T110000Z",
        "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE:20260309T100000Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:r", "RECURRENCE-ID:20260316T100000Z", "SUMMARY:Weekly (moved)",
        "DTSTART:20260316T140000Z", "DTEND:20260316T150000Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:r", "RECURRENCE-ID:20260323T100000Z", "SUMMARY:Weekly",
        "DTSTART:20260323T100000Z", "DTEND:20260323T110000Z", "STATUS:CANCELLED", "END:VEVENT",
    ))
    assert [(e.start.day, e.title, e.status) for e in events] == [
        (2, "Weekly", "confirmed"), (16, "Weekly (moved)", "confirmed"), (23, "Weekly", "cancelled")]
    assert len({e.event_id for e in events}) == 3
    assert all(e.recurring and e.event_id.startswith("r/") for e in events)


def test_an_event_without_end_lasts_no_time_as_the_standard_says():
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART:20260302T100000Z", "END:VEVENT"))
    assert event.end == event.start


def test_duration_gives_the_end():
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART:20260302T100000Z", "DURATION:PT45M",
                      "END:VEVENT"))
    assert event.duration == timedelta(minutes=45)


def test_an_attendee_named_by_a_server_principal_gets_the_address_of_its_email_parameter():
    [event] = one(cal(
        "BEGIN:VEVENT", "UID:a", "SUMMARY:Coffee", "DTSTART:20260302T100000Z", "DTEND:20260302T110000Z",
        'ATTENDEE;CN="Irene Soler";EMAIL="Irene.Soler@icloud.example";PARTSTAT=ACCEPTED:/8377458410/principal/',
        'ATTENDEE;CN="Nobody":/123/principal/', "END:VEVENT"))
    [irene] = event.attendees  # a principal with no address at all is nobody a note can reach
    assert (irene.email, irene.name, irene.response) == ("irene.soler@icloud.example", "Irene Soler", "accepted")


def test_people_rooms_and_conference_links():
    [event] = one(cal(
        "BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART:20260302T100000Z", "DTEND:20260302T110000Z",
        'ATTENDEE;CN="Dana W";PARTSTAT=DECLINED:mailto:Dana@Example.com',
        "ATTENDEE;CUTYPE=ROOM;CN=Maple:mailto:maple@resource.example.com",
        'ORGANIZER;CN="HR":mailto:hr@example.com',
        "DESCRIPTION:Join https://us02web.zoom.us/j/123?pwd=abc now", "END:VEVENT"))
    dana, room = event.attendees
    assert (dana.email, dana.name, dana.response) == ("dana@example.com", "Dana W", "declined")
    assert room.resource
    assert event.organizer.email == "hr@example.com"
    assert event.conference_url == "https://us02web.zoom.us/j/123?pwd=abc"


def test_a_one_megabyte_description_is_cut_and_control_characters_removed():
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:bell\x07", "DTSTART:20260302T100000Z",
                      "DESCRIPTION:" + "y" * 1_000_000, "END:VEVENT"))
    assert len(event.description) == 64 * 1024
    assert event.title == "bell"


@pytest.mark.parametrize("address", ["a.ghosh@example.com", "b.lee@example.com", "p.ng@example.com"])
def test_an_address_in_angle_brackets_that_starts_like_a_tag_stays_in_a_plain_description(address):
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART:20260302T100000Z",
                      f"DESCRIPTION:From: Ana Ghosh <{address}>\\nCc: Ben Lee <ben@example.com>", "END:VEVENT"))
    assert event.description == f"From: Ana Ghosh <{address}>\nCc: Ben Lee <ben@example.com>"


def test_an_html_description_is_read_as_its_text():
    [event] = one(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART:20260302T100000Z",
                      "DESCRIPTION:<p>Hello <b>Ana</b></p><p>See you</p>", "END:VEVENT"))
    assert event.description == "Hello Ana\n\nSee you"


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"hello world", "not an iCalendar file"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\n", "truncated"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", "malformed"),
])
def test_malformed_calendars_raise_a_clear_error(data, words):
    with pytest.raises(CalendarInvalid, match=words):
        read_events(data, WINDOW)


def test_unreadable_events_are_skipped_with_a_warning_naming_them():
    events, warnings = read_events(cal(
        "BEGIN:VEVENT", "UID:good", "SUMMARY:ok", "DTSTART:20260302T100000Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:bad", "SUMMARY:no", "DTSTART:someday", "END:VEVENT"), WINDOW)
    assert [e.event_id for e in events] == ["good"]
    assert warnings and warnings[0].startswith("event bad: DTSTART unreadable")


def test_unchanged_content_is_reported_as_unchanged(tmp_path):
    path = tmp_path / "c.ics"
    path.write_bytes(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "DTSTART:20260302T100000Z", "END:VEVENT"))
    source = IcsCalendar(str(path))
    first = source.changes(None, WINDOW)
    assert first.complete and [e.event_id for e in first.events] == ["a"]
    again = source.changes(first.cursor, WINDOW)
    assert again.unchanged and again.events == () and again.cursor == first.cursor
    path.write_bytes(cal("BEGIN:VEVENT", "UID:b", "SUMMARY:y", "DTSTART:20260302T100000Z", "END:VEVENT"))
    assert [e.event_id for e in source.changes(first.cursor, WINDOW).events] == ["b"]


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):  # noqa: N802 (the standard library's name)
        if self.path == "/moved.ics":
            self.send_response(301)
            self.send_header("Location", "/cal.ics")
            self.end_headers()
            return
        if self.path != "/cal.ics":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed():
    _Handler.body = cal("BEGIN:VEVENT", "UID:f", "SUMMARY:x", "DTSTART:20260302T100000Z", "END:VEVENT")
    with serve(_Handler, "ics-feed") as server:
        yield f"127.0.0.1:{server.port}"


def test_urls_and_webcal_are_fetched_and_errors_named(feed):
    assert b"UID:f" in read_source(f"http://{feed}/cal.ics")
    assert [e.event_id for e in IcsCalendar(f"http://{feed}/cal.ics").changes(None, WINDOW).events] == ["f"]
    with pytest.raises(Unavailable, match="HTTP 404"):
        read_source(f"http://{feed}/missing.ics")


def test_a_missing_file_is_unavailable(tmp_path):
    with pytest.raises(Unavailable, match="cannot read"):
        read_source(str(tmp_path / "absent.ics"))


def test_one_series_that_cannot_be_expanded_does_not_hide_the_others():
    events, warnings = read_events(cal(
        "BEGIN:VEVENT", "UID:good", "SUMMARY:ok", "DTSTART:20260302T100000Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:broken", "SUMMARY:no start", "RRULE:FREQ=DAILY", "END:VEVENT"), WINDOW)
    assert [e.event_id for e in events] == ["good"]
    assert warnings and warnings[0].startswith("event broken skipped: cannot expand it")


def test_redirects_are_followed(feed):
    assert b"UID:f" in read_source(f"http://{feed}/moved.ics")


def test_a_shared_server_reads_public_urls_only_on_every_sync(feed, tmp_path):
    with pytest.raises(Unavailable, match="cannot reach this calendar URL from this server"):
        IcsCalendar(f"http://{feed}/cal.ics", public_only=True).changes(None, WINDOW)
    path = tmp_path / "c.ics"
    path.write_bytes(cal())
    with pytest.raises(Unavailable, match="only http"):
        read_source(str(path), public_only=True)
