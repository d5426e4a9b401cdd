"""A hostile event title or name (CR, LF, NEL, U+2028, U+2029, other controls) never reaches a
header: the nudge and the drafts go out through the real Gmail and Graph clients with one-line
subjects and names."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Note, Nudge
from scheduler.ticks import TickLog, run_round
from tests.fakes.microsoft_fixtures import (
    AUTH as MS_AUTH,
    MAILBOX,
    connect as ms_connect,
    interview_event as graph_event,
)
from tests.integration.google_support import END, ME, attendee, connect, interview_event

HOSTILE_TITLE = "Interview\rwith\u2028Dana\x85today\u2029\x1b\nnow"
HOSTILE_NAME = "Dana\r\nBcc: someone@elsewhere.example\u2028Whitfield"
BREAKS = ("\r", "\n", "\x85", "\u2028", "\u2029", "\x1b")


def clean(text: str) -> bool:
    return not any(ch in text for ch in BREAKS) and "  " not in text


@pytest.mark.parametrize("text, expected", [
    ("Thanks\r\nBcc: x@y.z", "Thanks Bcc: x@y.z"),
    ("a\x85b\u2028c\u2029d\x00e\x1bf\tg", "a b c d e f g"),
    ("\u202eevil\u202c title  ", "evil title"),
])
def test_header_text_is_one_clean_line(text, expected):
    from providers.text import header_text

    assert header_text(text) == expected


def hostile_google_event() -> dict:
    """An interview with someone at a Gmail address (no company to name): the title is the label."""
    dana = "dana.whitfield@gmail.com"
    return interview_event("iv1", summary=HOSTILE_TITLE, description="", organizer={"email": dana},
                           attendees=[attendee(dana, HOSTILE_NAME), attendee(ME, "Alex Rivera", self=True)])


def test_gmail_a_hostile_title_still_gets_its_nudge_and_draft_out_with_clean_headers(gclient, fake, rt, clock):
    fake.calendar.put_event(ME, hostile_google_event())
    connect(gclient, fake, drafts=True, nudges=True)
    run_round(rt, clock())
    clock.now = END + timedelta(minutes=11)
    record = TickLog()
    run_round(rt, clock(), record)
    assert record.failures == {}
    [message] = fake.gmail.inbox(ME)
    subject = str(message["Subject"])
    assert clean(subject) and "Interview with Dana today now" in subject
    assert [str(m["Bcc"]) for m in [message] if m["Bcc"]] == []
    [draft] = fake.gmail.parsed_drafts(ME).values()
    assert clean(str(draft["Subject"])) and clean(str(draft["To"])) and draft["Bcc"] is None
    with rt.session() as session:
        assert session.scalar(select(Nudge).where(Nudge.kind == "ready")).status == "sent"


def test_graph_a_hostile_title_and_name_and_edited_subject_give_clean_subjects(ms_client, ms_server, ms_user,
                                                                            ms_runtime, clock):
    end = clock() + timedelta(hours=1)
    event = graph_event("iv-1", end - timedelta(hours=1), subject=HOSTILE_TITLE, body={"contentType": "text",
                        "content": ""}, bodyPreview="")
    dana = {"type": "required", "status": {"response": "accepted"},
            "emailAddress": {"name": HOSTILE_NAME, "address": "dana.whitfield@gmail.com"}}
    event.update(organizer={"emailAddress": {"name": HOSTILE_NAME, "address": "dana.whitfield@gmail.com"}},
                 attendees=[dana, {"type": "required", "status": {"response": "none"},
                                   "emailAddress": {"name": "Alex Rivera", "address": MAILBOX}}])
    ms_user.put_event(event)
    ms_connect(ms_client, ms_server, {"drafts": True, "nudges": True})
    clock.now = end + timedelta(minutes=11)
    record = TickLog()
    run_round(ms_runtime, clock(), record)
    assert record.failures == {}
    [ready] = ms_server.cloud.graph.sent_items(ms_user, MAILBOX)  # a nudge is a draft, then sent
    assert clean(ready["subject"]) and "Interview with Dana today now" in ready["subject"]
    [draft] = ms_server.cloud.graph.drafts_of(ms_user)
    name = draft["toRecipients"][0]["emailAddress"]["name"]
    assert clean(draft["subject"]) and clean(name) and name.startswith("Dana")
    with ms_runtime.session() as session:
        note = session.scalar(select(Note).where(Note.channel == "email"))
    answer = ms_client.patch(f"/api/notes/{note.id}", json={"subject": "Thank you\r\nBcc: x@y.z\u2028today"},
                             headers=MS_AUTH)
    assert answer.status_code == 200
    run_round(ms_runtime, clock.advance(minutes=1), record)
    [draft] = ms_server.cloud.graph.drafts_of(ms_user)
    assert draft["subject"] == "Thank you Bcc: x@y.z today" and record.failures == {}
