"""The sidebar's "Missed one?" and "Add an interview": cards that parse with the official card type,
event text escaped, a missed event made an interview with its notes, an interview added by hand in
the user's Gmail time zone, and refusals that leave the form as typed."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.model import Account, Interview, User
from notes.usecases import service
from tests.calendars import calendar, vevent

from .conftest import ALEX, BLAIR, actions_in, render_cards, texts, trigger_cards

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
HOSTILE = "Catch-up <b>bold</b> & <font color=red>more</font>"
SAM = ("Sam Ortiz", "sam.ortiz@northwind.com")


def alex_id(runtime) -> int:
    with runtime.session() as session:
        return session.scalar(select(User.id).where(User.google_subject == ALEX["sub"]))


@pytest.fixture
def missed(runtime, clock, tmp_path):
    """Alex's calendar holds one event with Sam from Northwind, not taken for an interview."""
    path = tmp_path / "alex.ics"
    start = NOW - timedelta(hours=3)
    path.write_bytes(calendar(vevent("sam-1", HOSTILE, start, start + timedelta(hours=1), people=[SAM],
                                     organizer=SAM)))
    with runtime.session() as session:
        user = service.google_user(session, ALEX["sub"], ALEX["email"], True, ALEX["name"])
        session.commit()
        user_id = user.id
    service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    with runtime.session() as session:
        return session.scalar(select(Interview.id).where(Interview.status == "other"))


def answer_card(answer) -> dict:
    assert answer.status_code == 200, answer.get_data(as_text=True)
    [card] = render_cards(answer.json)
    return card


def notification(answer) -> str:
    return answer.json["renderActions"]["action"]["notification"]["text"]


def test_the_homepage_offers_missed_one_and_add_an_interview(sidebar, missed):
    [home] = trigger_cards(sidebar.post("/gmail/homepage").json)
    assert {"open_missed", "open_add"} <= {a["do"] for a in actions_in(home)}


def test_missed_one_lists_the_event_escaped_and_makes_it_an_interview(sidebar, missed, runtime):
    card = answer_card(sidebar.action(do="open_missed"))
    shown = texts(card)
    assert "<b>Catch-up &lt;b&gt;bold&lt;/b&gt; &amp; &lt;font color=red&gt;more&lt;/font&gt;</b>" in shown
    formatted = [w["decoratedText"][k] for s in card["sections"] for w in s["widgets"] if "decoratedText" in w
                 for k in ("text", "topLabel", "bottomLabel") if k in w["decoratedText"]]
    assert not any("<font color=red>" in text for text in formatted)  # (altText is plain: shown as typed)
    [yes] = [b for s in card["sections"] for w in s["widgets"] if "decoratedText" in w
             for b in [w["decoratedText"]["button"]]]
    assert yes["text"] == "This was an interview" and yes["altText"].startswith("This was an interview: Catch-up")
    assert {"do": "missed_yes", "interview": str(missed)} in actions_in(card)

    answer = sidebar.action(do="missed_yes", interview=missed)
    assert notification(answer).endswith("is now an interview: its notes are ready.")
    after = answer_card(answer)
    assert "Nothing missed in the last 30 days." in texts(after)
    with runtime.session() as session:
        interview = session.get(Interview, missed)
        assert interview.status == "proposed" and [n.recipient_email for n in interview.notes] == [SAM[1]]


def test_another_users_event_cannot_be_made_an_interview(sidebar, missed, runtime):
    answer = sidebar.action(person=BLAIR, do="missed_yes", interview=missed)
    assert answer.status_code == 404
    with runtime.session() as session:
        assert session.get(Interview, missed).status == "other"


def test_add_an_interview_reads_the_times_in_the_gmail_time_zone(sidebar, runtime):
    form_card = answer_card(sidebar.action(do="open_add"))
    inputs = {w["textInput"]["name"]: w["textInput"] for s in form_card["sections"] for w in s["widgets"]
              if "textInput" in w}
    assert list(inputs) == ["title", "company", "role", "date", "start", "end", "people"]
    assert inputs["date"]["value"] == "2026-03-02" and "America/New_York" in inputs["start"]["hintText"]

    form = {"title": "Phone screen", "company": "Initech", "date": "2026-03-02", "start": "6:00",
            "end": "6:45 ", "people": "Peter Gibbons <Peter.Gibbons@initech.com>\njoanna@initech.com"}
    answer = sidebar.action(do="add_interview", form=form)
    assert notification(answer) == "Added Phone screen: its notes are ready."
    card = answer_card(answer)
    assert card["header"]["title"] == "Initech"
    with runtime.session() as session:
        [added] = session.scalars(select(Interview).join(Account).where(Account.provider == "manual")).all()
        # 06:00 in New York on 2 March is 11:00 UTC; it ended more than ten minutes ago
        assert (added.start_at, added.end_at) == (datetime(2026, 3, 2, 11, 0, tzinfo=UTC),
                                                  datetime(2026, 3, 2, 11, 45, tzinfo=UTC))
        assert sorted(n.recipient_email for n in added.notes) == ["joanna@initech.com", "peter.gibbons@initech.com"]
        assert added.account.user_id == alex_id(runtime)


@pytest.mark.parametrize("change, message", [
    ({"people": "Peter Gibbons"}, "Person 1: an email address for Peter Gibbons is needed to write them a note"),
    ({"start": "25:00"}, "Starts: write the time as HH:MM, for example 14:30"),
    ({"date": "02/03/2026"}, "Date: write it as YYYY-MM-DD, for example 2026-03-02"),
    ({"end": "5:00"}, "Ends: the interview must end after it starts"),
    ({"people": ""}, "People you met: name at least one person you met, with their email address"),
])
def test_a_refused_form_says_why_and_stays_as_typed(sidebar, runtime, change, message):
    form = {"company": "Initech", "date": "2026-03-02", "start": "6:00", "end": "6:45",
            "people": "peter@initech.com", **change}
    answer = sidebar.action(do="add_interview", form=form)
    assert answer.status_code == 200
    assert set(answer.json["renderActions"]["action"]) == {"notification"}  # the card is left as it is
    assert notification(answer) == message
    with runtime.session() as session:
        assert session.scalars(select(Interview)).all() == []
