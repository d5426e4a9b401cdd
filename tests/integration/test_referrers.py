"""Referrers at the in-memory provider and through the local HTTP API: the person an invitation names
as the user's referrer gets a short update after the interview, with nothing confidential in it; a
referrer the user marks works the same, wins over the invitation and can be taken back. And the notes
that follow an interview never stand in for the thank-you of a person met."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Interview, Note, Nudge
from notes.usecases.followups import _propose
from providers.base import CalendarEvent, Person
from scheduler.ticks import run_round

from .conftest import ME

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
DANA, OMAR, JANE = "dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com", "jane.doe@example.org"
AUTH = {"Authorization": "Bearer test-token"}


def invitation(description: str) -> CalendarEvent:
    return CalendarEvent(
        event_id="iv-1", title="Interview: Data Analyst - Acme Robotics", start=START, end=END,
        description=description, organizer=Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting"),
        attendees=(Person(DANA, "Dana Whitfield", "accepted"), Person(OMAR, "Omar Haddad", "accepted"),
                   Person(ME, "Alex Rivera", "accepted")))


def synced(memory, runtime, clock, description: str) -> None:
    memory.account.put_event(invitation(description))
    run_round(runtime, clock())


def after_the_end(runtime, clock) -> None:
    clock.now = END + timedelta(minutes=11)
    run_round(runtime, clock())


def notes_by_kind(runtime) -> dict[str, list[Note]]:
    found: dict[str, list[Note]] = {}
    with runtime.session() as session:
        for note in session.scalars(select(Note).order_by(Note.id)):
            found.setdefault(note.kind, []).append(note)
    return found


def interview_id(runtime) -> int:
    with runtime.session() as session:
        return session.scalar(select(Interview.id))


REFERRED = ("Your interview for the Data Analyst position at Acme Robotics with Dana Whitfield and Omar Haddad. "
            "You were referred by Jane Doe (jane.doe@example.org).")


def test_the_referrer_an_invitation_names_gets_an_update_after_the_interview_not_before(memory, runtime, clock):
    synced(memory, runtime, clock, REFERRED)
    assert "referrer_update" not in notes_by_kind(runtime)  # never before the end
    after_the_end(runtime, clock)
    kinds = notes_by_kind(runtime)
    [update] = kinds["referrer_update"]
    assert sorted(n.recipient_email for n in kinds["interview"]) == [DANA, OMAR]  # Jane was not met
    assert (update.recipient_email, update.recipient_name, update.status) == (JANE, "Jane Doe", "proposed")
    assert update.body_text.startswith("Dear Jane,") and "took place" in update.body_text
    assert "Dana" not in update.body_text and "Omar" not in update.body_text
    assert update.findings == []
    run_round(runtime, clock.advance(minutes=1))
    assert memory.account.drafts[notes_by_kind(runtime)["referrer_update"][0].draft_id].to == JANE


def test_the_update_is_in_the_invitations_language(memory, runtime, clock):
    synced(memory, runtime, clock, "Ihr Vorstellungsgespräch für die Stelle als Data Analyst bei Acme Robotics mit "
                                   "Dana Whitfield. Sie wurden empfohlen von Jana Berg (jana.berg@example.de).")
    after_the_end(runtime, clock)
    [update] = notes_by_kind(runtime)["referrer_update"]
    assert update.language == "de" and update.recipient_email == "jana.berg@example.de"
    assert update.body_text.startswith("Hallo Jana,") and "stattgefunden" in update.body_text


def test_what_the_user_adds_of_the_interview_itself_is_flagged(client, memory, runtime, clock):
    synced(memory, runtime, clock, REFERRED)
    after_the_end(runtime, clock)
    [update] = notes_by_kind(runtime)["referrer_update"]
    edited = client.patch(f"/api/notes/{update.id}", headers=AUTH, json={
        "body_text": "Dear Jane,\n\nThe interview took place today. Dana Whitfield asked me about my salary "
                     "expectations and I think it went really well.\n\nBest regards,\nAlex Rivera"})
    assert edited.status_code == 200
    [u1] = [f for f in edited.get_json()["findings"] if f["rule"] == "U1"]
    assert u1["severity"] == "warn"
    for said in ("who you met (Dana Whitfield, Dana)", "the questions asked", "pay", "how it went"):
        assert said in u1["message"]


def test_a_referrer_marked_through_the_api_gets_the_update_at_once(client, memory, runtime, clock):
    synced(memory, runtime, clock, "Your interview for the Data Analyst position at Acme Robotics with Dana "
                                   "Whitfield and Omar Haddad.")
    after_the_end(runtime, clock)
    assert "referrer_update" not in notes_by_kind(runtime)
    answer = client.post(f"/api/interviews/{interview_id(runtime)}/referrer", headers=AUTH,
                         json={"name": "Sam Lee", "email": "Sam.Lee@Example.org"})
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["referrer"] == {"name": "Sam Lee", "email": "sam.lee@example.org", "source": "user"}
    [update] = [n for n in body["notes"] if n["kind"] == "referrer_update"]
    assert update["to"] == {"name": "Sam Lee", "email": "sam.lee@example.org"} and update["status"] == "proposed"
    assert update["body_text"].startswith("Dear Sam,")


def test_the_users_referrer_wins_over_the_invitation_and_can_be_taken_back(client, memory, runtime, clock):
    synced(memory, runtime, clock, REFERRED)
    answer = client.post(f"/api/interviews/{interview_id(runtime)}/referrer", headers=AUTH,
                         json={"name": "Sam Lee", "email": "sam.lee@example.org"})
    assert answer.status_code == 200
    memory.account.put_event(invitation(REFERRED + " See you soon."))  # the invitation changes, Jane still named
    run_round(runtime, clock.advance(minutes=5))
    after_the_end(runtime, clock)
    assert [n.recipient_email for n in notes_by_kind(runtime)["referrer_update"]] == ["sam.lee@example.org"]
    taken_back = client.post(f"/api/interviews/{interview_id(runtime)}/referrer", headers=AUTH,
                             json={"referrer": None})
    assert taken_back.status_code == 200 and taken_back.get_json()["referrer"] is None
    [update] = notes_by_kind(runtime)["referrer_update"]
    assert update.status == "withdrawn" and "Sam" in update.body_text  # set aside with its text


@pytest.mark.parametrize("body, error", [
    ({"name": "Sam Lee", "email": "not an address"}, "not an email address"),
    ({"name": "", "email": ""}, "give the name or the email address"),
    ({"name": "Sam", "phone": "123"}, "send {"),
    ({"name": 5}, "must be text"),
])
def test_a_bad_referrer_is_a_clear_error_and_changes_nothing(client, memory, runtime, clock, body, error):
    synced(memory, runtime, clock, REFERRED)
    answer = client.post(f"/api/interviews/{interview_id(runtime)}/referrer", headers=AUTH, json=body)
    assert answer.status_code == 400 and error in answer.get_json()["error"]
    shown = client.get(f"/api/interviews/{interview_id(runtime)}", headers=AUTH).get_json()
    assert shown["referrer"] == {"name": "Jane Doe", "email": JANE, "source": "invitation"}


def test_a_follow_up_to_a_person_met_never_stands_in_for_their_thank_you(client, memory, runtime, clock):
    """Proposals look up "the note of this person" among thank-yous only: a follow-up to Dana keeps its words
    when the thank-yous are composed again."""
    synced(memory, runtime, clock, "Your interview for the Data Analyst position at Acme Robotics with Dana "
                                   "Whitfield and Omar Haddad. Dana will get back to you within a week.")
    after_the_end(runtime, clock)
    with runtime.session() as session:
        interview = session.scalar(select(Interview))
        _propose(interview, clock())  # as the follow-up tick would, weeks later
        session.commit()
    [follow_up] = notes_by_kind(runtime)["follow_up"]
    assert follow_up.recipient_email == DANA  # the person who gave the timeline
    answer = client.post(f"/api/interviews/{interview_id(runtime)}/details", headers=AUTH,
                         json={"text": "Dana: the churn dashboard"})
    assert answer.status_code == 200
    kinds = notes_by_kind(runtime)
    assert (kinds["follow_up"][0].body_text, kinds["follow_up"][0].status) == (follow_up.body_text, "proposed")
    thanks = {n.recipient_email: n for n in kinds["interview"]}
    assert "churn dashboard" in thanks[DANA].body_text and thanks[DANA].status == "proposed"


def test_the_reminder_is_about_the_thank_yous_not_the_referrers_update(client, memory, runtime, clock):
    synced(memory, runtime, clock, REFERRED)
    after_the_end(runtime, clock)
    for note in notes_by_kind(runtime)["interview"]:
        assert client.post(f"/api/notes/{note.id}/sent", headers=AUTH).status_code == 200
    clock.now = END + timedelta(hours=20, minutes=1)
    run_round(runtime, clock())
    with runtime.session() as session:
        reminder = session.scalar(select(Nudge).where(Nudge.kind == "reminder"))
    assert reminder.status == "skipped"  # the thank-yous went out; the referrer's update is no reason to nag


def test_the_thank_you_already_sent_to_a_person_does_not_close_their_follow_up(memory, runtime, clock):
    synced(memory, runtime, clock, "Your interview for the Data Analyst position at Acme Robotics with Dana "
                                   "Whitfield. Dana will get back to you within a week.")
    after_the_end(runtime, clock)
    memory.account.user_writes(DANA, "Thank you", "Thank you, Dana.")
    run_round(runtime, clock.advance(minutes=20))
    assert {n.recipient_email: n.status for n in notes_by_kind(runtime)["interview"]}[DANA] == "sent"
    clock.advance(days=9)
    with runtime.session() as session:
        _propose(session.scalar(select(Interview)), clock())
        session.commit()
    run_round(runtime, clock.advance(minutes=20))
    assert notes_by_kind(runtime)["follow_up"][0].status == "proposed"  # the thank-you was not this note
    memory.account.user_writes(DANA, "Following up", "Any news?")
    run_round(runtime, clock.advance(minutes=20))
    assert notes_by_kind(runtime)["follow_up"][0].status == "sent"


def test_one_interviews_failing_inbox_read_never_stops_the_others_follow_up(client, memory, runtime, clock):
    from providers.base import Unavailable

    for number, company in ((1, "acmerobotics.com"), (2, "globex.com")):
        memory.account.put_event(CalendarEvent(
            event_id=f"iv-{number}", title=f"Interview: Data Analyst - {company}", start=START, end=END,
            description=f"Your interview for the Data Analyst position at {company}. We will get back to you "
                        "within a week.",
            organizer=Person(f"recruiting@{company}", "Recruiting"),
            attendees=(Person(f"dana@{company}", "Dana Whitfield", "accepted"), Person(ME, "Alex Rivera", "accepted"))))
    run_round(runtime, clock())
    after_the_end(runtime, clock)
    for note in notes_by_kind(runtime)["interview"]:
        assert client.post(f"/api/notes/{note.id}/sent", headers=AUTH).status_code == 200
    memory.account.when("received_from", Unavailable("the mailbox did not answer"))
    clock.now = datetime(2026, 3, 11, 9, 1, tzinfo=UTC)
    run_round(runtime, clock())
    assert len(notes_by_kind(runtime).get("follow_up", [])) == 1  # the other interview's went ahead
    run_round(runtime, clock.advance(minutes=5))  # the failed one is tried again after its backoff
    assert sorted(n.recipient_email for n in notes_by_kind(runtime)["follow_up"]) == [
        "recruiting@acmerobotics.com", "recruiting@globex.com"]
