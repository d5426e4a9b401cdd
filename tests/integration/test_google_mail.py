"""Gmail: one draft per note, never overwriting the user's edits; the sent-check; nudges by mail."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from notes.store.model import Note, Nudge
from scheduler.ticks import run_round
from tests.integration.google_support import (  # noqa: F401 (fixtures)
    AUTH,
    END,
    ME,
    account,
    connect,
    fake,
    gapp,
    gclient,
    interview_event,
    notes,
    rt,
    sleeps,
)

DRAFTS = "/gmail/v1/users/me/drafts"


def ended_interview(gclient, fake, rt, clock, drafts=True, nudges=True):
    """Connected, the interview synced, then time moves past its end and the notes are proposed."""
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake, drafts=drafts, nudges=nudges)
    run_round(rt, clock())
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())


def nudges(rt) -> dict[str, Nudge]:
    with rt.session() as session:
        return {n.kind: n for n in session.scalars(select(Nudge))}


def test_one_draft_per_note_to_the_interviewer_text_and_html_naming_the_role(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    drafts = fake.gmail.parsed_drafts(ME)
    assert sorted(str(d["To"]) for d in drafts.values()) == [
        "Dana Whitfield <dana.whitfield@acmerobotics.com>", "Omar Haddad <omar.haddad@acmerobotics.com>"]
    for draft in drafts.values():
        assert "Data Analyst" in str(draft["Subject"])
        assert draft.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in draft.iter_parts()] == ["text/plain", "text/html"]
    assert {n.draft_id for n in notes(rt)} == set(drafts)
    for _ in range(3):
        clock.advance(minutes=1)
        run_round(rt, clock())
    assert fake.count(ME, DRAFTS) == 2 and len(fake.gmail.parsed_drafts(ME)) == 2


def test_no_draft_before_the_end_nor_when_the_user_did_not_want_drafts(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake, drafts=False, nudges=True)
    run_round(rt, clock())
    clock.now = END - timedelta(minutes=1)
    run_round(rt, clock())
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())
    assert len(notes(rt)) == 2 and fake.gmail.parsed_drafts(ME) == {}


def test_an_edit_in_afterview_updates_an_untouched_draft_but_never_one_the_user_edited(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    dana, omar = notes(rt)
    changed = gclient.patch(f"/api/notes/{dana.id}", json={"body_text": "Dear Dana, thank you. " * 10},
                            headers=AUTH)
    assert changed.status_code == 200
    run_round(rt, clock())
    drafts = fake.gmail.parsed_drafts(ME)
    assert "thank you." in drafts[dana.draft_id].get_body(("plain",)).get_content()
    fake.gmail.user_edits_draft(ME, omar.draft_id, "My own words to Omar.")
    gclient.patch(f"/api/notes/{omar.id}", json={"body_text": "Dear Omar, thanks. " * 10}, headers=AUTH)
    run_round(rt, clock())
    assert fake.gmail.parsed_drafts(ME)[omar.draft_id].get_content().strip() == "My own words to Omar."
    assert {n.recipient_email: n.draft_state for n in notes(rt)}["omar.haddad@acmerobotics.com"] == "user_edited"
    assert len(fake.gmail.parsed_drafts(ME)) == 2


def test_the_ready_nudge_arrives_in_the_users_own_inbox(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    (message,) = fake.gmail.inbox(ME)
    assert str(message["To"]) == ME and "ready" in str(message["Subject"])
    assert nudges(rt)["ready"].channel == "email" and nudges(rt)["ready"].status == "sent"


def test_sending_the_draft_is_noticed_and_stops_the_reminder(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    dana, omar = notes(rt)
    clock.advance(hours=1)
    fake.gmail.user_sends_draft(ME, dana.draft_id)
    fake.gmail.user_writes(ME, "omar.haddad@acmerobotics.com", "Thanks", "Thank you, Omar.")
    clock.advance(minutes=15)
    run_round(rt, clock())
    assert {n.status for n in notes(rt)} == {"sent"}
    clock.now = END + timedelta(hours=20, minutes=1)
    run_round(rt, clock())
    assert nudges(rt)["reminder"].status == "skipped"
    assert [str(m["Subject"]) for m in fake.gmail.inbox(ME) if "Reminder" in str(m["Subject"])] == []
    listed = [(m, p) for _w, m, p, _s in fake.requests if p.startswith("/gmail/v1/users/me/messages")]
    assert listed and all("q=" not in p for _m, p in listed)  # the metadata scope cannot search


def test_an_unsent_note_gets_one_reminder_by_mail(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    clock.now = END + timedelta(hours=20, minutes=1)
    run_round(rt, clock())
    clock.advance(hours=1)
    run_round(rt, clock())
    reminders = [m for m in fake.gmail.inbox(ME) if "Reminder" in str(m["Subject"])]
    assert len(reminders) == 1 and nudges(rt)["reminder"].channel == "email"


def test_without_mail_nudges_they_are_shown_in_the_sidebar_only(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock, drafts=True, nudges=False)
    assert fake.gmail.inbox(ME) == []
    assert nudges(rt)["ready"].channel == "sidebar" and nudges(rt)["ready"].status == "shown"
    assert len(fake.gmail.parsed_drafts(ME)) == 2


def test_a_draft_the_user_deleted_is_not_recreated(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    dana, _omar = notes(rt)
    with fake.gmail.lock:
        box = fake.gmail.mailbox(ME)
        box.messages.pop(box.drafts.pop(dana.draft_id))
    gclient.patch(f"/api/notes/{dana.id}", json={"subject": "Thank you — Data Analyst interview"}, headers=AUTH)
    run_round(rt, clock())
    assert len(fake.gmail.parsed_drafts(ME)) == 1
    with rt.session() as session:
        assert session.get(Note, dana.id).draft_state == "gone"


def test_undoing_a_sent_found_in_the_mailbox_holds_until_a_new_message(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    dana, _omar = notes(rt)
    clock.advance(hours=1)
    fake.gmail.user_writes(ME, "dana.whitfield@acmerobotics.com", "Lunch?", "About lunch on Friday.")
    run_round(rt, clock.advance(minutes=15))
    assert {n.id: n.status for n in notes(rt)}[dana.id] == "sent"
    undone = gclient.post(f"/api/notes/{dana.id}/restore", headers=AUTH)
    assert undone.status_code == 200 and undone.json["status"] == "proposed"
    for _ in range(2):  # the message that was not the note does not close it again
        run_round(rt, clock.advance(minutes=16))
        assert {n.id: n.status for n in notes(rt)}[dana.id] == "proposed"
    clock.advance(minutes=5)
    fake.gmail.user_writes(ME, "dana.whitfield@acmerobotics.com", "Thank you", "Thank you, Dana.")
    run_round(rt, clock.advance(minutes=16))
    assert {n.id: n.status for n in notes(rt)}[dana.id] == "sent"
