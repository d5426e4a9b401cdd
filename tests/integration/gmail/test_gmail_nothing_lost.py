"""The sidebar keeps what the user typed, undoes what they did, names each note's channel and
buttons, says when notes are coming, shows a vanishing calendar, and looks in the sent folder when
opened (at most once a minute)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from notes.store.model import Interview, Note, User

from .conftest import ALEX, actions_in, texts, trigger_cards
from .test_gmail_actions import alex_interview, card_of, notification

MINE = "Dear Dana,\n\nThank you for the tour of the forecasting pipeline.\n\nAlex"


def inputs(card: dict) -> dict[str, dict]:
    return {w["textInput"]["name"]: w["textInput"] for s in card["sections"] for w in s["widgets"] if "textInput" in w}


def buttons(card: dict) -> list[dict]:
    found = []
    for section in card["sections"]:
        for widget in section["widgets"]:
            found += widget.get("buttonList", {}).get("buttons", [])
            if "button" in widget.get("decoratedText", {}):
                found.append(widget["decoratedText"]["button"])
    return found


def status_of(runtime, note_id: int) -> str:
    with runtime.session() as session:
        return session.get(Note, note_id).status


def test_typed_text_survives_another_button_and_is_marked_unsaved(sidebar, proposed, runtime):
    interview_id, (dana, omar) = alex_interview(runtime)
    card = card_of(sidebar.action(do="open_interview", interview=interview_id))
    shown = {name: field.get("value", "") for name, field in inputs(card).items()}
    typed = {**shown, f"body_{dana}": MINE, "details": "Omar: the dashboards for field teams"}
    answer = sidebar.action(do="mark_sent", note=omar, form=typed)
    after = inputs(card_of(answer))
    assert after[f"body_{dana}"]["value"] == MINE and after[f"body_{dana}"]["label"] == "Note (unsaved changes)"
    assert after["details"]["value"] == "Omar: the dashboards for field teams"
    assert after[f"subject_{dana}"]["label"] == "Subject"  # untouched: no mark
    assert status_of(runtime, omar) == "sent"
    with runtime.session() as session:
        assert session.get(Note, dana).body_text != MINE  # typed, not saved: nothing stored behind the user's back
    saved = inputs(card_of(sidebar.action(do="edit_note", note=dana, form={**typed, f"body_{dana}": MINE})))
    assert saved[f"body_{dana}"]["label"] == "Note" and saved[f"body_{dana}"]["value"].strip() == MINE.strip()


def test_discard_puts_the_stored_words_back(sidebar, proposed, runtime):
    interview_id, (dana, _omar) = alex_interview(runtime)
    card = card_of(sidebar.action(do="open_interview", interview=interview_id))
    stored = inputs(card)[f"body_{dana}"]["value"]
    changed = card_of(sidebar.action(do="redraw", interview=interview_id, form={f"body_{dana}": MINE}))
    discard = [b for b in buttons(changed) if b["text"] == "Discard changes"]
    assert [b["altText"] for b in discard] == ["Discard your changes to the note to Dana Whitfield"]
    after = inputs(card_of(sidebar.action(do="discard", note=dana, form={f"body_{dana}": MINE})))
    assert after[f"body_{dana}"]["value"] == stored and after[f"body_{dana}"]["label"] == "Note"


def test_undo_reopens_a_sent_and_a_dismissed_note(sidebar, proposed, runtime):
    interview_id, (dana, omar) = alex_interview(runtime)
    sent = sidebar.action(do="mark_sent", note=dana)
    assert "Undo" in notification(sent)
    undo = [b for b in buttons(card_of(sent)) if b["text"] == "Undo"]
    assert [b["altText"] for b in undo] == ["Undo: open the note to Dana Whitfield again"]
    assert {"do": "restore", "note": str(dana)} in actions_in(card_of(sent))
    card_of(sidebar.action(do="dismiss", note=omar))
    assert "open again" in notification(sidebar.action(do="restore", note=dana))
    sidebar.action(do="restore", note=omar)
    assert (status_of(runtime, dana), status_of(runtime, omar)) == ("proposed", "proposed")


def test_not_an_interview_asks_when_notes_were_edited_and_undo_brings_them_back(sidebar, proposed, runtime):
    interview_id, (dana, _omar) = alex_interview(runtime)
    card_of(sidebar.action(do="edit_note", note=dana, form={f"subject_{dana}": "Thank you", f"body_{dana}": MINE}))
    asked = card_of(sidebar.action(do="not_interview", interview=interview_id))
    assert "You edited 1 note here" in " ".join(texts(asked))
    assert {"do": "not_interview", "interview": str(interview_id), "confirmed": "yes"} in actions_in(asked)
    with runtime.session() as session:
        assert session.get(Interview, interview_id).status == "proposed"  # nothing done before the answer
    done = sidebar.action(do="not_interview", interview=interview_id, confirmed="yes")
    assert "Undo" in notification(done)
    assert {"do": "is_interview", "interview": str(interview_id)} in actions_in(card_of(done))
    assert status_of(runtime, dana) == "withdrawn"
    back = card_of(sidebar.action(do="is_interview", interview=interview_id))
    assert inputs(back)[f"body_{dana}"]["value"].strip() == MINE.strip()
    assert status_of(runtime, dana) == "edited"


def test_every_note_button_names_its_note(sidebar, proposed, runtime):
    interview_id, _notes = alex_interview(runtime)
    card = card_of(sidebar.action(do="open_interview", interview=interview_id))
    named = {b["text"]: b.get("altText", "") for b in buttons(card) if b["text"] in ("Save edits", "Mark sent",
                                                                                 "Dismiss")}
    assert named and all("the note to " in alt for alt in named.values())
    assert "Mark the note to Dana Whitfield sent" in [b.get("altText") for b in buttons(card)]


def test_the_home_list_says_each_notes_channel_and_when_notes_are_coming(sidebar, proposed, runtime, clock):
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    assert "To Dana Whitfield · email" in " ".join(texts(home))
    assert "ended · notes coming" not in " ".join(texts(home))
    with runtime.session() as session:  # the next round ended a moment ago; its notes are not due yet
        later = session.scalar(select(Interview).where(Interview.provider_event_id == "alex-iv-next"))
        later.start_at, later.end_at = clock() - timedelta(hours=1), clock() - timedelta(minutes=2)
        later_id = later.id
        session.commit()
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    assert "ended · notes coming" in " ".join(texts(home))
    card = card_of(sidebar.action(do="open_interview", interview=later_id))
    assert "its notes are coming" in " ".join(texts(card))


def test_a_card_note_says_card(sidebar, proposed, runtime):
    with runtime.session() as session:
        note = session.scalar(select(Note).join(Interview).where(Interview.provider_event_id == "alex-iv"))
        note.channel = "handwritten"
        name = note.recipient_name
        session.commit()
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    assert f"To {name} · card" in " ".join(texts(home))


def test_a_vanishing_calendar_is_shown_with_a_button_that_confirms(sidebar, proposed, runtime, clock):
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        [account] = user.accounts
        account.warning = "The calendar shows none of the 2 interviews it had: nothing was removed."
        account.held_removals = ["alex-iv", "alex-iv-next"]
        session.commit()
        account_id = account.id
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    assert "shows none of the 2 interviews" in " ".join(texts(home))
    assert {"do": "confirm_removal", "account": str(account_id)} in actions_in(home)
    answer = sidebar.action(do="confirm_removal", account=account_id)
    assert "Removed" in notification(answer)
    with runtime.session() as session:
        assert {i.status for i in session.scalars(select(Interview).where(Interview.account_id == account_id))} \
            == {"cancelled"}


class SentFolder:
    """A mailbox whose sent folder holds messages to ``people``; counts how often it is asked."""

    def __init__(self):
        self.people: set[str] = set()
        self.asked = 0

    def sent_to(self, addresses, since):
        self.asked += 1
        return self.people & set(addresses)


class MailOnly:
    offers_mailbox = True

    def __init__(self, mailbox):
        self._mailbox = mailbox

    def calendar(self, connection):
        raise AssertionError("not synced here")

    def mailbox(self, connection):
        return self._mailbox

    def watcher(self, connection):
        return None


def test_opening_the_sidebar_looks_in_the_sent_folder_at_most_once_a_minute(sidebar, proposed, runtime, clock):
    folder = SentFolder()
    runtime.connectors["mailish"] = MailOnly(folder)
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        [account] = user.accounts
        account.provider = "mailish"  # the same account, with a mailbox to look in
        session.commit()
    interview_id, (dana, omar) = alex_interview(runtime)
    with runtime.session() as session:
        dana_address = session.get(Note, dana).recipient_email
    folder.people.add(dana_address)
    sidebar.post("/gmail/homepage")
    assert status_of(runtime, dana) == "sent" and folder.asked == 1
    with runtime.session() as session:
        folder.people.add(session.get(Note, omar).recipient_email)
    clock.advance(seconds=30)
    sidebar.post("/gmail/homepage")
    assert status_of(runtime, omar) == "proposed" and folder.asked == 1  # not twice within a minute
    clock.advance(seconds=31)
    sidebar.post("/gmail/homepage")
    assert status_of(runtime, omar) == "sent" and folder.asked == 2


class BrokenFolder(SentFolder):
    def sent_to(self, addresses, since):
        raise RuntimeError("the mailbox answered nonsense")


def test_a_failing_sent_check_never_breaks_the_sidebar(sidebar, proposed, runtime):
    runtime.connectors["mailish"] = MailOnly(BrokenFolder())
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        [account] = user.accounts
        account.provider = "mailish"
        session.commit()
    answer = sidebar.post("/gmail/homepage")
    assert answer.status_code == 200 and trigger_cards(answer.json)
