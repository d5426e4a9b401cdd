"""Who is from outside the user's own organisation, the organisation a domain names, and the series
each provider's occurrences belong to."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from providers.base import CalendarEvent, Person, SyncWindow
from providers.ics import read_events
from providers.microsoft.events import normalise
from providers.organisation import is_outside, organisation_of, outside_people, own_domains
from tests.calendars import calendar, vevent
from tests.fakes.microsoft_fixtures import MAILBOX, interview_event

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def event(*attendees: Person, organizer: Person | None = None) -> CalendarEvent:
    return CalendarEvent("e", "Chat", START, START + timedelta(hours=1), attendees=attendees, organizer=organizer)


def test_the_users_own_domain_is_their_organisation_but_consumer_mail_is_none():
    at_work = {"alex@initech.com"}
    assert own_domains(at_work) == {"initech.com"}
    assert not is_outside(Person("bill.lumbergh@initech.com"), at_work, own_domains(at_work))
    assert is_outside(Person("dana@contoso.com"), at_work, own_domains(at_work))
    at_home = {"alex.rivera.jobs@gmail.com"}
    assert own_domains(at_home) == frozenset()
    assert is_outside(Person("kim.park@gmail.com"), at_home, own_domains(at_home))  # someone else at gmail.com
    assert not is_outside(Person("alex.rivera.jobs@gmail.com"), at_home, own_domains(at_home))


def test_rooms_calendars_systems_and_no_reply_senders_are_nobody():
    me = {"alex@initech.com"}
    nobody = [Person("room-4b@resource.calendar.google.com", resource=True),
              Person("c_123@group.calendar.google.com"), Person("no-reply@greenhouse.io"),
              Person("notifications@contoso.com"), Person("not-an-address")]
    assert [p.email for p in nobody if is_outside(p, me, own_domains(me))] == []


def test_the_people_from_outside_are_those_who_took_part_else_the_organizer():
    me = {"alex@initech.com"}
    sam = Person("sam@northwind.com", "Sam Ortiz", response="accepted")
    seen = event(sam, Person("bill@initech.com"), Person("kim@contoso.com", response="declined"),
                 Person("lee@contoso.com", informed_only=True), Person("sam@northwind.com"))
    assert [p.email for p in outside_people(seen, me)] == ["sam@northwind.com"]
    alone = event(Person("alex@initech.com"), organizer=Person("jordan@contoso.com"))
    assert [p.email for p in outside_people(alone, me)] == ["jordan@contoso.com"]
    assert outside_people(event(Person("bill@initech.com"), organizer=Person("bill@initech.com")), me) == ()


def test_an_organisation_is_guessed_from_a_domain_never_from_consumer_mail_or_a_system():
    assert organisation_of([Person("kim@gmail.com"), Person("x@careers.nakatomi-trading.co.uk")]) == "Nakatomi Trading"
    assert organisation_of([Person("x@us.greenhouse.io")]) is None
    assert organisation_of([]) is None


def test_occurrences_name_their_series_on_every_provider():
    first = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    data = calendar(vevent("walk", "Walkthrough", first, first + timedelta(hours=1),
                           extra=["RRULE:FREQ=WEEKLY;COUNT=2"]),
                    vevent("once", "Once", first, first + timedelta(hours=1)))
    events, _ = read_events(data, SyncWindow.around(first))
    assert sorted((e.event_id, e.series_id) for e in events) == [
        ("once", None), ("walk/20260302T100000Z", "walk"), ("walk/20260309T100000Z", "walk")]
    master = normalise(interview_event("series-1", START, type="seriesMaster"), MAILBOX)
    occurrence = normalise(interview_event("occ-1", START, type="occurrence", seriesMasterId="series-1"), MAILBOX)
    single = normalise(interview_event("one", START), MAILBOX)
    assert (master.series_id, occurrence.series_id, single.series_id) == ("series-1", "series-1", None)
