"""The sidebar's "Thank someone": cards that parse with the official card type, a refused form that
stays as typed, a note of thanks written, shown escaped on its own card (no interview controls),
listed on the homepage apart from the interviews, inserted from the compose picker, marked sent and
undone like every note; another user's thanks are not found."""
from __future__ import annotations

from sqlalchemy import func, select

from notes.store.model import Interview, Note

from .conftest import ALEX, BLAIR, actions_in, draft_update, render_cards, texts, trigger_cards
from .test_gmail_compose_and_contextual import compose
from .test_gmail_missed import answer_card, notification

HOSTILE = "Maria <b>Lopez</b> & co"
FORM = {"thanks_kind": "referral", "thanks_name": HOSTILE, "thanks_email": "maria.lopez@northwind.com",
        "thanks_details": "referred me for the Data Analyst opening at Northwind", "thanks_language": ""}


def inputs(card: dict) -> dict[str, dict]:
    found = {}
    for sec in card["sections"]:
        for widget in sec["widgets"]:
            for kind in ("textInput", "selectionInput"):
                if kind in widget:
                    found[widget[kind]["name"]] = widget[kind]
    return found


def formatted(card: dict) -> list[str]:
    """The card's formatted fields (a small HTML subset): section headers, paragraphs, decorated texts."""
    found = [s.get("header", "") for s in card["sections"]]
    for sec in card["sections"]:
        for widget in sec["widgets"]:
            found.append(widget.get("textParagraph", {}).get("text", ""))
            found += [widget.get("decoratedText", {}).get(k, "") for k in ("text", "topLabel", "bottomLabel")]
    return found


def test_the_homepage_offers_thank_someone_and_its_form_parses(sidebar):
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    assert {"do": "open_thanks_form"} in actions_in(home)
    form = answer_card(sidebar.action(do="open_thanks_form"))
    fields = inputs(form)
    assert list(fields) == ["thanks_kind", "thanks_name", "thanks_email", "thanks_details", "thanks_language"]
    assert [i["value"] for i in fields["thanks_kind"]["items"]] == ["referral", "networking", "reference", "other"]
    assert fields["thanks_kind"]["type"] == "DROPDOWN" and fields["thanks_details"]["type"] == "MULTIPLE_LINE"
    assert {"do": "add_thanks"} in actions_in(form)


def test_a_refused_form_says_which_field_and_stays_as_typed(sidebar, runtime):
    for change, message in (({"thanks_email": "maria@"}, "Their email: 'maria@' is not an email address"),
                            ({"thanks_details": " "}, "What they did for you: say what they did for you"),
                            ({"thanks_kind": "favour"}, "Their help: one of referral, networking")):
        answer = sidebar.action(do="add_thanks", form={**FORM, **change})
        assert answer.status_code == 200
        assert set(answer.json["renderActions"]["action"]) == {"notification"}  # the card is left as typed
        assert notification(answer).startswith(message)
    with runtime.session() as session:
        assert session.scalar(select(func.count(Note.id))) == 0
        assert session.scalar(select(func.count(Interview.id))) == 0


def test_a_note_of_thanks_is_written_shown_escaped_listed_inserted_and_undone(sidebar, runtime):
    answer = sidebar.action(do="add_thanks", form=FORM)
    assert notification(answer) == f"Your note thanking {HOSTILE} for their referral is ready."
    card = answer_card(answer)
    with runtime.session() as session:
        [note] = session.scalars(select(Note)).all()
        note_id, record_id, body_html = note.id, note.interview_id, note.body_html
        assert (note.kind, note.status) == ("referral", "proposed")
        assert "you referred me for the Data Analyst opening at Northwind" in note.body_text
    shown = texts(card)
    assert card["header"]["title"] == f"Thanks for a referral: {HOSTILE}"  # a plain field: shown as typed
    assert "<b>To Maria &lt;b&gt;Lopez&lt;/b&gt; &amp; co</b>" in shown  # formatted: escaped
    assert not any("<b>Lopez</b>" in text for text in formatted(card))
    do = {a.get("do") for a in actions_in(card)}
    assert {"edit_note", "mark_sent", "dismiss"} <= do and not do & {"not_interview", "save_details", "regenerate"}
    assert inputs(card)[f"body_{note_id}"]["value"].splitlines()[0] in ("Dear Maria,", "Hi Maria,", "Hello Maria,")

    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    [thanks] = [s for s in home["sections"] if s.get("header") == "Thanks for other help"]
    [row] = thanks["widgets"]
    assert row["decoratedText"]["text"] == "<b>To Maria &lt;b&gt;Lopez&lt;/b&gt; &amp; co</b>"
    assert row["decoratedText"]["topLabel"] == "Thanks for a referral: Maria &lt;b&gt;Lopez&lt;/b&gt; &amp; co"
    assert not any("<b>Lopez</b>" in text for text in formatted(home))
    assert {"do": "open_thanks", "thanks": str(record_id)} in actions_in(home)
    assert not any(a.get("do") == "open_interview" for a in actions_in(home))  # no interview stands for it
    reopened = answer_card(sidebar.action(do="open_thanks", thanks=record_id))
    assert reopened["header"] == card["header"]

    picker = compose(sidebar, recipients=["maria.lopez@northwind.com"])
    assert {"do": "insert", "note": str(note_id)} in actions_in(picker)
    markup = draft_update(sidebar.action(do="insert", note=note_id).json)
    assert markup["updateBody"]["insertContents"] == [{"content": body_html, "contentType": "MUTABLE_HTML"}]
    assert markup["updateToRecipients"] == {"toRecipients": [{"email": "maria.lopez@northwind.com"}]}
    assert markup["updateSubject"] == {"subject": "Thank you for the referral"}

    answer = sidebar.action(do="mark_sent", note=note_id)
    assert notification(answer).startswith(f"Marked the note to {HOSTILE} as sent")
    assert {"do": "restore", "note": str(note_id)} in actions_in(answer_card(answer))
    answer_card(sidebar.action(do="restore", note=note_id))
    with runtime.session() as session:
        assert session.get(Note, note_id).status == "proposed"

    assert sidebar.action(person=BLAIR, do="open_thanks", thanks=record_id).status_code == 404
    assert sidebar.action(person=BLAIR, do="mark_sent", note=note_id).status_code == 404
    assert sidebar.action(person=ALEX, do="open_interview", interview=record_id).status_code == 404


def test_a_blocked_note_of_thanks_is_fixed_on_its_own_card_from_the_picker(sidebar, runtime):
    sidebar.action(do="add_thanks", form={**FORM, "thanks_details": "fixing my <b> portfolio"})
    picker = compose(sidebar)
    with runtime.session() as session:
        record_id = session.scalar(select(Note.interview_id))
    assert {"do": "open_thanks", "thanks": str(record_id)} in actions_in(picker)
    assert render_cards(sidebar.action(do="open_thanks", thanks=record_id).json)
