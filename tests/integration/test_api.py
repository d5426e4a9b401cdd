"""The local JSON API: contract shapes, authentication, ownership, and bad input."""
from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta

import pytest

from notes.store.model import User
from notes.usecases import service
from scheduler.ticks import run_round
from tests.calendars import calendar, interview

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
NOTE_KEYS = {"id", "to", "channel", "subject", "body_text", "body_html", "status", "proposed_at", "sent_at", "findings"}
INTERVIEW_KEYS = {"uid", "interview", "kind", "confidence", "company", "role", "stage", "interviewers", "reasons",
                  "id", "start", "end", "status", "notes"}


@pytest.fixture
def proposed(client, auth, runtime, clock, tmp_path):
    """The local user with one interview whose notes are proposed."""
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END, extra=["X-TEST:1"])))
    answer = client.post("/api/connect/ics", json={"source": str(path)}, headers=auth)
    assert answer.status_code == 201, answer.json
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    return path


def interviews(client, auth) -> list[dict]:
    answer = client.get("/api/interviews", headers=auth)
    assert answer.status_code == 200
    return answer.json["interviews"]


def test_lists_interviews_with_notes_in_the_contract_shape(client, auth, proposed):
    [item] = interviews(client, auth)
    assert set(item) >= INTERVIEW_KEYS
    assert item["status"] == "proposed" and item["interview"] is True
    assert datetime.fromisoformat(item["end"]) == END
    assert datetime.fromisoformat(item["start"]).utcoffset() is not None
    assert len(item["notes"]) >= 2
    for note in item["notes"]:
        assert set(note) >= NOTE_KEYS
        assert set(note["to"]) == {"name", "email"}
        assert all(set(f) == {"rule", "severity", "message"} for f in note["findings"])
    assert client.get(f"/api/interviews/{item['id']}", headers=auth).json["id"] == item["id"]


def test_adding_details_recomposes_the_notes(client, auth, proposed):
    [item] = interviews(client, auth)
    before = {n["id"]: n["body_text"] for n in item["notes"]}
    detail = "Dana: the forecasting pipeline she rebuilt last spring"
    answer = client.post(f"/api/interviews/{item['id']}/details", json={"text": detail}, headers=auth)
    assert answer.status_code == 200
    dana = next(n for n in answer.json["notes"] if n["to"]["email"].startswith("dana") and n["channel"] == "email")
    assert "forecasting pipeline" in dana["body_text"]
    assert dana["body_text"] != before[dana["id"]]
    assert answer.json["details"] == detail


def test_edit_mark_sent_and_dismiss(client, auth, proposed):
    [item] = interviews(client, auth)
    first, second = [n for n in item["notes"] if n["channel"] == "email"][:2]
    edited = client.patch(f"/api/notes/{first['id']}", json={"body_text": "Dear Dana,\n\nThank you!\n\nAlex"},
                          headers=auth)
    assert edited.status_code == 200 and edited.json["status"] == "edited"
    assert edited.json["body_text"].startswith("Dear Dana")
    assert "<p>" in edited.json["body_html"]
    sent = client.post(f"/api/notes/{first['id']}/sent", headers=auth)
    assert sent.json["status"] == "sent" and sent.json["sent_at"]
    assert client.patch(f"/api/notes/{first['id']}", json={"subject": "x"}, headers=auth).status_code == 409
    assert client.post(f"/api/notes/{second['id']}/dismiss", headers=auth).json["status"] == "dismissed"


def test_edited_html_is_escaped(client, auth, proposed):
    [item] = interviews(client, auth)
    note = item["notes"][0]
    answer = client.patch(f"/api/notes/{note['id']}", json={"body_text": "Hi <script>alert(1)</script> & bye"},
                          headers=auth)
    assert "<script>" not in answer.json["body_html"]
    assert "&lt;script&gt;" in answer.json["body_html"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic test-token"},
                                     {"Authorization": "Bearer "}])
def test_wrong_or_missing_login_token_is_refused(client, headers, proposed):
    answer = client.get("/api/interviews", headers=headers)
    assert answer.status_code == 401
    assert answer.json == {"error": "missing or invalid token"}


def test_another_users_things_are_not_found(app, client, auth, proposed, runtime):
    [item] = interviews(client, auth)
    note_id = item["notes"][0]["id"]
    with runtime.session() as session:
        other = service.ensure_user(session, "someone.else@example.org")
        session.commit()
        other_id = other.id
    from addon import auth as auth_module

    auth_module.add_authenticator(app, lambda token: other_id if token == "other-token" else None)
    theirs = {"Authorization": "Bearer other-token"}
    assert client.get("/api/interviews", headers=theirs).json == {"interviews": []}
    for method, path in [("get", f"/api/interviews/{item['id']}"), ("post", f"/api/notes/{note_id}/sent"),
                         ("post", f"/api/notes/{note_id}/dismiss"), ("patch", f"/api/notes/{note_id}")]:
        answer = getattr(client, method)(path, json={"subject": "x"}, headers=theirs)
        assert answer.status_code == 404, path
        assert "Dana" not in answer.get_data(as_text=True)
    assert client.get(f"/api/notes/{note_id}", headers=auth).status_code in (404, 405)


@pytest.mark.parametrize("body, status, words", [
    ({"text": 5}, 400, "details must be text"),
    ({"text": "x" * 10_001}, 400, "10000 characters"),
    ([], 400, "JSON object"),
])
def test_bad_details_are_refused_clearly(client, auth, proposed, body, status, words):
    [item] = interviews(client, auth)
    answer = client.post(f"/api/interviews/{item['id']}/details", json=body, headers=auth)
    assert answer.status_code == status and words in answer.json["error"]


def test_a_malformed_calendar_is_refused_and_nothing_is_stored(client, auth, tmp_path):
    path = tmp_path / "one-bad-event.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:bad-1\r\nDTSTART:not-a-date\r\nEND:VEVENT\r\n"
                     b"END:VCALENDAR\r\n")
    answer = client.post("/api/connect/ics", json={"source": str(path)}, headers=auth)
    assert answer.status_code == 201
    [warning] = answer.json["warnings"]
    assert warning.startswith("event bad-1: DTSTART unreadable") and "not-a-date" in warning
    truncated = tmp_path / "truncated.ics"
    truncated.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T100000Z\r\n")
    answer = client.post("/api/connect/ics", json={"source": str(truncated)}, headers=auth)
    assert answer.status_code == 400 and "truncated" in answer.json["error"]
    garbage = tmp_path / "garbage.ics"
    garbage.write_bytes(b"this is not a calendar")
    answer = client.post("/api/connect/ics", json={"source": str(garbage)}, headers=auth)
    assert answer.status_code == 400 and "not an iCalendar file" in answer.json["error"]
    missing = client.post("/api/connect/ics", json={"source": str(tmp_path / "nope.ics")}, headers=auth)
    assert missing.status_code == 400 and "cannot read" in missing.json["error"]
    accounts = client.get("/api/accounts", headers=auth).json["accounts"]
    assert all(a["name"] != "garbage.ics" for a in accounts)


def test_an_unreachable_calendar_url_is_refused_clearly(client, auth):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer = client.post("/api/connect/ics", json={"source": f"http://127.0.0.1:{port}/cal.ics"}, headers=auth)
    assert answer.status_code == 400 and "cannot reach" in answer.json["error"]
    assert client.get("/api/accounts", headers=auth).json == {"accounts": []}


def test_server_mode_refuses_files_and_private_addresses(app, client, auth, tmp_path):
    app.config["LOCAL_MODE"] = False
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar())
    assert "only http(s)" in client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).json["error"]
    answer = client.post("/api/connect/ics", json={"source": "http://127.0.0.1:9/cal.ics"}, headers=auth)
    assert answer.json["error"] == "cannot reach this calendar URL from this server"


def test_profile_changes_are_validated(client, auth, runtime):
    assert client.patch("/api/me", json={"phone": "+1 555 0100", "time_zone": "Europe/Berlin"},
                        headers=auth).json["time_zone"] == "Europe/Berlin"
    for body in ({"time_zone": "Mars/Olympus"}, {"language": "xx"}, {"unknown": 1},
                 {"proposal_delay_minutes": 5000}, {"nudges_enabled": "yes"}):
        answer = client.patch("/api/me", json=body, headers=auth)
        assert answer.status_code == 400, body
    with runtime.session() as session:
        user = session.query(User).one()
        assert user.phone == "+1 555 0100"


def test_sync_now_and_account_listing(client, auth, proposed):
    [account] = client.get("/api/accounts", headers=auth).json["accounts"]
    assert account["provider"] == "ics" and account["status"] == "active"
    assert "token" not in str(account).lower()
    assert client.post(f"/api/accounts/{account['id']}/sync", headers=auth).status_code == 202
    assert client.post("/api/accounts/999/sync", headers=auth).status_code == 404


def test_connect_links_need_a_configured_provider(client, auth):
    answer = client.post("/api/connect/google", json={}, headers=auth)
    assert answer.status_code == 400 and "AFTERVIEW_GOOGLE_CLIENT_ID" in answer.json["error"]
    assert client.post("/api/connect/yahoo", json={}, headers=auth).status_code == 404


def test_a_one_megabyte_description_is_stored_trimmed(client, auth, runtime, clock, tmp_path):
    path = tmp_path / "big.ics"
    path.write_bytes(calendar(interview("big", START, END, description="Interview agenda. " + "x" * 1_000_000)))
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    [item] = interviews(client, auth)
    assert item["status"] == "proposed"


def test_the_printable_card_as_html_and_pdf(client, auth, runtime, clock, tmp_path):
    from io import BytesIO

    from pypdf import PdfReader

    client.patch("/api/me", json={"channel": "handwritten"}, headers=auth)
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    client.post("/api/connect/ics", json={"source": str(path)}, headers=auth)
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())
    [item] = interviews(client, auth)
    card = next(n for n in item["notes"] if n["channel"] == "handwritten")
    page = client.get(f"/api/notes/{card['id']}/card", headers=auth)
    assert page.status_code == 200 and "@page" in page.get_data(as_text=True)
    assert "mail it today" in page.get_data(as_text=True)
    pdf = client.get(f"/api/notes/{card['id']}/card.pdf", headers=auth)
    assert pdf.headers["Content-Type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf.data)).pages)
    first_name = card["to"]["name"].split()[0]
    assert first_name in text
    assert client.get(f"/api/notes/{card['id']}/card").status_code == 401


def test_a_file_is_connected_by_its_real_path_however_it_is_written(client, auth, runtime, tmp_path, monkeypatch):
    """`~` is expanded, and one file is one account whether written with `~`, relatively or in full."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cal.ics").write_bytes(calendar(interview("iv-1", START, END)))
    first = client.post("/api/connect/ics", json={"source": "~/cal.ics"}, headers=auth)
    assert first.status_code == 201, first.json
    for spelling in (str(tmp_path / "cal.ics"), "cal.ics", "~/./cal.ics"):
        again = client.post("/api/connect/ics", json={"source": spelling}, headers=auth)
        assert again.status_code == 201 and again.json["account"]["id"] == first.json["account"]["id"]
    [account] = client.get("/api/accounts", headers=auth).json["accounts"]
    assert account["name"] == str((tmp_path / "cal.ics").resolve())  # shown as the file it is, ~ expanded
    from notes.store.model import Account

    with runtime.session() as session:
        sealed = session.get(Account, account["id"]).token_blob
    assert runtime.cipher.open(sealed)["source"] == str((tmp_path / "cal.ics").resolve())
