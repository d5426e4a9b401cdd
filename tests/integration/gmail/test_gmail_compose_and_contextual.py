"""The compose trigger inserts a note (recipient, subject, body); the contextual trigger shows
the notes of the interview whose interviewer, or company, sent the opened message."""
from __future__ import annotations

from notes.store.model import Note

from .conftest import ALEX, BLAIR, actions_in, draft_update, render_cards, texts, trigger_cards
from .test_gmail_actions import alex_interview


def compose(sidebar, recipients=(), person=ALEX) -> dict:
    gmail = {"accessToken": "compose-token", "toRecipients": list(recipients), "ccRecipients": [],
             "bccRecipients": []}
    draft = {"toRecipients": list(recipients), "ccRecipients": [], "bccRecipients": []}
    answer = sidebar.post("/gmail/compose", person=person, gmail=gmail, draft=draft)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    [card] = trigger_cards(answer.json)
    return card


def test_compose_inserts_the_note_with_recipient_subject_and_body(sidebar, proposed, runtime):
    interview_id, (dana, omar) = alex_interview(runtime)
    card = compose(sidebar, recipients=["omar.haddad@acmerobotics.com"])
    rows = [w["decoratedText"] for s in card["sections"] for w in s["widgets"] if "decoratedText" in w]
    assert "Omar Haddad" in rows[0]["text"]  # the draft's recipient first
    assert {a["do"] for a in actions_in(card)} == {"open_interview"}  # every note needs a detail first
    refused = sidebar.action(do="insert", note=dana)
    assert "Fix this first" in refused.json["renderActions"]["action"]["notification"]["text"]

    details = "Dana: the forecasting pipeline she rebuilt\nOmar: his question about churn models"
    render_cards(sidebar.action(do="save_details", interview=interview_id, form={"details": details}).json)
    card = compose(sidebar, recipients=["omar.haddad@acmerobotics.com"])
    assert {"do": "insert", "note": str(omar)} in actions_in(card)
    markup = draft_update(sidebar.action(do="insert", note=omar).json)
    with runtime.session() as session:
        note = session.get(Note, omar)
        assert markup["updateToRecipients"] == {"toRecipients": [{"email": "omar.haddad@acmerobotics.com"}]}
        assert markup["updateSubject"] == {"subject": note.subject}
        assert markup["updateBody"]["insertContents"] == [{"content": note.body_html, "contentType": "MUTABLE_HTML"}]
        assert "churn models" in note.body_html


def test_closed_notes_are_not_offered_or_inserted(sidebar, proposed, runtime):
    _interview_id, (dana, omar) = alex_interview(runtime)
    render_cards(sidebar.action(do="mark_sent", note=dana).json)
    card = compose(sidebar)
    assert "Dana Whitfield" not in " ".join(texts(card)) and "Omar Haddad" in " ".join(texts(card))
    answer = sidebar.action(do="insert", note=dana)
    assert answer.json["renderActions"]["action"]["notification"]["text"] == "This note is sent: nothing to insert."


def test_compose_without_notes_says_so(sidebar, proposed):
    shown = " ".join(texts(compose(sidebar, person={"sub": "1999", "email": "new.person@example.org",
                                                      "name": "New Person"})))
    assert "No notes are waiting" in shown


def opened(sidebar, gmail_fake, sender: str, person=ALEX, message_token="msg-token-1") -> dict:
    gmail_fake.add("18e0c4f2a9d1b6c3", sender, f"ya29.{person['sub']}", "msg-token-1")
    event = {"messageId": "18e0c4f2a9d1b6c3", "threadId": "18e0c4f2a9d1b6c0", "accessToken": message_token}
    answer = sidebar.post("/gmail/contextual", person=person, gmail=event)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    [card] = trigger_cards(answer.json)
    return card


def test_message_from_an_interviewer_shows_that_interviews_notes(sidebar, gmail, proposed):
    card = opened(sidebar, gmail, '"Dana Whitfield" <Dana.Whitfield@acmerobotics.com>')
    assert card["header"]["title"] == "Acme Robotics · Data Analyst"
    headers = " ".join(s.get("header", "") for s in card["sections"])
    assert "To Dana Whitfield" in headers and "To Omar Haddad" in headers
    [request] = gmail.requests
    assert request["query"] == {"format": ["metadata"], "metadataHeaders": ["From"]}
    assert request["headers"]["Authorization"] == f"Bearer ya29.{ALEX['sub']}"
    assert request["headers"]["X-Goog-Gmail-Access-Token"] == "msg-token-1"


def test_message_from_the_company_matches_by_domain(sidebar, gmail, proposed):
    card = opened(sidebar, gmail, "Jordan Lee <jordan.lee@acmerobotics.com>")
    assert card["header"]["title"] == "Acme Robotics · Data Analyst"


def test_message_from_elsewhere_shows_the_homepage(sidebar, gmail, proposed):
    card = opened(sidebar, gmail, "A Friend <friend@gmail.com>")
    shown = " ".join(texts(card))
    assert card["name"] == "home" and "No interview with friend@gmail.com so far." in shown
    other = opened(sidebar, gmail, "Priya Nair <priya.nair@globex.example>")  # Blair's interviewer
    assert other["name"] == "home" and "Globex" not in " ".join(texts(other))


def test_gmail_refusing_the_message_falls_back_to_the_homepage(sidebar, gmail, proposed):
    card = opened(sidebar, gmail, "dana.whitfield@acmerobotics.com", message_token="stale-token")
    assert card["name"] == "home"
    blair = opened(sidebar, gmail, "Priya Nair <priya.nair@globex.example>", person=BLAIR)
    assert blair["header"]["title"] == "Globex · Product Designer"


def test_several_interviews_with_the_sender_are_listed(sidebar, gmail, proposed, runtime):
    _interview_id, notes = alex_interview(runtime)
    for note in notes:
        render_cards(sidebar.action(do="mark_sent", note=note).json)
    card = opened(sidebar, gmail, "Dana Whitfield <dana.whitfield@acmerobotics.com>")
    assert card["name"] == "matches"
    rows = [w["decoratedText"] for s in card["sections"] for w in s["widgets"]]
    assert len(rows) == 2 and all(r["onClick"]["action"]["parameters"][0]["value"] == "open_interview" for r in rows)
