"""Calendar sources, every implementation: a first read is complete and normalised, later reads
bring what changed, an expired cursor is said so, and failures come as the provider error tree."""
from __future__ import annotations

from datetime import timedelta

import pytest

from providers.base import AuthExpired, CursorExpired, RateLimited, Unavailable

from .backends import ME, Invitation
from .conftest import CURSORS, GRANTS, NORMALISING, REVOCABLE, Reader


def test_a_first_read_is_complete_and_every_field_normalised(backend, window, soon):
    invitation = Invitation("iv-1", soon, 45)
    backend.put(invitation)
    backend.put(Invitation("lunch-1", soon + timedelta(days=1), 30, title="Team lunch", attendees=()))
    reader = Reader(backend.connector.calendar(backend.connection), window)
    result = reader.read()
    assert result.complete and result.cursor
    assert set(reader.live()) == {"iv-1", "lunch-1"}
    event = reader.live()["iv-1"]
    assert (event.title, event.start, event.end) == (invitation.title, soon, soon + timedelta(minutes=45))
    assert event.start.tzinfo is not None and event.start.utcoffset() == timedelta(0)
    assert event.organizer.email == "recruiting@acmerobotics.com"
    assert "Data Analyst position at Acme Robotics" in event.description
    assert event.conference_url == "https://meet.google.com/abc-defg-hij"
    responses = {person.email: person.response for person in event.attendees}
    assert responses["dana.whitfield@acmerobotics.com"] == "accepted"
    assert responses["omar.haddad@acmerobotics.com"] == "tentative"
    assert responses[ME] == "accepted"


def test_every_event_in_the_window_is_read_however_many_pages_it_takes(backend, window, soon):
    for n in range(260):  # more than a page of every provider's
        backend.put(Invitation(f"ev-{n:03d}", soon + timedelta(hours=n), 30, title=f"Event {n}", attendees=()))
    backend.put(Invitation("outside", window.end + timedelta(days=3), title="Far away", attendees=()))
    reader = Reader(backend.connector.calendar(backend.connection), window)
    reader.read()
    assert set(reader.live()) == {f"ev-{n:03d}" for n in range(260)}


def test_later_reads_bring_what_was_added_moved_and_removed(backend, window, soon):
    backend.put(Invitation("iv-1", soon))
    backend.put(Invitation("iv-2", soon + timedelta(days=1)))
    reader = Reader(backend.connector.calendar(backend.connection), window)
    reader.read()
    first_cursor = reader.cursor
    backend.put(Invitation("iv-1", soon + timedelta(hours=2)))
    backend.remove("iv-2")
    backend.put(Invitation("iv-3", soon + timedelta(days=2), title="Interview: Data Engineer - Acme Robotics"))
    reader.read()
    assert reader.cursor and reader.cursor != first_cursor
    assert sorted(reader.live()) == ["iv-1", "iv-3"]
    assert reader.live()["iv-1"].start == soon + timedelta(hours=2)
    assert reader.live()["iv-3"].title == "Interview: Data Engineer - Acme Robotics"


def test_a_read_with_nothing_changed_brings_nothing_new(backend, window, soon):
    backend.put(Invitation("iv-1", soon))
    reader = Reader(backend.connector.calendar(backend.connection), window)
    reader.read()
    before = dict(reader.known)
    result = reader.read()
    assert reader.known == before and not result.removed
    assert result.complete or result.events == ()


def test_a_declined_invitation_says_so_and_a_cancelled_event_is_gone_or_marked(backend, window, soon):
    reader = Reader(backend.connector.calendar(backend.connection), window)
    backend.put(Invitation("declined", soon))
    backend.put(Invitation("cancelled", soon + timedelta(days=1)))
    reader.read()
    backend.put(Invitation("declined", soon, my_response="declined"))
    backend.put(Invitation("cancelled", soon + timedelta(days=1), cancelled=True))
    reader.read()
    assert set(reader.live()) == {"declined"}
    mine = [person for person in reader.live()["declined"].attendees if person.email == ME]
    assert [person.response for person in mine] == ["declined"]


@pytest.mark.parametrize("backend", NORMALISING, indirect=True)
def test_html_in_a_description_is_read_as_text_and_angle_brackets_in_a_title_stay(backend, window, soon):
    backend.put(Invitation("iv-1", soon, title="Casey <> Kavi | Interview <Acme Robotics>",
                           description="<p>Your interview for the <b>Data Analyst</b> position.</p>"
                                       "<script>alert(1)</script>"))
    reader = Reader(backend.connector.calendar(backend.connection), window)
    reader.read()
    event = reader.live()["iv-1"]
    assert "Data Analyst" in event.description and "<" not in event.description and "alert" not in event.description
    assert event.title == "Casey <> Kavi | Interview <Acme Robotics>"


@pytest.mark.parametrize("backend", CURSORS, indirect=True)
def test_an_expired_cursor_is_said_so_and_a_full_read_starts_over(backend, window, soon):
    backend.put(Invitation("iv-1", soon))
    source = backend.connector.calendar(backend.connection)
    cursor = source.changes(None, window).cursor
    backend.expire_cursors()
    backend.put(Invitation("iv-2", soon + timedelta(days=1)))
    with pytest.raises(CursorExpired):
        source.changes(cursor, window)
    again = source.changes(None, window)
    assert again.complete and {e.event_id for e in again.events} == {"iv-1", "iv-2"}
    assert source.changes(again.cursor, window).removed == ()


def test_an_outage_is_unavailable_and_nothing_is_lost_once_it_is_over(backend, window, soon):
    backend.put(Invitation("iv-1", soon))
    reader = Reader(backend.connector.calendar(backend.connection), window)
    reader.read()
    backend.put(Invitation("iv-2", soon + timedelta(days=1)))
    backend.outage(requests=20)  # longer than any adapter retries within one read
    with pytest.raises(Unavailable):
        reader.read()
    assert set(reader.live()) == {"iv-1"}
    backend.outage_over()
    reader.read()
    assert set(reader.live()) == {"iv-1", "iv-2"}


@pytest.mark.parametrize("backend", GRANTS, indirect=True)
def test_throttling_is_rate_limited_with_the_wait_the_provider_asked(backend, window, soon):
    backend.put(Invitation("iv-1", soon))
    source = backend.connector.calendar(backend.connection)
    backend.throttle(retry_after=240)
    with pytest.raises(RateLimited) as raised:
        source.changes(None, window)
    assert raised.value.retry_after >= 240
    assert source.changes(None, window).events


@pytest.mark.parametrize("backend", GRANTS, indirect=True)
def test_a_grant_withdrawn_at_the_provider_is_auth_expired(backend, window, soon):
    backend.put(Invitation("iv-1", soon))
    source = backend.connector.calendar(backend.connection)
    source.changes(None, window)
    backend.revoke_at_provider()
    with pytest.raises(AuthExpired):
        backend.connector.calendar(backend.connection).changes(None, window)


@pytest.mark.parametrize("backend", REVOCABLE, indirect=True)
def test_revoking_through_the_connector_withdraws_the_grant(backend, window, soon):
    backend.put(Invitation("iv-1", soon))
    backend.connector.revoke(backend.connection)
    with pytest.raises(AuthExpired):
        backend.connector.calendar(backend.connection).changes(None, window)

