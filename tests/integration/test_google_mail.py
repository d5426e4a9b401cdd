"""Gmail's own ways, beyond the mailbox contract (``tests/contract``) and the use cases every mailbox
goes through (``test_mailwork``): a draft is one MIME message with text and HTML alternatives, and the
sent-check reads sent mail without searching, as the metadata scope requires; undoing a "sent" the
sent-check found holds until a new message; a draft or nudge whose answer was lost is found by its
mark (read without searching) and never made twice."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from notes.store.model import Nudge
from scheduler.ticks import run_round
from tests.integration.google_support import AUTH, END, ME, connect, interview_event, notes

MARK_HEADER = "X-Afterview-Mark"  # Afterview's own mark on its drafts and nudges


def ended_interview(gclient, fake, rt, clock, drafts=True, nudges=True):
    """Connected, the interview synced, then time moves past its end and the notes are proposed."""
    fake.calendar.put_event(ME, interview_event("iv1"))
    connect(gclient, fake, drafts=drafts, nudges=nudges)
    run_round(rt, clock())
    clock.now = END + timedelta(minutes=11)
    run_round(rt, clock())


def test_a_draft_is_one_message_with_text_and_html_alternatives(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    drafts = fake.gmail.parsed_drafts(ME)
    assert sorted(str(d["To"]) for d in drafts.values()) == [
        "Dana Whitfield <dana.whitfield@acmerobotics.com>", "Omar Haddad <omar.haddad@acmerobotics.com>"]
    for draft in drafts.values():
        assert draft.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in draft.iter_parts()] == ["text/plain", "text/html"]
    assert {n.draft_id for n in notes(rt)} == set(drafts)


def test_the_sent_check_lists_sent_mail_without_a_search(gclient, fake, rt, clock):
    ended_interview(gclient, fake, rt, clock)
    dana, _omar = notes(rt)
    clock.advance(hours=1)
    fake.gmail.user_sends_draft(ME, dana.draft_id)
    clock.advance(minutes=15)
    run_round(rt, clock())
    assert {n.recipient_email: n.status for n in notes(rt)}["dana.whitfield@acmerobotics.com"] == "sent"
    listed = [p for _w, _m, p, _s in fake.requests if p.startswith("/gmail/v1/users/me/messages")]
    assert listed and all("q=" not in p for p in listed)  # the metadata scope cannot search


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


def nudges(rt) -> dict[str, Nudge]:
    with rt.session() as session:
        return {n.kind: n for n in session.scalars(select(Nudge))}


def test_a_draft_made_by_a_create_whose_answer_was_lost_is_found_not_made_again(gclient, fake, rt, clock):
    fake.fail(r"/gmail/v1/users/me/drafts$", 503, times=2, method="POST", after=True)
    ended_interview(gclient, fake, rt, clock)
    assert all(n.draft_id is None for n in notes(rt)) and len(fake.gmail.parsed_drafts(ME)) == 2  # made, unheard
    run_round(rt, clock.advance(minutes=6))
    drafts = fake.gmail.parsed_drafts(ME)
    assert len(drafts) == 2 and {n.draft_id for n in notes(rt)} == set(drafts)
    assert {str(d[MARK_HEADER]) for d in drafts.values()} == {n.draft_marker for n in notes(rt)}
    assert all(n.draft_state == "created" and n.draft_tried_at is None for n in notes(rt))


def test_a_nudge_whose_answer_was_lost_is_not_sent_again(gclient, fake, rt, clock):
    fake.fail(r"/gmail/v1/users/me/messages/send$", 503, method="POST", after=True)
    ended_interview(gclient, fake, rt, clock)
    assert len(fake.gmail.inbox(ME)) == 1 and nudges(rt)["ready"].status == "pending"  # sent, unheard
    run_round(rt, clock.advance(minutes=3))
    (message,) = fake.gmail.inbox(ME)
    ready = nudges(rt)["ready"]
    assert (ready.status, ready.channel) == ("sent", "email") and str(message[MARK_HEADER]) == ready.marker
    assert fake.count(ME, "/messages/send") == 1


def test_a_nudge_refused_outright_is_sent_on_the_retry(gclient, fake, rt, clock):
    fake.fail(r"/gmail/v1/users/me/messages/send$", 503, method="POST")
    ended_interview(gclient, fake, rt, clock)
    assert fake.gmail.inbox(ME) == []
    run_round(rt, clock.advance(minutes=3))
    assert len(fake.gmail.inbox(ME)) == 1 and nudges(rt)["ready"].status == "sent"
