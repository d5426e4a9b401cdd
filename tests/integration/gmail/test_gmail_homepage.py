"""The homepage trigger: interviews and notes waiting, connect and reconnect cards."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from sqlalchemy import select

from notes.store.model import Account, ConnectTicket, User
from notes.usecases import service

from .conftest import ALEX, BLAIR, current_findings_of, texts, trigger_cards


def home(sidebar, person=ALEX) -> dict:
    answer = sidebar.post("/gmail/homepage", person=person)
    assert answer.status_code == 200, answer.json
    [card] = trigger_cards(answer.json)
    return card


def test_new_user_is_created_from_the_user_token_and_asked_to_connect(sidebar, runtime):
    card = home(sidebar)
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        assert user.email == ALEX["email"] and user.name == ALEX["name"]
        tickets = session.scalars(select(ConnectTicket).where(ConnectTicket.user_id == user.id)).all()
    links = [w.get("decoratedText", w) for s in card["sections"] for w in s["widgets"]]
    buttons = [b for w in links if "buttonList" in w for b in w["buttonList"]["buttons"]]
    opened = [b["onClick"]["openLink"] for b in buttons if "openLink" in b["onClick"]]
    assert opened, "the connect card has a button opening the connect link"
    for link in opened:
        assert link["openAs"] == "OVERLAY" and link["onClose"] == "RELOAD"
        url = urlparse(link["url"])
        assert f"{url.scheme}://{url.netloc}" == "https://afterview.test" and url.path == "/oauth/google/start"
        assert parse_qs(url.query)["ticket"]
    assert {t.provider for t in tickets} == {"google"} and len(tickets) == len(opened)
    assert {(t.options["drafts"], t.options["nudges"]) for t in tickets} == {(False, False), (True, True)}


def test_homepage_lists_notes_waiting_with_their_status_and_findings(sidebar, proposed, runtime, clock):
    card = home(sidebar)
    shown = " ".join(texts(card))
    assert "Acme Robotics" in shown and "Data Analyst" in shown
    assert "Dana Whitfield" in shown and "Omar Haddad" in shown
    assert "proposed" in shown
    assert "Mon 2 Mar, 10:00" in shown  # 15:00 UTC in the time zone Gmail gave (America/New_York)
    blocking = [[f["message"] for f in found if f["severity"] == "block"]
                for found in current_findings_of(runtime, ALEX, clock()).values()]
    assert any(blocking)  # no memorable detail yet: each note says what to fix
    for messages in filter(None, blocking):
        assert any(m[:60].replace("&", "&amp;").replace("<", "&lt;") in shown for m in messages)  # shortened
    headers = [s.get("header") for s in card["sections"]]
    assert "Notes waiting" in headers and "Coming up" in headers
    assert "Globex" not in shown and "Priya" not in shown  # Blair's interview is Blair's


def test_revoked_grant_shows_a_reconnect_card_opening_the_connect_flow(sidebar, proposed, runtime):
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        session.add(Account(user_id=user.id, provider="google", external_id=ALEX["email"],
                            display_name=ALEX["email"], status="reauth_required"))
        session.commit()
    card = home(sidebar)
    [reconnect] = [s for s in card["sections"] if s.get("header") == "Reconnect"]
    link = reconnect["widgets"][-1]["buttonList"]["buttons"][0]["onClick"]["openLink"]
    assert urlparse(link["url"]).path == "/oauth/google/start"
    assert "alex.rivera.jobs@gmail.com" in reconnect["widgets"][0]["textParagraph"]["text"]


def test_each_user_sees_only_their_own_interviews(sidebar, proposed):
    shown = " ".join(texts(home(sidebar, BLAIR)))
    assert "Globex" in shown and "Priya Nair" in shown
    assert "Acme" not in shown and "Dana" not in shown


def test_a_busy_week_stays_within_the_card_limits(sidebar, runtime, clock, tmp_path):
    from datetime import timedelta

    from scheduler.ticks import run_round
    from tests.calendars import calendar, interview

    from .conftest import START

    panel = tuple((f"Person {n}", f"person.{n}@acmerobotics.com") for n in range(9))
    events = [interview(f"busy-{day}", START - timedelta(days=day), START - timedelta(days=day) + timedelta(hours=1),
                        people=panel) for day in range(14)]
    path = tmp_path / "busy.ics"
    path.write_bytes(calendar(*events))
    with runtime.session() as session:
        user = service.google_user(session, ALEX["sub"], ALEX["email"], True, ALEX["name"])
        session.commit()
        user_id = user.id
    service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    clock.now = START + timedelta(hours=2)
    run_round(runtime, clock())
    card = home(sidebar)  # parsed with the official type; at most 100 widgets
    widgets = [w for s in card["sections"] for w in s["widgets"]]
    assert len(widgets) == 100
    assert "left out" in widgets[-1]["textParagraph"]["text"]


def test_a_remembered_homepage_follows_every_change(sidebar, proposed, runtime, clock):
    first = home(sidebar)
    assert home(sidebar) == first  # nothing changed: the same card
    with runtime.session() as session:
        user = session.scalar(select(User).where(User.google_subject == ALEX["sub"]))
        [interview] = service.interviews_of(session, user.id, ("proposed",))
        note = interview.notes[0]
        service.mark_sent(session, user.id, note.id, clock())
        session.commit()
    after_sent = home(sidebar)
    assert after_sent != first
    assert "sent" in " ".join(texts(after_sent))
    with runtime.session() as session:
        account = session.scalar(select(Account).join(User).where(User.google_subject == ALEX["sub"]))
        account.status = "reauth_required"
        session.commit()
    assert home(sidebar) != after_sent  # a revoked grant shows the reconnect card at once


def test_cards_with_a_one_time_connect_link_are_never_remembered(sidebar, runtime):
    first, second = home(sidebar), home(sidebar)
    def links(card):
        return sorted(b["onClick"]["openLink"]["url"] for s in card["sections"] for w in s["widgets"]
                      if "buttonList" in w for b in w["buttonList"]["buttons"] if "openLink" in b["onClick"])
    assert links(first) and set(links(first)).isdisjoint(links(second))
