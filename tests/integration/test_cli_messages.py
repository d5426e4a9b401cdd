"""What the command line says to a new user: each interview's UID (what `draft --uid` takes), that
a calendar had none, a port already in use, the link last, Afterview's options only, and a doctor
that checks what `serve` would use without creating anything."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from addon import create_app
from notes.store.database import upgrade
from tests.calendars import calendar, interview, vevent
from tests.integration.test_cli import run
from tests.serving import free_port

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 3, 2, 15, tzinfo=UTC)
ME = "alex.rivera.jobs@gmail.com"


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No AFTERVIEW_* from outside; the instance folder is the test's (not made yet)."""
    for name in list(os.environ):
        if name.startswith("AFTERVIEW_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AFTERVIEW_INSTANCE_PATH", str(tmp_path / "instance"))
    return tmp_path / "instance"


def test_help_shows_afterviews_options_and_commands_only(clean_env):
    result = run("--help")
    assert result.exit_code == 0
    for flask_option in ("--env-file", "--app", "--debug", "FLASK"):
        assert flask_option not in result.output
    for command in ("serve", "scan", "draft", "doctor", "worker", "keygen", "manifests"):
        assert f"  {command} " in result.output
    for flask_command in ("  run ", "  shell ", "  routes "):
        assert flask_command not in result.output
    assert not clean_env.exists()  # listing the commands builds nothing


def test_scan_prints_each_interviews_uid_that_draft_takes(tmp_path, clean_env):
    path = tmp_path / "week.ics"
    tomorrow = START + timedelta(days=1)
    path.write_bytes(calendar(interview("iv-acme-1", START, START + timedelta(hours=1)),
                              vevent("dentist-7", "Dentist", tomorrow, tomorrow + timedelta(hours=1))))
    result = run("scan", str(path), "--me", ME)
    assert result.exit_code == 0, result.output
    assert "UID iv-acme-1" in result.output and "dentist-7" not in result.output
    assert f"afterview draft {path} --me {ME} --uid UID" in result.output
    assert run("draft", str(path), "--me", ME, "--uid", "iv-acme-1").exit_code == 0


def test_scan_says_when_it_found_no_interview(tmp_path, clean_env):
    path = tmp_path / "plain.ics"
    path.write_bytes(calendar(vevent("dentist-7", "Dentist", START, START + timedelta(hours=1))))
    result = run("scan", str(path), "--me", ME)
    assert result.exit_code == 0
    assert result.output.strip() == f"No interview found among the 1 event in {path} (for {ME})."
    assert run("scan", str(path), "--me", ME, "--json").output.count("\n") == 1  # --json: one line per event


def _serve(port: int, instance: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")}
    env.update(AFTERVIEW_INSTANCE_PATH=str(instance), PYTHONUNBUFFERED="1")
    return subprocess.Popen([sys.executable, "-m", "addon.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_on_a_port_in_use_says_so_without_a_traceback(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = _serve(port, tmp_path / "instance")
        out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "Traceback" not in out + err
    assert f"port {port} on 127.0.0.1 is already in use" in err and f"--port {port + 1}" in err


def test_serve_prints_the_link_last(tmp_path):
    process = _serve(free_port(), tmp_path / "instance")
    try:
        lines = []
        while not lines or "#token=" not in lines[-1]:
            line = process.stdout.readline()
            assert line, f"serve stopped: {lines} {process.stderr.read() if process.poll() is not None else ''}"
            lines.append(line.strip())
        assert lines[0].startswith("Afterview is listening on http://127.0.0.1:")
        assert lines[1].startswith("Login token: ") and lines[2].startswith("Local page: http://127.0.0.1:")
    finally:
        process.terminate()
        process.wait(timeout=20)


def doctor_lines() -> tuple[int, list[str]]:
    result = run("doctor")
    return result.exit_code, result.output.splitlines()


def test_doctor_creates_nothing_and_says_serve_makes_the_database_and_secrets(clean_env):
    code, lines = doctor_lines()
    assert code == 0, lines
    assert not clean_env.exists()
    assert any(line.startswith("OK") and "no database yet" in line and "afterview.db" in line for line in lines)
    assert any("AFTERVIEW_TOKEN_KEY unset" in line and "token.key" in line for line in lines)


def test_doctor_checks_the_database_and_the_secrets_serve_generated(clean_env):
    app = create_app({"LOCAL_MODE": True})  # as `afterview serve` on 127.0.0.1 makes them
    upgrade(app.extensions["afterview.engine"])
    app.extensions["afterview.engine"].dispose()
    before = sorted(p.name for p in clean_env.iterdir())
    code, lines = doctor_lines()
    assert code == 0, lines
    assert any(line.startswith("OK") and "afterview.db" in line and "schema at 0" in line for line in lines)
    assert any(line.startswith("OK") and "token.key (generated by `afterview serve`) is good" in line for line in lines)
    assert any(line.startswith("OK") and "secret.key (generated by `afterview serve`) is good" in line
               for line in lines)
    assert sorted(p.name for p in clean_env.iterdir()) == before
    (clean_env / "token.key").write_text("not a key")
    code, lines = doctor_lines()
    assert code == 1 and any(line.startswith("FAIL") and "token.key" in line for line in lines)


def test_doctor_checks_the_gmail_add_on_settings(clean_env, monkeypatch):
    monkeypatch.setenv("AFTERVIEW_GOOGLE_ADDON_CLIENT_ID", "4242-addon.apps.googleusercontent.com")
    code, lines = doctor_lines()
    assert code == 1 and any(line.startswith("FAIL") and "AFTERVIEW_GOOGLE_ADDON_SERVICE_ACCOUNT unset" in line
                             for line in lines)
    account = "service-1@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"
    monkeypatch.setenv("AFTERVIEW_GOOGLE_ADDON_SERVICE_ACCOUNT", account)
    monkeypatch.setenv("AFTERVIEW_GOOGLE_CERTS_URL", f"http://127.0.0.1:{free_port()}/certs")
    code, lines = doctor_lines()
    assert any(line.startswith("FAIL") and "need an https AFTERVIEW_BASE_URL" in line for line in lines)
    assert any(line.startswith("FAIL") and "GOOGLE_CERTS_URL" in line for line in lines)
    monkeypatch.setenv("AFTERVIEW_BASE_URL", "https://afterview.example.org")
    code, lines = doctor_lines()
    assert any(line.startswith("OK") and "Gmail add-on: requests from service-1@" in line for line in lines)


def test_draft_says_its_findings_in_plain_words(tmp_path, clean_env):
    path = tmp_path / "c.ics"
    path.write_bytes(calendar(interview("iv-1", START, START + timedelta(hours=1))))
    result = run("draft", str(path), "--me", ME, "--uid", "iv-1", "--now", "2026-03-02T17:00:00+00:00")
    findings = [line for line in result.output.splitlines() if line.startswith("  ")]
    assert findings and all(line.startswith(("  Fix: ", "  Check: ", "  Note: ")) for line in findings), findings
    assert not any(line.startswith("  [") for line in findings)
