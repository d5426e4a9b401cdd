"""A hiring process across synced events: a later invitation that names the role fills the earlier
interview's missing one, through the real store; the user's edited note and their own verdicts stay."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from notes.store.model import Account, Interview
from notes.usecases import service
from scheduler.ticks import run_round
from tests.calendars import ME, calendar, vevent

FIRST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TALIA = ("Talia Brandt", "talia.brandt@harrowgatetrust.org")
OMAR = ("Omar Osei", "omar.osei@harrowgatetrust.org")
NINA = ("Nina Park", "nina.park@harrowgatetrust.org")


def _first_interview() -> list[str]:
    return vevent("first-1", "Interview – Harrowgate Community Trust", FIRST, FIRST + timedelta(hours=1),
                  people=(TALIA, OMAR), organizer=TALIA,
                  description="Looking forward to our interview at Harrowgate Community Trust with Talia and Omar.")


def _aside() -> list[str]:
    """An interview the user says is none: their word stands, whatever the process says."""
    start = FIRST + timedelta(hours=3)
    return vevent("aside-1", "Interview chat – Harrowgate Community Trust", start, start + timedelta(minutes=30),
                  people=(NINA,), organizer=NINA,
                  description="A short interview chat with Nina at Harrowgate Community Trust.")


def _second_interview() -> list[str]:
    start = FIRST + timedelta(days=7)
    return vevent("second-1", "Second interview – Grants Officer, Harrowgate Community Trust", start,
                  start + timedelta(hours=1), people=(TALIA,), organizer=TALIA,
                  description="Your second interview for the Grants Officer position at Harrowgate Community Trust.")


def _row(session, uid: str) -> Interview:
    return session.scalar(select(Interview).where(Interview.provider_event_id == uid))


def test_a_later_event_names_the_earlier_interviews_role_and_the_edited_note_stays(runtime, clock, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(_first_interview(), _aside()))
    clock.now = FIRST + timedelta(hours=8)
    with runtime.session() as session:
        user_id = service.ensure_user(session, ME, "Alex Rivera").id
        session.commit()
    account_id, _ = service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    run_round(runtime, clock())
    with runtime.session() as session:
        first = _row(session, "first-1")
        assert first.status == "proposed" and first.company == "Harrowgate Community Trust" and first.role is None
        notes = {n.recipient_email: n for n in first.notes}
        service.edit_note(session, user_id, notes[OMAR[1]].id, {"body_text": "My own words to Omar."}, clock())
        service.correct_detection(session, user_id, _row(session, "aside-1").id, False, clock())
        session.commit()

    path.write_bytes(calendar(_first_interview(), _aside(), _second_interview()))
    clock.now += timedelta(hours=1)
    with runtime.session() as session:
        session.get(Account, account_id).next_sync_at = clock()
        session.commit()
    run_round(runtime, clock())
    run_round(runtime, clock())  # the earlier interview's notes are proposed again

    with runtime.session() as session:
        assert _row(session, "second-1").role == "Grants Officer"
        first = _row(session, "first-1")
        assert first.role == "Grants Officer" and first.status == "proposed"
        notes = {n.recipient_email: n for n in first.notes}
        assert (notes[OMAR[1]].status, notes[OMAR[1]].body_text) == ("edited", "My own words to Omar.")
        assert notes[TALIA[1]].status == "proposed" and "Grants Officer" in notes[TALIA[1]].body_text
        aside = _row(session, "aside-1")
        assert aside.status == "not_interview" and aside.role is None


def test_an_interview_the_user_added_by_hand_lends_its_role_and_keeps_its_own_names(runtime, clock, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(_first_interview()))
    clock.now = FIRST + timedelta(hours=8)
    with runtime.session() as session:
        user_id = service.ensure_user(session, ME, "Alex Rivera").id
        added = service.add_interview(session, user_id, {
            "title": "Call with Talia", "company": "Harrowgate", "role": "Grants Officer",
            "start": "2026-02-23T10:00:00+00:00", "end": "2026-02-23T10:30:00+00:00",
            "people": [{"name": TALIA[0], "email": TALIA[1]}]}, clock()).id
        session.commit()
    service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    with runtime.session() as session:
        first = _row(session, "first-1")
        assert (first.company, first.role) == ("Harrowgate Community Trust", "Grants Officer")
        assert (session.get(Interview, added).company, session.get(Interview, added).role) == ("Harrowgate",
                                                                                                "Grants Officer")
