"""Proposals with a language model configured (``AFTERVIEW_LLM_*``): the composed notes are proposed
on time, the model's text replaces each note when it arrives unless the user has touched it, the
mailbox draft follows, and a crash or a slow model loses nothing and delays no one."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from notes.store.database import claim_due
from notes.store.model import Account, Interview, Note
from notes.usecases import service
from providers.base import CalendarEvent, Person
from scheduler.ticks import run_tick
from tests.conftest import clocked_app, make_app
from tests.fakes.llm_server import plain_writer

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
ME = "alex.rivera.jobs@gmail.com"
PANEL = (Person("dana.whitfield@acmerobotics.com", "Dana Whitfield", "accepted"),
         Person("omar.haddad@acmerobotics.com", "Omar Haddad", "accepted"))


@pytest.fixture
def app(tmp_path, clock, model_server):
    with clocked_app(tmp_path, clock, LLM_BASE_URL=model_server.url, LLM_MODEL="llama3.2", LLM_TIMEOUT_SECONDS=5,
                     LLM_CONCURRENCY=2) as app:
        yield app
        app.extensions["afterview.runtime"].model.close()


@pytest.fixture
def world(memory, runtime, clock):
    """A user with drafts on and one account (at the in-memory provider) whose calendar holds the
    panel interview, synced."""
    memory.account.put_event(CalendarEvent(
        event_id="iv-1", title="Interview: Data Analyst - Acme Robotics", start=START, end=END,
        description="Your interview for the Data Analyst position at Acme Robotics.",
        organizer=Person("recruiting@acmerobotics.com", "Acme Robotics Recruiting"),
        attendees=(*PANEL, Person(ME, "Alex Rivera", "accepted"))))
    run_tick("sync", runtime, clock())
    clock.now = END + timedelta(minutes=10)
    return {"mailbox": memory.account, "user": memory.user_id}


def drafts(world) -> dict[str, str]:
    """The text of each draft in the user's mailbox, by draft id."""
    return {draft_id: draft.text for draft_id, draft in world["mailbox"].drafts.items()}


def emails(runtime) -> dict[str, Note]:
    with runtime.session() as session:
        return {n.recipient_name: n for n in session.scalars(select(Note).where(Note.channel == "email"))}


def interview_id(runtime) -> int:
    with runtime.session() as session:
        return session.scalar(select(Interview.id))


def test_the_composed_notes_are_proposed_first_and_the_models_text_replaces_them(runtime, clock, world, client,
                                                                                auth, model_server):
    assert run_tick("propose", runtime, clock()) == [interview_id(runtime)]
    composed = emails(runtime)
    assert {n.written_by for n in composed.values()} == {"composer"}
    assert all(n.rewrite_due_at == clock() for n in composed.values())
    assert model_server.requests == []  # proposing never waits for the model
    assert sorted(run_tick("rewrites", runtime, clock())) == sorted(n.id for n in composed.values())
    written = emails(runtime)
    for name, note in written.items():
        [answer] = [r.answer for r in model_server.requests if r.facts()["person"] == name]
        assert note.written_by == "llama3.2" and note.rewrite_due_at is None
        assert note.body_text.startswith(answer.split("\nKind regards,")[0])
        assert note.body_text != composed[name].body_text
    listed = client.get("/api/interviews", headers=auth).get_json()["interviews"][0]["notes"]
    assert {n["written_by"] for n in listed if n["channel"] == "email"} == {"llama3.2"}
    assert all(f["severity"] != "block" for n in listed for f in n["findings"])


def test_the_mailbox_draft_follows_the_models_text(runtime, clock, world):
    run_tick("propose", runtime, clock())
    run_tick("drafts", runtime, clock())  # the drafts of the composed notes, written at once
    composed = {n.draft_id: n.body_text for n in emails(runtime).values()}
    assert drafts(world) == composed
    run_tick("rewrites", runtime, clock.advance(seconds=20))
    assert all(n.draft_due_at == clock() for n in emails(runtime).values())
    run_tick("drafts", runtime, clock())
    assert drafts(world) == {n.draft_id: n.body_text for n in emails(runtime).values()}
    assert all(n.written_by == "llama3.2" for n in emails(runtime).values())


def test_a_draft_the_user_edited_in_the_mailbox_is_never_replaced(runtime, clock, world):
    run_tick("propose", runtime, clock())
    run_tick("drafts", runtime, clock())
    for draft_id in list(world["mailbox"].drafts):
        world["mailbox"].user_edits(draft_id, f"My own words ({draft_id}).")
    before = drafts(world)
    run_tick("rewrites", runtime, clock())
    run_tick("drafts", runtime, clock())
    assert drafts(world) == before  # what the user wrote there stands


def test_a_note_the_user_edited_sent_or_dismissed_while_the_model_wrote_is_theirs(runtime, clock, world, model_server):
    run_tick("propose", runtime, clock())
    notes = emails(runtime)
    dana, omar = notes["Dana Whitfield"], notes["Omar Haddad"]

    def user_acts_meanwhile(request):
        with runtime.session() as session:
            if request.facts()["person"] == "Dana Whitfield":
                service.edit_note(session, world["user"], dana.id, {"body_text": "My own words for Dana."}, clock())
            else:
                service.dismiss_note(session, world["user"], omar.id, clock())
            session.commit()
        return plain_writer(request)

    model_server.writer = user_acts_meanwhile
    assert run_tick("rewrites", runtime, clock()) == []
    after = emails(runtime)
    assert after["Dana Whitfield"].body_text == "My own words for Dana." and after["Dana Whitfield"].status == "edited"
    assert after["Omar Haddad"].status == "dismissed" and after["Omar Haddad"].body_text == omar.body_text
    assert {n.written_by for n in after.values()} == {"composer"}
    assert all(n.rewrite_due_at is None for n in after.values())


def test_new_details_while_the_model_writes_are_not_lost(runtime, clock, world, model_server):
    run_tick("propose", runtime, clock())

    def details_arrive(request):
        # while Dana's note is being written (whichever request comes first), the user adds details
        dana_asked = [r for r in model_server.requests if r.facts()["person"] == "Dana Whitfield"]
        if request.facts()["person"] == "Dana Whitfield" and len(dana_asked) == 1:
            with runtime.session() as session:
                service.add_details(session, world["user"], interview_id(runtime),
                                    "Dana: the forecasting pipeline she rebuilt", clock())
                session.commit()
        return plain_writer(request)

    model_server.writer = details_arrive
    run_tick("rewrites", runtime, clock())  # answers written from the old details are not used
    dana = emails(runtime)["Dana Whitfield"]
    assert dana.rewrite_due_at is not None and "forecasting pipeline" in dana.body_text
    run_tick("rewrites", runtime, clock.advance(minutes=1))
    dana = emails(runtime)["Dana Whitfield"]
    assert dana.written_by == "llama3.2" and "the forecasting pipeline you rebuilt" in dana.body_text
    asked = [r for r in model_server.requests if r.facts()["person"] == "Dana Whitfield"]
    assert asked[-1].facts()["what_the_author_remembers"] == ["the forecasting pipeline you rebuilt"]


def test_a_model_note_stays_when_only_someone_elses_details_change(runtime, clock, world, model_server):
    run_tick("propose", runtime, clock())
    run_tick("rewrites", runtime, clock())
    omar = emails(runtime)["Omar Haddad"]
    with runtime.session() as session:
        service.add_details(session, world["user"], interview_id(runtime), "Dana: the forecasting pipeline", clock())
        session.commit()
    after = emails(runtime)
    assert after["Omar Haddad"].body_text == omar.body_text and after["Omar Haddad"].written_by == "llama3.2"
    assert after["Omar Haddad"].rewrite_due_at is None
    assert after["Dana Whitfield"].written_by == "composer" and after["Dana Whitfield"].rewrite_due_at == clock()


def test_a_crash_while_the_model_writes_loses_nothing(runtime, clock, world, model_server):
    run_tick("propose", runtime, clock())
    with runtime.session() as session:  # a worker claims the notes, then dies before any answer
        claimed = claim_due(session, Note, Note.rewrite_due_at, clock(), runtime.lease, 10)
    assert len(claimed) == 2
    assert run_tick("rewrites", runtime, clock.advance(minutes=1)) == []  # leased: no one else takes them
    done = run_tick("rewrites", runtime, clock.advance(minutes=5))  # the lease ran out: due again
    assert sorted(done) == sorted(claimed)  # in the order the model answered
    assert {n.written_by for n in emails(runtime).values()} == {"llama3.2"}


def test_a_failing_model_leaves_the_composed_notes_and_says_why(runtime, clock, world, model_server, client, auth):
    model_server.status = 500
    run_tick("propose", runtime, clock())
    before = {name: n.body_text for name, n in emails(runtime).items()}
    assert run_tick("rewrites", runtime, clock()) == []
    after = emails(runtime)
    assert {name: n.body_text for name, n in after.items()} == before
    assert all(n.rewrite_due_at is None and n.written_by == "composer" for n in after.values())
    listed = client.get("/api/interviews", headers=auth).get_json()["interviews"][0]["notes"]
    for note in (n for n in listed if n["channel"] == "email"):
        [why] = [f for f in note["findings"] if f["rule"] == "M1"]
        assert why["severity"] == "info" and "did not answer" in why["message"]


def test_model_requests_stay_within_the_concurrency_cap(tmp_path, clock, model_server):
    model_server.delay = 0.3
    app = make_app(f"sqlite:///{tmp_path / 'cap.db'}", tmp_path / "instance", LLM_BASE_URL=model_server.url,
                   LLM_MODEL="llama3.2", LLM_CONCURRENCY=2)
    runtime = app.extensions["afterview.runtime"]
    try:
        panel = tuple(Person(f"person{i}.surname@acmerobotics.com", f"Person{i} Surname", "accepted")
                      for i in range(6))
        with runtime.session() as session:
            user = service.ensure_user(session, ME, "Alex Rivera")
            account = Account(user=user, provider="ics", external_id="x.ics", token_blob=runtime.cipher.seal({}))
            interview = Interview(account=account, provider_event_id="iv", title="Interview: Data Analyst - Acme",
                                  company="Acme Robotics", role="Data Analyst", start_at=START, end_at=END,
                                  people=[{"name": p.name, "email": p.email} for p in panel], propose_at=END)
            session.add(interview)
            session.commit()
        run_tick("propose", runtime, END + timedelta(minutes=10))
        written = run_tick("rewrites", runtime, END + timedelta(minutes=10))
        assert len(model_server.requests) >= 6 and model_server.most_in_flight == 2 and len(written) >= 3
    finally:
        runtime.model.close()
        app.extensions["afterview.engine"].dispose()


def test_without_a_model_the_composer_writes_and_nothing_waits(tmp_path, clock):
    app = make_app(f"sqlite:///{tmp_path / 'plain.db'}", tmp_path / "instance")
    runtime = app.extensions["afterview.runtime"]
    try:
        assert runtime.model is None
        with runtime.session() as session:
            user = service.ensure_user(session, ME, "Alex Rivera")
            account = Account(user=user, provider="ics", external_id="x.ics", token_blob=runtime.cipher.seal({}))
            session.add(Interview(account=account, provider_event_id="iv", title="Interview: Data Analyst - Acme",
                                  company="Acme Robotics", role="Data Analyst", start_at=START, end_at=END,
                                  people=[{"name": "Dana Whitfield", "email": PANEL[0].email}], propose_at=END))
            session.commit()
        run_tick("propose", runtime, END + timedelta(minutes=10))
        assert run_tick("rewrites", runtime, END + timedelta(minutes=10)) == []
        with runtime.session() as session:
            [note] = session.scalars(select(Note))
            assert note.written_by == "composer" and note.rewrite_due_at is None  # a later model leaves it be
    finally:
        app.extensions["afterview.engine"].dispose()
