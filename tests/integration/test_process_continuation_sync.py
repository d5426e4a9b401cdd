"""A short follow-up conversation continues a synced hiring process, through the real store: the coffee
the hiring manager sends after the interview becomes an interview with the process's company and role and
its note proposed, whether it comes in the same sync as the interview or a later one; a reference call
with the same organisation stays a kept event, and the user's "not an interview" stays their word."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from notes.store.model import Account, Interview
from notes.usecases import service
from scheduler.ticks import run_round
from tests.calendars import ME, calendar, vevent

FIRST = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
MAREN = ("Maren Holt", "maren.holt@kestrelgrid.com")
JONAS = ("Jonas Berg", "jonas.berg@kestrelgrid.com")


def _interview() -> list[str]:
    return vevent("interview-1", "Interview – Kestrel Grid", FIRST, FIRST + timedelta(hours=1),
                  people=(MAREN, JONAS), organizer=MAREN,
                  description="Your interview for the Grid Planning Engineer position at Kestrel Grid.")


def _coffee(uid: str = "coffee-1", days: int = 2) -> list[str]:
    start = FIRST + timedelta(days=days)
    return vevent(uid, "Coffee w/ Maren", start, start + timedelta(minutes=30), people=(MAREN,), organizer=MAREN,
                  description="A quick coffee before my 9:00?")


def _reference_call() -> list[str]:
    start = FIRST + timedelta(days=3)
    return vevent("reference-1", "Reference call – Sam Ortiz (Kestrel Grid)", start, start + timedelta(minutes=20),
                  people=(MAREN, ("Sam Ortiz", "sam.ortiz@outlook.com")), organizer=MAREN,
                  description="Sam speaks as Alex's reference.")


def _row(session, uid: str) -> Interview:
    return session.scalar(select(Interview).where(Interview.provider_event_id == uid))


def _sync_again(runtime, clock, account_id) -> None:
    clock.now += timedelta(days=4)
    with runtime.session() as session:
        session.get(Account, account_id).next_sync_at = clock()
        session.commit()
    run_round(runtime, clock())
    run_round(runtime, clock())


def _connected(runtime, clock, path) -> tuple[int, int]:
    """The user, and their calendar file connected the day before the interview: (user id, account id)."""
    clock.now = FIRST - timedelta(days=1)
    with runtime.session() as session:
        user_id = service.ensure_user(session, ME, "Alex Rivera").id
        session.commit()
    account_id, _ = service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    return user_id, account_id


def test_a_follow_up_coffee_joins_the_process_in_the_same_sync_and_a_later_one(runtime, clock, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(_coffee(), _reference_call(), _interview()))  # the coffee comes first
    user_id, account_id = _connected(runtime, clock, path)
    with runtime.session() as session:
        coffee = _row(session, "coffee-1")
        assert coffee.status == "upcoming" and coffee.kind == "job"
        assert (coffee.company, coffee.role) == ("Kestrel Grid", "Grid Planning Engineer")
        assert "a conversation with Kestrel Grid, whose interview is on this calendar" in coffee.reasons
        assert _row(session, "reference-1").status == "other"

    path.write_bytes(calendar(_coffee(), _reference_call(), _interview(), _coffee("coffee-2", days=9)))
    _sync_again(runtime, clock, account_id)
    with runtime.session() as session:
        coffee = _row(session, "coffee-1")
        assert coffee.status == "proposed"
        assert [n.recipient_email for n in coffee.notes] == [MAREN[1]]
        assert "Grid Planning Engineer" in coffee.notes[0].body_text
        assert _row(session, "coffee-2").status == "upcoming"
        assert _row(session, "reference-1").status == "other"


def test_the_users_not_an_interview_wins(runtime, clock, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(_interview(), _coffee()))
    user_id, account_id = _connected(runtime, clock, path)
    with runtime.session() as session:
        service.correct_detection(session, user_id, _row(session, "coffee-1").id, False, clock())
        session.commit()
    path.write_bytes(calendar(_interview(), _coffee(), _reference_call()))
    _sync_again(runtime, clock, account_id)
    with runtime.session() as session:
        coffee = _row(session, "coffee-1")
        assert coffee.status == "not_interview" and not coffee.notes
