"""Graph event fields mapped onto ``CalendarEvent``: each documented field where it belongs."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from providers.microsoft.events import complete_occurrence, needs_series, normalise
from tests.fakes.microsoft_fixtures import MAILBOX, interview_event
from tests.fakes.microsoft_graph_fake import graph_time

START = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


def test_every_field_lands_where_it_belongs():
    item = interview_event("AAMkAD-1", START, showAs="tentative", lastModifiedDateTime="2026-02-27T09:15:02.1234567Z")
    event = normalise(item, MAILBOX)
    assert (event.event_id, event.title) == ("AAMkAD-1", "Interview: Data Analyst - Acme Robotics")
    assert (event.start, event.end) == (START, START + timedelta(hours=1))  # from Pacific time
    assert event.time_zone == "America/Los_Angeles" and not event.all_day
    assert event.description == ("Your interview for the Data Analyst position at Acme Robotics with Dana Whitfield "
                                 "and Omar Haddad.")
    assert event.location == "Microsoft Teams Meeting"
    assert event.conference_url == "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"
    assert event.status == "tentative" and not event.recurring
    assert (event.organizer.email, event.organizer.name) == ("recruiting@acmerobotics.com", "Acme Robotics Recruiting")
    people = {p.email: p for p in event.attendees}
    assert people["room4b@acmerobotics.com"].resource and not people["dana.whitfield@acmerobotics.com"].resource
    assert people[MAILBOX].response == "accepted"  # the user's own responseStatus, not the attendee copy
    assert event.extra == {"type": "singleInstance", "iCalUId": "040000008200E000AAMkAD-1", "showAs": "tentative"}
    assert event.updated == datetime(2026, 2, 27, 9, 15, 2, 123456, tzinfo=UTC)


def test_responses_types_and_cancellation():
    item = interview_event("x", START, isCancelled=True, responseStatus={"response": "declined"}, attendees=[
        {"type": "optional", "status": {"response": "tentativelyAccepted"},
         "emailAddress": {"name": "Omar Haddad", "address": "Omar.Haddad@AcmeRobotics.com"}},
        {"type": "required", "status": {"response": "notResponded"}, "emailAddress": {"address": "x@acme.example"}},
    ])
    event = normalise(item, MAILBOX)
    assert event.status == "cancelled"
    omar, other, me = event.attendees
    assert (omar.email, omar.optional, omar.response) == ("omar.haddad@acmerobotics.com", True, "tentative")
    assert other.response == "needs-action"
    assert (me.email, me.response) == (MAILBOX, "declined")  # added: Graph lists the user only sometimes


def test_a_text_body_is_kept_and_a_preview_is_the_fallback():
    text = normalise(interview_event("t", START, body={"contentType": "text", "content": "Line one\nLine two"}))
    assert text.description == "Line one\nLine two"
    preview = normalise(interview_event("p", START, body={"contentType": "html", "content": ""}))
    assert preview.description == "Your interview for the Data Analyst position at Acme Robotics"


def test_an_html_body_loses_its_markup_and_scripts_but_keeps_links():
    body = ('<html><head><style>p{color:red}</style></head><body><p>Join &amp; meet</p><script>alert(1)</script>'
            '<div><a href="https://zoom.us/j/123">here</a></div></body></html>')
    event = normalise(interview_event("h", START, body={"contentType": "html", "content": body}))
    assert event.description == "Join & meet\n\nhttps://zoom.us/j/123 here"


def test_a_sparse_occurrence_takes_the_series_fields():
    master = interview_event("series", START, type="seriesMaster")
    sparse = {"id": "occ", "type": "occurrence", "seriesMasterId": "series",
              "start": graph_time(START + timedelta(days=7)), "end": graph_time(START + timedelta(days=7, hours=1))}
    assert needs_series(sparse) and not needs_series(master)
    event = normalise(complete_occurrence(sparse, master), MAILBOX)
    assert (event.event_id, event.title, event.recurring) == ("occ", master["subject"], True)
    assert event.start == START + timedelta(days=7) and event.extra["seriesMasterId"] == "series"


def test_an_all_day_event_in_utc():
    day = datetime(2026, 3, 4, tzinfo=UTC)
    event = normalise({"id": "d", "subject": "Career fair", "isAllDay": True, "start": graph_time(day),
                       "end": graph_time(day + timedelta(days=1))})
    assert event.all_day and event.duration == timedelta(days=1) and event.time_zone is None
