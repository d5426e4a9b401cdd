"""Missed events from a Google calendar (through the real client library against the fake Calendar
v3): a recurring series is known by its ``recurringEventId``, so a correction of one occurrence is
followed by the next; kept events hold nothing of the description, the place or colleagues."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from notes.usecases import service
from notes.usecases.syncing import sync_due_accounts
from tests.integration.google_support import ME, account, attendee, connect, interviews

JORDAN = "jordan.lee@contoso.com"


def occurrence(event_id: str, start: datetime, **changes) -> dict:
    """One occurrence of a weekly sync with Jordan from Contoso, as ``singleEvents`` lists it."""
    end = start + timedelta(hours=1)
    return {"id": event_id, "recurringEventId": "weekly", "summary": "Weekly sync",
            "description": "Dial-in PIN 4242, agenda attached", "location": "Contoso HQ, 5th floor",
            "start": {"dateTime": start.isoformat().replace("+00:00", "Z")},
            "end": {"dateTime": end.isoformat().replace("+00:00", "Z")},
            "organizer": {"email": JORDAN, "displayName": "Jordan Lee"},
            "attendees": [attendee(JORDAN, "Jordan Lee", organizer=True), attendee(ME, "Alex Rivera", self=True)],
            **changes}


def test_a_google_series_follows_the_correction_of_one_occurrence(gclient, fake, rt, clock):
    past = datetime(2026, 2, 27, 9, 0, tzinfo=UTC)
    fake.calendar.put_event(ME, occurrence("weekly_20260227T090000Z", past))
    fake.calendar.put_event(ME, occurrence("weekly_20260306T090000Z", past + timedelta(days=7)))
    connect(gclient, fake)
    assert all(o.ok for o in sync_due_accounts(rt, clock()))
    first, second = interviews(rt)
    assert (first.status, second.status) == ("other", "other")
    assert (first.series_id, first.description, first.location) == ("weekly", "", "")
    assert first.people == [{"name": "Jordan Lee", "email": JORDAN}] and first.company == "Contoso"

    with rt.session() as session:
        made = service.correct_detection(session, account(rt).user_id, first.id, True, clock(), rt)
        session.commit()
        assert made.status == "proposed"
    first, second = interviews(rt)
    assert second.status == "upcoming" and second.reasons[0] == "you said “Weekly sync” of this series was an interview"
