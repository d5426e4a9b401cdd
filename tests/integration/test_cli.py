"""The `afterview` command: scan and draft output contracts, clear errors, the served demo."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

import requests

from addon.cli import main
from tests.conftest import CORPUS, require_shared

SCAN_KEYS = ["uid", "interview", "kind", "confidence", "company", "role", "stage", "interviewers", "reasons"]


def run(*args: str):
    from click.testing import CliRunner

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_scan_prints_one_contract_line_per_event():
    require_shared(CORPUS)
    me = (CORPUS / "me.txt").read_text().strip()
    result = run("scan", str(CORPUS / "calendar.ics"), "--me", me, "--json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == (CORPUS / "calendar.ics").read_text().count("BEGIN:VEVENT")
    for line in lines:
        assert list(line) == SCAN_KEYS
        assert all(set(p) == {"name", "email"} for p in line["interviewers"])
        assert isinstance(line["reasons"], list) and 0 <= line["confidence"] <= 1


def _a_hiring_process(tmp_path) -> Path:
    """A calendar written for the tests: the final round's invitation names no role, and the company only
    as its domain spells it; the phone screen before it says both. A job fair names the company too."""
    from datetime import datetime, timedelta

    from tests.calendars import calendar, vevent

    start = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)
    talia, omar = ("Talia Brandt", "talia.brandt@harrowgatetrust.org"), ("Omar Osei", "omar.osei@harrowgatetrust.org")
    path = tmp_path / "process.ics"
    path.write_bytes(calendar(
        vevent("screen-1", "Phone screen – Grants Officer, Harrowgate Community Trust", start,
               start + timedelta(minutes=30), people=(talia,), organizer=talia,
               description="Thanks for applying to the Grants Officer position at Harrowgate Community Trust! "
                           "I will call you at the time above."),
        vevent("fair-1", "Charity jobs fair: Harrowgate, Fabrikam Foods", start + timedelta(days=3),
               start + timedelta(days=3, hours=3), description="Print 10 CVs."),
        vevent("final-1", "Final interview – Harrowgate", start + timedelta(days=9),
               start + timedelta(days=9, hours=1), people=(talia, omar), organizer=talia,
               description="Looking forward to seeing you for the last round with Omar, our director."),
    ))
    return path


def test_scan_reads_a_hiring_process_across_its_events(tmp_path):
    """The final round takes the role and the company's full name from the phone screen; the job fair,
    no interview, takes and lends nothing."""
    from tests.calendars import ME

    result = run("scan", str(_a_hiring_process(tmp_path)), "--me", ME, "--json")
    assert result.exit_code == 0
    lines = {line["uid"]: line for line in map(json.loads, result.output.splitlines())}
    assert lines["screen-1"]["interview"] and lines["final-1"]["interview"] and not lines["fair-1"]["interview"]
    assert (lines["screen-1"]["company"], lines["screen-1"]["role"]) == ("Harrowgate Community Trust", "Grants Officer")
    assert (lines["final-1"]["company"], lines["final-1"]["role"]) == ("Harrowgate Community Trust", "Grants Officer")
    assert any("same hiring process" in reason for reason in lines["final-1"]["reasons"])


def test_draft_reads_the_interview_with_its_calendar(tmp_path):
    from tests.calendars import ME

    result = run("draft", str(_a_hiring_process(tmp_path)), "--me", ME, "--uid", "final-1",
                 "--now", "2026-05-13T18:00:00+00:00", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["interview"]["company"], data["interview"]["role"]) == ("Harrowgate Community Trust",
                                                                         "Grants Officer")
    assert data["notes"] and all("Grants Officer" in note["body_text"] for note in data["notes"])


def test_scan_of_a_broken_file_fails_clearly(tmp_path):
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\n")
    result = run("scan", str(broken), "--me", "a@b.c", "--json")
    assert result.exit_code == 2
    assert "truncated" in result.output and "Traceback" not in result.output


def test_draft_prints_the_interview_and_its_notes(tmp_path):
    from datetime import datetime, timedelta

    from tests.calendars import calendar, interview

    start = datetime(2026, 3, 2, 15, tzinfo=UTC)
    path = tmp_path / "c.ics"
    path.write_bytes(calendar(interview("iv-1", start, start + timedelta(hours=1))))
    result = run("draft", str(path), "--me", "alex.rivera.jobs@gmail.com", "--uid", "iv-1",
                 "--details", "the robotics demo", "--now", "2026-03-02T17:00:00+00:00", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"interview", "notes"}
    assert data["interview"]["uid"] == "iv-1" and data["interview"]["interview"] is True
    emails = {n["to"]["email"] for n in data["notes"]}
    assert {"dana.whitfield@acmerobotics.com", "omar.haddad@acmerobotics.com"} <= emails
    for note in data["notes"]:
        assert {"id", "to", "channel", "subject", "body_text", "body_html", "status", "proposed_at", "sent_at",
                "findings"} <= set(note)
        assert "robotics demo" in note["body_text"]
    assert run("draft", str(path), "--me", "a@b.c", "--uid", "nope").exit_code == 2


def test_draft_uses_the_configured_language_model(tmp_path, monkeypatch):
    """`afterview draft` with AFTERVIEW_LLM_*: the model writes each email note (checked as any other)."""
    from datetime import datetime, timedelta

    from tests.calendars import calendar, interview
    from tests.fakes.llm_server import ModelServer

    server = ModelServer(model="llama3.2")
    start = datetime(2026, 3, 2, 15, tzinfo=UTC)
    path = tmp_path / "c.ics"
    path.write_bytes(calendar(interview("iv-1", start, start + timedelta(hours=1))))
    monkeypatch.setenv("AFTERVIEW_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("AFTERVIEW_LLM_BASE_URL", server.url)
    monkeypatch.setenv("AFTERVIEW_LLM_MODEL", "llama3.2")
    monkeypatch.setenv("AFTERVIEW_LLM_TIMEOUT_SECONDS", "5")
    try:
        args = ["draft", str(path), "--me", "alex.rivera.jobs@gmail.com", "--uid", "iv-1", "--details",
                "Dana: the robotics demo\nOmar: the sensor rig", "--now", "2026-03-02T17:00:00+00:00"]
        data = json.loads(run(*args, "--json").output)
        assert {n["written_by"] for n in data["notes"] if n["channel"] == "email"} == {"llama3.2"}
        assert len(server.requests) == 2
        assert "written by llama3.2" in run(*args).output
    finally:
        server.close()


def test_serve_demo_lists_proposed_notes(tmp_path):
    """The README's first command, as a newcomer runs it (in a subprocess)."""
    env = {**os.environ, "AFTERVIEW_INSTANCE_PATH": str(tmp_path / "instance"), "PYTHONUNBUFFERED": "1"}
    env.pop("AFTERVIEW_DATABASE_URL", None)
    process = subprocess.Popen([sys.executable, "-m", "addon.cli", "serve", "--demo", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                               cwd=Path(__file__).resolve().parents[2])
    try:
        url, token = _wait_for_start(process)
        answer = requests.get(f"{url}api/interviews", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert answer.status_code == 200
        proposed = [i for i in answer.json()["interviews"] if i["status"] == "proposed" and i["notes"]]
        assert proposed, answer.json()
        assert requests.get(f"{url}api/interviews", timeout=10).status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for_start(process) -> tuple[str, str]:
    deadline, url, output = time.monotonic() + 60, None, []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        output.append(line)
        if url is None and (match := re.search(r"listening on (http://\S+/)", line)):
            url = match.group(1)
        if match := re.search(r"Login token: (\S+)", line):
            return url, match.group(1)
    raise AssertionError("serve did not start:\n" + "".join(output))


def test_rotate_keys_moves_every_token_to_the_newest_key(app, runtime, monkeypatch):
    from notes.store.crypto import TokenCipher, new_key
    from notes.store.model import Account, User

    old = app.config["TOKEN_KEY"]
    with runtime.session() as session:
        session.add(Account(user=User(email="a@example.org"), provider="google", external_id="a@example.org",
                            token_blob=TokenCipher(old).seal({"refresh_token": "r"})))
        session.commit()
    newest = new_key()
    monkeypatch.setenv("AFTERVIEW_DATABASE_URL", app.config["DATABASE_URL"])
    monkeypatch.setenv("AFTERVIEW_TOKEN_KEY", f"{newest},{old}")
    monkeypatch.setenv("AFTERVIEW_INSTANCE_PATH", app.instance_path)
    result = run("rotate-keys")
    assert result.exit_code == 0 and "re-encrypted 1" in result.output
    with runtime.session() as session:
        blob = session.query(Account).one().token_blob
    assert TokenCipher(newest).open(blob) == {"refresh_token": "r"}
