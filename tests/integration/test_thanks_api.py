"""Thanks for help with no interview behind it, through the HTTP API: a note for a referral, for
networking, for being a reference and for other help names the person and the help, carries no
blocking finding, reads as its kind (and the checks flag the wrong kind's phrases); the list, edit,
sent, dismiss and undo work as for every note; bad input is refused and nothing is stored; and no
list of interviews, proposal or nudge ever sees the record the note belongs to."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from notes.store.model import Interview, Note, Nudge
from scheduler.ticks import run_round
from tests.conftest import make_app

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
MARIA = {"name": "Maria Lopez", "email": "maria.lopez@northwind.com"}

REASONABLE = {
    "referral": "referred me for the Data Analyst opening at Northwind",
    "networking": "introducing me to Sam Ortiz, who runs the analytics guild at Contoso",
    "reference": "Maria spoke with the hiring manager at Initech about my work on the billing migration",
    "other": "the mock case study you walked me through on pricing experiments",
}
# what the help named puts in the note, as the composer writes it
HELP_IN_NOTE = {
    "referral": "you referred me for the Data Analyst opening at Northwind",
    "networking": "introducing me to Sam Ortiz, who runs the analytics guild at Contoso",
    "reference": "you spoke with the hiring manager at Initech about my work on the billing migration",
    "other": "the mock case study you walked me through on pricing experiments",
}
SUBJECTS = {"referral": "Thank you for the referral", "networking": "Thank you for your time and help",
            "reference": "Thank you for being my reference", "other": "Thank you for your help"}
INTERVIEW_WORDS = re.compile(r"interview|the role|the position|next steps in the process", re.IGNORECASE)
SECOND_ASK = re.compile(r"could you also|put in a word again|any other openings|would you|can you", re.IGNORECASE)


@pytest.fixture
def app(database_url, tmp_path, clock):
    """The service on SQLite and, when configured, PostgreSQL."""
    app = make_app(database_url, tmp_path / "instance")
    app.extensions["afterview.clock"] = clock
    clock.now = NOW
    yield app
    app.extensions["afterview.engine"].dispose()


def thank(client, auth, kind, details=None, **fields):
    body = {"kind": kind, **MARIA, "details": REASONABLE[kind] if details is None else details, **fields}
    return client.post("/api/thanks", json=body, headers=auth)


def blocking(note) -> list[dict]:
    return [f for f in note["findings"] if f["severity"] == "block"]


def rules(note) -> set[str]:
    return {f["rule"] for f in note["findings"]}


@pytest.mark.parametrize("kind", ["referral", "networking", "reference", "other"])
def test_a_note_of_thanks_names_the_person_and_the_help_and_has_no_blocking_finding(client, auth, kind):
    answer = thank(client, auth, kind)
    assert answer.status_code == 201, answer.json
    note = answer.json["note"]
    assert note["kind"] == kind and note["status"] == "proposed" and note["channel"] == "email"
    assert note["to"] == MARIA and note["language"] == "en"
    assert note["subject"] == SUBJECTS[kind]
    greeting = note["body_text"].splitlines()[0]
    assert re.fullmatch(r"(?:Dear|Hello|Hi) Maria,", greeting)
    assert HELP_IN_NOTE[kind] in note["body_text"]
    assert note["body_text"].rstrip().endswith("Alex Rivera\nalex.rivera.jobs@gmail.com")
    assert blocking(note) == [] and note["findings"] == []  # the composer's note fits every rule
    assert HELP_IN_NOTE[kind] in note["body_html"]


def test_each_kind_reads_as_its_own(client, auth):
    notes = {kind: thank(client, auth, kind).json["note"]["body_text"] for kind in REASONABLE}
    assert re.search(r"referral|recommendation|vouching|your name behind", notes["referral"], re.IGNORECASE)
    assert not SECOND_ASK.search(notes["referral"])  # it thanks and asks for nothing more
    assert re.search(r"keep you posted|let you know how", notes["referral"])
    assert not INTERVIEW_WORDS.search(notes["networking"])  # not an interview thank-you
    assert re.search(r"suggested|suggestions|search|perspective|field", notes["networking"])
    assert re.search(r"on my behalf|spoke for me|reference|vouching", notes["reference"])
    assert re.search(r"let you know how it turns out|share the outcome", notes["reference"])
    for kind in ("other", "networking", "reference"):
        assert "referral" not in notes[kind].lower()
    assert len({text.split("\n\n")[1] for text in notes.values()}) == 4  # four different wordings


def edit(client, auth, note, body_text):
    answer = client.patch(f"/api/notes/{note['id']}", json={"body_text": body_text}, headers=auth)
    assert answer.status_code == 200, answer.json
    return answer.json


def test_the_checks_flag_the_wrong_kinds_phrases_in_an_edited_note(client, auth):
    networking = thank(client, auth, "networking").json["note"]
    text = networking["body_text"].replace(
        "\n\nI am going to", "\n\nThank you for the interview; I look forward to the next steps in the process. "
        "I am going to").replace("\n\nMy plan is", "\n\nThank you for the interview; I look forward to the next "
                                 "steps in the process. My plan is")
    edited = edit(client, auth, networking, text)
    [h2] = [f for f in edited["findings"] if f["rule"] == "H2"]
    assert h2["severity"] == "warn" and "interview thank-you" in h2["message"]

    referral = thank(client, auth, "referral").json["note"]
    paragraphs = referral["body_text"].split("\n\n")
    paragraphs[2] = "Could you also put in a word for me at Contoso? " + paragraphs[2]
    edited = edit(client, auth, referral, "\n\n".join(paragraphs))
    [h3] = [f for f in edited["findings"] if f["rule"] == "H3"]
    assert h3["severity"] == "block" and "could you also" in h3["message"]
    paragraphs[2] = paragraphs[2].replace("Could you also put in a word for me at Contoso? ",
                                          "If you hear of any other openings, let me know. ")
    assert "H3" in rules(edit(client, auth, referral, "\n\n".join(paragraphs)))

    reference = thank(client, auth, "reference", details="took the call from Initech last week").json["note"]
    assert rules(reference) == set()
    plain = "\n".join([reference["body_text"].splitlines()[0], "", "Thank you so much for taking the call from "
                       "Initech last week. It meant a great deal to me and I wanted you to know how much I "
                       "appreciate it, truly, from the bottom of my heart, as I keep looking for my next job "
                       "in analytics.", "", "Best regards,", "Alex Rivera", "alex.rivera.jobs@gmail.com"])
    assert {f["rule"]: f["severity"] for f in edit(client, auth, reference, plain)["findings"]} == {"H4": "warn"}

    other = thank(client, auth, "other").json["note"]
    generic = "\n".join(["Dear Maria,", "", "Thank you so much for everything you did for me. It made a real "
                         "difference to me, and I wanted you to know how much I appreciate it. Thank you again "
                         "for your generosity and for the time you took for me.", "", "Best regards,",
                         "Alex Rivera", "alex.rivera.jobs@gmail.com"])
    [h1] = [f for f in edit(client, auth, other, generic)["findings"] if f["rule"] == "H1"]
    assert h1["severity"] == "block" and h1["message"].startswith("Say what Maria did for you")


def test_an_interview_named_in_the_users_own_words_is_not_held_against_a_networking_note(client, auth):
    note = thank(client, auth, "networking", details="helping me prepare for my interview at Contoso").json["note"]
    assert "my interview at Contoso" in note["body_text"] and rules(note) == set()


def test_the_list_edit_sent_dismiss_and_undo(client, auth, clock):
    first = thank(client, auth, "referral").json["note"]
    clock.now = NOW + timedelta(minutes=5)
    second = thank(client, auth, "reference").json["note"]
    again = thank(client, auth, "referral").json["note"]  # the same person, the same kind, another time
    listed = client.get("/api/thanks", headers=auth).json["notes"]
    assert [n["id"] for n in listed] == [again["id"], second["id"], first["id"]]
    assert all(n["findings"] == [] for n in listed)

    edited = client.patch(f"/api/notes/{first['id']}", json={"subject": "Thank you, Maria"}, headers=auth).json
    assert (edited["status"], edited["subject"], edited["kind"]) == ("edited", "Thank you, Maria", "referral")
    assert client.post(f"/api/notes/{first['id']}/sent", headers=auth).json["status"] == "sent"
    assert client.post(f"/api/notes/{first['id']}/restore", headers=auth).json["status"] == "edited"
    assert client.post(f"/api/notes/{second['id']}/dismiss", headers=auth).json["status"] == "dismissed"
    assert client.post(f"/api/notes/{second['id']}/restore", headers=auth).json["status"] == "proposed"
    assert client.post(f"/api/notes/{second['id']}/dismiss", headers=auth).status_code == 200
    statuses = {n["id"]: n["status"] for n in client.get("/api/thanks", headers=auth).json["notes"]}
    assert statuses == {first["id"]: "edited", second["id"]: "dismissed", again["id"]: "proposed"}


@pytest.mark.parametrize("body, words", [
    ({"kind": "favour", **MARIA, "details": "x"}, "kind: one of referral, networking, reference, other"),
    ({**MARIA, "details": "x"}, "kind: one of"),
    ({"kind": "referral", "email": MARIA["email"], "details": "x"}, "name: who are you thanking?"),
    ({"kind": "referral", "name": "Maria", "details": "x"}, "email: Maria's email address is needed"),
    ({"kind": "referral", "name": "Maria", "email": "maria@", "details": "x"}, "email: 'maria@' is not an email"),
    ({"kind": "referral", **MARIA, "email": "Alex.Rivera.Jobs@gmail.com", "details": "x"}, "email: that is your own"),
    ({"kind": "referral", **MARIA}, "details: say what they did for you"),
    ({"kind": "referral", **MARIA, "details": "   "}, "details: say what they did for you"),
    ({"kind": "referral", **MARIA, "details": "x" * 1001}, "details: at most 1000 characters"),
    ({"kind": "referral", **MARIA, "details": "x", "language": "it"}, "language: one of en, de, fr, es"),
    ({"kind": "referral", **MARIA, "details": "x", "company": "Northwind"}, "unknown field 'company'"),
    ({"kind": "referral", "name": ["Maria"], "email": MARIA["email"], "details": "x"}, "name: text, please"),
    (["referral"], "send a JSON object"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_stored(client, auth, runtime, body, words):
    answer = client.post("/api/thanks", json=body, headers=auth)
    assert answer.status_code == 400 and words in answer.json["error"], answer.json
    assert client.get("/api/thanks", headers=auth).json["notes"] == []
    with runtime.session() as session:
        assert session.scalar(select(func.count(Note.id))) == 0
        assert session.scalar(select(func.count(Interview.id))) == 0


def test_user_text_is_escaped_in_the_html_body(client, auth):
    note = thank(client, auth, "other", details="fixing my <script>alert(1)</script> portfolio & site").json["note"]
    assert "<script>" not in note["body_html"] and "&lt;script&gt;" in note["body_html"]
    assert "&amp; site" in note["body_html"]


@pytest.mark.parametrize("language, details, subject, help_words", [
    ("de", "Sie haben mich bei Northwind für die Stelle als Data Analyst empfohlen", "Vielen Dank für Ihre "
     "Empfehlung", "Sie haben mich bei Northwind für die Stelle als Data Analyst empfohlen"),
    ("fr", "vous m'avez présenté à Sam Ortiz chez Contoso", "Merci pour votre recommandation",
     "vous m'avez présenté à Sam Ortiz chez Contoso"),
    ("es", "me presentó a Sam Ortiz, que dirige el equipo de datos de Contoso", "Gracias por su recomendación",
     "me presentó a Sam Ortiz, que dirige el equipo de datos de Contoso"),
])
def test_notes_of_thanks_in_german_french_and_spanish(client, auth, language, details, subject, help_words):
    note = thank(client, auth, "referral", details=details, language=language).json["note"]
    assert (note["language"], note["subject"]) == (language, subject)
    assert help_words in note["body_text"] and "Maria" in note["body_text"].splitlines()[0]
    assert note["findings"] == []
    detected = thank(client, auth, "other", details=details).json["note"]  # no language asked: the help's
    assert detected["language"] == language


def test_no_list_of_interviews_proposal_or_nudge_sees_the_record_of_help(client, auth, runtime, clock):
    note = thank(client, auth, "referral").json["note"]
    record_id = note["interview_id"]
    added = client.post("/api/interviews", json={
        "title": "Phone screen", "company": "Initech", "role": "Data Analyst",
        "start": "2026-03-02T09:00:00+00:00", "end": "2026-03-02T09:30:00+00:00",
        "people": [{"name": "Peter Gibbons", "email": "peter.gibbons@initech.com"}]}, headers=auth)
    assert added.status_code == 201 and added.json["status"] == "proposed"
    for include in ("", "?include=all", "?include=possible,removed", "?include=possible", "?include=removed"):
        ids = [i["id"] for i in client.get(f"/api/interviews{include}", headers=auth).json["interviews"]]
        assert ids == [added.json["id"]], include
    assert client.get(f"/api/interviews/{record_id}", headers=auth).status_code == 404
    assert client.post(f"/api/interviews/{record_id}/details", json={"text": "x"}, headers=auth).status_code == 404
    assert client.post(f"/api/interviews/{record_id}/correction", json={"interview": False},
                       headers=auth).status_code == 404
    assert client.get("/api/accounts", headers=auth).json["accounts"] == []  # the own source is not listed

    for minutes in (15, 60 * 21, 60 * 30):  # proposals, the "ready" nudge, the reminder, the sent-check
        clock.now = NOW + timedelta(minutes=minutes)
        run_round(runtime, clock())
    with runtime.session() as session:
        assert session.scalars(select(Nudge).where(Nudge.interview_id == record_id)).all() == []
        assert session.scalars(select(Nudge.interview_id)).all() == [added.json["id"]] * 2
        record = session.get(Interview, record_id)
        assert (record.status, record.kind, record.propose_at) == ("help", "help", None)
    [listed] = client.get("/api/thanks", headers=auth).json["notes"]
    assert listed["id"] == note["id"] and listed["status"] == "proposed" and listed["body_text"] == note["body_text"]


def test_another_users_thanks_are_not_found(app, client, auth, runtime):
    note = thank(client, auth, "other").json["note"]
    from notes.usecases import service

    with runtime.session() as session:
        other = service.ensure_user(session, "blair.okafor@gmail.com", "Blair Okafor")
        session.commit()
        from notes.errors import NotFound

        with pytest.raises(NotFound):
            service.note_of(session, other.id, note["id"])
        assert service.help_records_of(session, other.id) == []
