"""A new detector judges the stored events again, on the next sync, keeping what the user did.

The account's events were judged by an older detector: the rows below are what it stored (a company
written as its domain, a podcast taken for an interview, a follow-up it missed). The calendar file does
not change, so only the detector's version makes the sync read it again.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Account, Correction, Interview, Note
from notes.usecases import service
from providers import detect as detection
from scheduler.ticks import run_round
from tests.calendars import ME, calendar, interview, vevent

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
PODCAST = ("Podcast recording – The Data Pod", "Thanks for joining episode 48 of our show; we will talk about your "
           "move into analytics. The episode goes on air next month.")


def _events() -> bytes:
    host, producer = ("Sam Host", "sam@thedatapod.fm"), ("Kim Producer", "kim@thedatapod.fm")
    return calendar(
        interview("iv-1", START, END),
        vevent("pod-1", PODCAST[0], START + timedelta(hours=2), END + timedelta(hours=2), people=(host, producer),
               organizer=host, description=PODCAST[1]),
        vevent("pod-2", PODCAST[0], START + timedelta(hours=4), END + timedelta(hours=4), people=(host, producer),
               organizer=host, description=PODCAST[1]),
        interview("iv-2", START + timedelta(hours=6), END + timedelta(hours=6), summary="Follow-up conversation",
                  description="A follow-up conversation with Dana about the Data Analyst position at Acme Robotics."),
    )


def _row(session, uid: str) -> Interview | None:
    return session.scalar(select(Interview).where(Interview.provider_event_id == uid))


def _note(interview: Interview, email: str, status: str, body: str) -> Note:
    return Note(interview=interview, recipient_email=email, recipient_name="", channel="email", status=status,
                subject="Thank you", body_text=body, body_html="", proposed_at=START)


@pytest.fixture
def judged_by_an_older_detector(runtime, clock, tmp_path):
    """The calendar synced, then its rows put back as an older detector left them."""
    path = tmp_path / "cal.ics"
    path.write_bytes(_events())
    clock.now = END + timedelta(hours=8)
    with runtime.session() as session:
        user_id = service.ensure_user(session, ME, "Alex Rivera").id
        session.commit()
    account_id, _ = service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    with runtime.session() as session:
        account = session.get(Account, account_id)
        account.detector_version = "older"
        account.next_sync_at = clock()
        iv1 = _row(session, "iv-1")
        iv1.company, iv1.fingerprint, iv1.status = "Acmerobotics", "judged-by-the-older-detector", "proposed"
        session.add_all([_note(iv1, "dana.whitfield@acmerobotics.com", "edited", "My own words to Dana."),
                         _note(iv1, "omar.haddad@acmerobotics.com", "sent", "Sent to Omar.")])
        for uid in ("pod-1", "pod-2"):  # the older detector took the podcast for an interview
            row = _row(session, uid)  # this one keeps it only as another event of the window, if at all
            assert row is None or row.status == "other"
            if row is None:
                row = Interview(account=account, provider_event_id=uid, start_at=START, end_at=END)
                session.add(row)
            row.title, row.status, row.fingerprint = PODCAST[0], "proposed", "judged-by-the-older-detector"
            row.people = [{"name": "Sam Host", "email": "sam@thedatapod.fm"}]
            session.add_all([_note(row, "sam@thedatapod.fm", "edited", "Thanks for having me on the show."),
                             _note(row, "kim@thedatapod.fm", "sent", "Sent to Kim.")])
            session.flush()
        session.delete(_row(session, "iv-2"))  # which it missed
        session.add(Correction(account_id=account_id, provider_event_id="pod-2", is_interview=True))
        session.commit()
    return account_id


def _notes(session, uid: str) -> list[tuple[str, str]]:
    return sorted((n.status, n.body_text) for n in _row(session, uid).notes)


def test_a_new_detector_judges_every_stored_event_again_keeping_corrections_and_the_users_notes(
        runtime, clock, judged_by_an_older_detector):
    run_round(runtime, clock())
    with runtime.session() as session:
        assert session.get(Account, judged_by_an_older_detector).detector_version == detection.VERSION
        iv1 = _row(session, "iv-1")
        assert iv1.company == "Acme Robotics"  # judged again: the company as the text writes it
        assert ("edited", "My own words to Dana.") in _notes(session, "iv-1")
        assert ("sent", "Sent to Omar.") in _notes(session, "iv-1")
        # no longer an interview: retired, the edited note withdrawn with its words, the sent one kept
        assert _row(session, "pod-1").status == "cancelled"
        assert _notes(session, "pod-1") == [("sent", "Sent to Kim."),
                                            ("withdrawn", "Thanks for having me on the show.")]
        # the user said this one is an interview: the correction wins over the new detector
        assert _row(session, "pod-2").status in ("upcoming", "proposed")
        assert ("edited", "Thanks for having me on the show.") in _notes(session, "pod-2")
        # what the older detector missed is found
        assert _row(session, "iv-2") is not None and _row(session, "iv-2").status in ("upcoming", "proposed")


def test_the_same_detector_reads_an_unchanged_calendar_no_more(runtime, clock, judged_by_an_older_detector):
    with runtime.session() as session:
        session.get(Account, judged_by_an_older_detector).detector_version = detection.VERSION
        session.commit()
    run_round(runtime, clock())
    with runtime.session() as session:
        assert _row(session, "iv-1").company == "Acmerobotics"  # nothing read, nothing judged again
        assert _row(session, "pod-1").status == "proposed"
