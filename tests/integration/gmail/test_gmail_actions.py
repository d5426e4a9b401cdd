"""Card actions: open an interview, add details, regenerate, edit, mark sent, dismiss, open the
draft, settings and disconnect. Every answer is checked against the documented envelope and
the official card type."""
from __future__ import annotations

from sqlalchemy import select

from notes.store.model import Account, Interview, Note, User

from .conftest import ALEX, actions_in, current_findings_of, render_cards, texts, trigger_cards


def alex_interview(runtime) -> tuple[int, list[int]]:
    """Alex's proposed interview and its email notes (Dana's first)."""
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        interview = session.scalar(select(Interview).join(Account).where(
            Account.user_id == user.id, Interview.status == "proposed"))
        notes = sorted((n for n in interview.notes if n.channel == "email"),
                       key=lambda n: not n.recipient_email.startswith("dana"))
        return interview.id, [n.id for n in notes]


def card_of(answer) -> dict:
    assert answer.status_code == 200, answer.get_data(as_text=True)
    [card] = render_cards(answer.json)
    return card


def notification(answer) -> str:
    return answer.json["renderActions"]["action"]["notification"]["text"]


def test_homepage_rows_open_the_interview_card(sidebar, proposed, runtime, clock):
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    interview_id, note_ids = alex_interview(runtime)
    assert {"do": "open_interview", "interview": str(interview_id)} in actions_in(home)
    answer = sidebar.action(do="open_interview", interview=interview_id)
    assert list(answer.json["renderActions"]["action"]["navigations"][0]) == ["pushCard"]
    card = card_of(answer)
    shown = texts(card)
    joined = " ".join(shown)
    assert "To Dana Whitfield" in " ".join(s.get("header", "") for s in card["sections"])
    findings = current_findings_of(runtime, ALEX, clock())[note_ids[0]]
    assert any(f["severity"] == "block" for f in findings)  # no memorable detail yet
    for finding in findings:  # each finding with its hint, escaped
        assert finding["message"].replace("&", "&amp;").replace("<", "&lt;") in joined
    inputs = {w["textInput"]["name"] for s in card["sections"] for w in s["widgets"] if "textInput" in w}
    assert "details" in inputs and {f"subject_{note_ids[0]}", f"body_{note_ids[0]}"} <= inputs
    wanted = {"save_details", "regenerate", "edit_note", "mark_sent", "dismiss"}
    assert wanted <= {a["do"] for a in actions_in(card)}
    assert "Open draft" not in shown  # no draft in the mailbox for an .ics calendar


def test_memorable_details_rewrite_the_notes(sidebar, proposed, runtime):
    interview_id, note_ids = alex_interview(runtime)
    detail = "Dana: the forecasting pipeline she rebuilt last spring"
    answer = sidebar.action(do="save_details", interview=interview_id, form={"details": detail})
    card = card_of(answer)
    assert "rewritten" in notification(answer)
    assert answer.json["renderActions"]["action"]["navigations"][0].keys() == {"updateCard"}
    with runtime.session() as session:
        dana = session.get(Note, note_ids[0])
        assert "forecasting pipeline" in dana.body_text and dana.interview.details == detail
        assert "needs-detail" not in (dana.flags or [])
    assert any("forecasting pipeline" in t for t in texts(card))
    again = sidebar.action(do="regenerate", interview=interview_id)
    assert "forecasting pipeline" in " ".join(texts(card_of(again)))


def test_edit_mark_sent_and_dismiss(sidebar, proposed, runtime):
    interview_id, (dana, omar) = alex_interview(runtime)
    body = "Dear Dana,\n\nThank you for walking me through the forecasting work.\n\nAlex"
    edited = sidebar.action(do="edit_note", note=dana, form={f"subject_{dana}": "Thank you, Dana",
                                                             f"body_{dana}": body})
    card_of(edited)
    assert notification(edited) == "Your edits are saved."
    sent = sidebar.action(do="mark_sent", note=dana)
    assert "sent" in notification(sent)
    again = sidebar.action(do="edit_note", note=dana, form={f"subject_{dana}": "x", f"body_{dana}": "y"})
    assert again.status_code == 200 and "cannot be edited" in notification(again)
    card_of(sidebar.action(do="dismiss", note=omar))
    with runtime.session() as session:
        first, second = session.get(Note, dana), session.get(Note, omar)
        assert (first.status, first.subject, first.body_text) == ("sent", "Thank you, Dana", body)
        assert "<p" in first.body_html and first.sent_at is not None
        assert second.status == "dismissed"


def test_open_draft_only_when_there_is_a_draft(sidebar, proposed, runtime):
    interview_id, (dana, omar) = alex_interview(runtime)
    with runtime.session() as session:
        note = session.get(Note, dana)
        note.draft_id, note.draft_version = "r-5512", "18e0c4f2a9d1b6c3"
        note.interview.account.provider = "google"
        session.commit()
    card = card_of(sidebar.action(do="open_interview", interview=interview_id))
    links = [b["onClick"]["openLink"]["url"] for s in card["sections"] for w in s["widgets"]
             if "buttonList" in w for b in w["buttonList"]["buttons"] if "openLink" in b["onClick"]]
    assert links == ["https://mail.google.com/mail/#drafts?compose=18e0c4f2a9d1b6c3"]


def test_open_draft_for_a_note_written_in_the_users_gmail(sidebar, proposed, runtime):
    """The interview is from a calendar file; its notes are written in Alex's connected Gmail."""
    interview_id, (dana, _omar) = alex_interview(runtime)
    with runtime.session() as session:
        note = session.get(Note, dana)
        assert note.interview.account.provider == "ics"
        session.add(Account(user=note.interview.account.user, provider="google", external_id="alex@example.com"))
        note.draft_id, note.draft_version = "r-77", "18e0c4f2a9d1b6c4"
        session.commit()
    card = card_of(sidebar.action(do="open_interview", interview=interview_id))
    links = [b["onClick"]["openLink"]["url"] for s in card["sections"] for w in s["widgets"]
             if "buttonList" in w for b in w["buttonList"]["buttons"] if "openLink" in b["onClick"]]
    assert links == ["https://mail.google.com/mail/#drafts?compose=18e0c4f2a9d1b6c4"]


def test_user_and_event_text_is_escaped(sidebar, proposed, runtime):
    interview_id, (dana, _omar) = alex_interview(runtime)
    with runtime.session() as session:
        interview = session.get(Interview, interview_id)
        interview.company = "R&D <Labs>"
        note = session.get(Note, dana)
        note.recipient_name = '<img src=x onerror="alert(1)">Dana'
        session.commit()
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    card = card_of(sidebar.action(do="open_interview", interview=interview_id))
    for shown in (home, card):
        formatted = [w["decoratedText"][k] for s in shown["sections"] for w in s["widgets"]
                     if "decoratedText" in w for k in ("text", "topLabel", "bottomLabel") if k in w["decoratedText"]]
        formatted += [s.get("header", "") for s in shown["sections"]]
        joined = " ".join(formatted)
        assert "<img" not in joined and "&lt;img src=x" in joined
        assert "<Labs>" not in joined
    assert "R&amp;D &lt;Labs&gt;" in " ".join(texts(home))
    assert card["header"]["title"] == "R&D <Labs> · Data Analyst"  # plain field: shown as typed


def test_settings_are_saved_through_the_shared_rules(sidebar, proposed, runtime):
    card = card_of(sidebar.action(do="open_settings"))
    names = {w[k]["name"] for s in card["sections"] for w in s["widgets"] for k in ("textInput", "selectionInput")
             if k in w}
    assert {"channel", "delay", "nudges", "language", "name", "phone", "signature"} <= names
    [nudges] = [w["selectionInput"] for s in card["sections"] for w in s["widgets"]
                if w.get("selectionInput", {}).get("name") == "nudges"]
    assert "follow-up are ready" in nudges["items"][0]["text"]  # the box also governs the follow-up's nudge
    form = {"channel": "email", "delay": "30", "language": "fr", "name": "Alex Rivera",
            "phone": "+1 555 0100", "signature": "linkedin.com/in/alexrivera"}
    answer = sidebar.action(do="save_settings", form=form)
    assert notification(answer) == "Settings saved."
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        assert (user.channel, user.proposal_delay_minutes, user.language) == ("email", 30, "fr")
        assert user.nudges_enabled is False  # the box was not ticked
        assert (user.phone, user.signature) == ("+1 555 0100", "linkedin.com/in/alexrivera")
    bad = sidebar.action(do="save_settings", form={**form, "phone": "9" * 100})
    assert bad.status_code == 200 and "phone" in notification(bad)
    with runtime.session() as session:
        assert session.scalar(select(User).where(User.google_subject == ALEX["sub"])).phone == "+1 555 0100"
    odd = sidebar.action(do="save_settings", form={**form, "channel": "carrier pigeon"})
    assert "unknown choice" in notification(odd)


def test_disconnect_asks_first_then_forgets_the_access(sidebar, proposed, runtime):
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        [account] = user.accounts
        account_id = account.id
    confirm = card_of(sidebar.action(do="confirm_disconnect", account=account_id))
    assert {"do": "disconnect", "account": str(account_id)} in actions_in(confirm)
    with runtime.session() as session:
        assert session.get(Account, account_id).status == "active"
    answer = sidebar.action(do="disconnect", account=account_id)
    navigations = answer.json["renderActions"]["action"]["navigations"]
    assert navigations[0] == {"popToRoot": True} and "updateCard" in navigations[1]
    home = card_of(answer)
    assert any(s.get("header") == "Get started" for s in home["sections"])
    with runtime.session() as session:
        assert session.get(Account, account_id) is None  # the shared use case deletes it with its tokens
        assert not session.scalars(select(Interview).where(Interview.account_id == account_id)).all()


def test_unknown_action_is_refused(sidebar, proposed):
    assert sidebar.action(do="drop_tables").status_code == 400
    assert sidebar.action().status_code == 400
