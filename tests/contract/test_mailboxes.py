"""Mailboxes, every implementation that has one: drafts written for the person met and never
taken for untouched once the user changed them, the sent-check, nudges to the user's own address,
and what a connection did not allow."""
from __future__ import annotations

from datetime import timedelta

import pytest

from providers.base import OutgoingNote, PermissionMissing, Person

from .backends import ME
from .conftest import MAILBOXES

pytestmark = pytest.mark.parametrize("backend", MAILBOXES, indirect=True)

DANA = Person("dana.whitfield@acmerobotics.com", "Dana Whitfield")
OMAR = Person("omar.haddad@acmerobotics.com", "Omar Haddad")


def note(to: Person = DANA, words: str = "the pipeline rebuild", marker: str = "") -> OutgoingNote:
    text = f"Dear {to.name.split()[0]},\n\nThank you for talking with me about {words}.\n\nAlex Rivera"
    return OutgoingNote(to, "Thank you — Data Analyst interview", text, f"<p>{text}</p>", marker=marker)


def mailbox(backend):
    found = backend.connector.mailbox(backend.connection)
    assert found is not None
    return found


def test_a_draft_is_written_to_the_person_met_and_reads_unchanged(backend):
    box = mailbox(backend)
    draft = box.create_draft(note())
    [(draft_id, written)] = backend.drafts().items()
    assert draft_id == draft.id
    assert (written.to, written.subject) == (DANA.email, "Thank you — Data Analyst interview")
    assert "the pipeline rebuild" in written.text
    assert box.draft_state(draft) == "unchanged"


def test_an_untouched_draft_is_replaced_in_place(backend):
    box = mailbox(backend)
    replaced = box.replace_draft(box.create_draft(note()), note(words="the churn dashboard"))
    [(draft_id, written)] = backend.drafts().items()
    assert draft_id == replaced.id and "the churn dashboard" in written.text
    assert box.draft_state(replaced) == "unchanged"


def test_a_draft_the_user_edited_reads_edited(backend):
    box = mailbox(backend)
    draft = box.create_draft(note())
    backend.user_edits(draft.id, "My own words for Dana.")
    assert box.draft_state(draft) == "edited"
    assert "My own words for Dana." in backend.drafts()[draft.id].text


def test_a_draft_sent_or_deleted_by_the_user_reads_gone(backend):
    box = mailbox(backend)
    sent, deleted = box.create_draft(note()), box.create_draft(note(OMAR))
    backend.user_sends(sent.id)
    backend.user_deletes(deleted.id)
    assert (box.draft_state(sent), box.draft_state(deleted)) == ("gone", "gone")
    assert backend.drafts() == {}


def test_the_sent_check_finds_drafts_sent_and_messages_written_since_a_time(backend, clock):
    box = mailbox(backend)
    backend.user_writes("earlier@acmerobotics.com", "Before", "Written before the interview ended.")
    clock.advance(minutes=5)
    since = clock()
    clock.advance(minutes=5)
    backend.user_sends(box.create_draft(note()).id)
    backend.user_writes(OMAR.email, "Thanks for today", "Thank you, Omar.")
    asked = {DANA.email, OMAR.email, "earlier@acmerobotics.com", "nobody@acmerobotics.com"}
    assert box.sent_to(asked, since) == {DANA.email, OMAR.email}
    assert box.sent_to(asked, since - timedelta(minutes=10)) >= {"earlier@acmerobotics.com"}


def test_who_wrote_to_the_inbox_since_a_time_is_read_by_domain_or_address(backend, clock):
    box = mailbox(backend)
    backend.someone_writes("dana.whitfield@acmerobotics.com", "Scheduling your interview")
    clock.advance(minutes=5)
    since = clock()
    clock.advance(minutes=5)
    backend.user_writes(DANA.email, "Thank you", "Thank you, Dana.")  # the user's own, not the inbox
    assert not box.received_from(["acmerobotics.com"], since)
    backend.someone_writes("talent@jobs.acmerobotics.com", "Your application")  # a subdomain of the company's
    backend.someone_writes("sam.lee@gmail.com", "Coffee?")
    assert box.received_from(["acmerobotics.com"], since)
    assert box.received_from(["globex.com", "sam.lee@gmail.com"], since)
    assert not box.received_from(["globex.com", "someone.else@gmail.com", "robotics.com"], since)
    clock.advance(minutes=5)
    assert not box.received_from(["acmerobotics.com", "sam.lee@gmail.com"], clock())


def test_many_messages_since_a_time_are_all_read(backend, clock):
    box = mailbox(backend)
    since = clock()
    clock.advance(minutes=1)
    backend.someone_writes("recruiting@acmerobotics.com", "Update on your application")
    for number in range(120):  # more than a page of newer messages from others
        clock.advance(seconds=1)
        backend.someone_writes(f"newsletter{number}@news.example.org", f"Issue {number}")
    assert box.received_from(["acmerobotics.com"], since)


def test_a_nudge_reaches_the_users_own_address(backend):
    mailbox(backend).notify_self("Thank-you notes ready for Acme Robotics", "Two notes are waiting.")
    [message] = backend.to_self()
    assert (message.to, message.subject) == (ME, "Thank-you notes ready for Acme Robotics")


def test_what_the_connection_did_not_allow_is_refused_as_permission_missing(backend):
    connection, refused = backend.limited()
    box = backend.connector.mailbox(connection)
    call = {"create_draft": lambda: box.create_draft(note()),
            "notify_self": lambda: box.notify_self("Thank-you notes ready", "Two notes are waiting.")}[refused]
    with pytest.raises(PermissionMissing):
        call()
    assert backend.drafts() == {} and backend.to_self() == []


def test_a_connection_without_mail_permissions_has_no_mailbox(backend):
    assert backend.connector.offers_mailbox
    assert backend.connector.mailbox(backend.connect(drafts=False, nudges=False)) is None


def test_a_retried_create_returns_the_draft_its_first_attempt_made_never_a_second(backend, clock):
    box = mailbox(backend)
    began = clock()
    made = box.create_draft(note(marker="mark-dana"))  # its answer may never have arrived: the caller retries
    clock.advance(minutes=5)
    again = box.create_draft(note(marker="mark-dana"), since=began)
    assert again.id == made.id and list(backend.drafts()) == [made.id]
    assert box.draft_state(again) == "unchanged"


def test_a_retried_create_whose_first_attempt_made_nothing_makes_the_draft(backend, clock):
    box = mailbox(backend)
    other = box.create_draft(note(OMAR, marker="mark-omar"))
    made = box.create_draft(note(marker="mark-dana"), since=clock() - timedelta(minutes=5))
    assert made.id != other.id and sorted(backend.drafts()) == sorted([made.id, other.id])
    assert backend.drafts()[made.id].to == DANA.email


def test_a_retried_nudge_is_sent_once_whether_or_not_its_first_attempt_went_out(backend, clock):
    box = mailbox(backend)
    began = clock()
    box.notify_self("Thank-you notes ready for Acme Robotics", "Two notes are waiting.", marker="nudge-acme")
    clock.advance(minutes=5)
    box.notify_self("Thank-you notes ready for Acme Robotics", "Two notes are waiting.", marker="nudge-acme",
                    since=began)
    box.notify_self("Thank-you notes ready for Globex", "One note is waiting.", marker="nudge-globex", since=began)
    assert [m.subject for m in backend.to_self()] == ["Thank-you notes ready for Acme Robotics",
                                                      "Thank-you notes ready for Globex"]
