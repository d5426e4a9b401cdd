"""The ``afterview`` command (a Flask CLI group). Machine-readable output is a contract."""
from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
import threading
from datetime import UTC, datetime

import click
from flask.cli import FlaskGroup

from notes.store.crypto import new_key
from providers.base import ProviderError

from . import create_app
from .config import ConfigError


def _app_factory():
    # the app of the commands themselves: those that serve or work build their own with secrets checked
    return create_app(serving=False)


class AfterviewGroup(FlaskGroup):
    """Flask's command group (commands run inside the application) with Afterview's commands and
    options only: none of Flask's generic options (``--app``, ``--env-file``, ``--debug``), no
    commands from other installed packages, and no application built just to list the commands."""

    FLASK_OPTIONS = ("env_file", "app", "debug")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.params = [p for p in self.params if p.name not in self.FLASK_OPTIONS]

    def _load_plugin_commands(self) -> None:
        self._loaded_plugin_commands = True

    def get_command(self, ctx: click.Context, name: str):
        return click.Group.get_command(self, ctx, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return click.Group.list_commands(self, ctx)


@click.group(cls=AfterviewGroup, create_app=_app_factory, add_default_commands=False, add_version_option=False,
             set_debug_flag=False, load_dotenv=False)
def main() -> None:
    """Afterview: thank-you notes after every interview, proposed the same day."""


def _fail(message: str, code: int = 2):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


# --------------------------------------------------------------------------- calendar files


def _events(path: str):
    """The calendar's events; what was skipped is said on stderr (stdout stays machine-readable)."""
    from providers.ics import calendar_in

    try:
        events, warnings = calendar_in(path)
    except ProviderError as exc:
        _fail(str(exc))
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    return events


@main.command(with_appcontext=False)
@click.argument("path")
@click.option("--me", "me", required=True, multiple=True, help="Your address on the calendar (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event.")
def scan(path: str, me: tuple[str, ...], as_json: bool) -> None:
    """Detect the interviews in an .ics file or URL.

    Each interview is printed with its UID, which `afterview draft --uid` takes. The interviews are read
    together: one that does not say its company or role takes it from another of the same hiring process."""
    from providers.detect import detect_calendar

    events = _events(path)
    found = 0
    for event, verdict in zip(events, detect_calendar(events, me), strict=True):
        line = verdict.as_json(event.event_id)
        if as_json:
            click.echo(json.dumps(line, ensure_ascii=False))
        elif line["interview"]:
            found += 1
            people = ", ".join(p["email"] for p in line["interviewers"]) or "-"
            click.echo(f"{event.start:%Y-%m-%d %H:%M}Z  {line['kind']:<13} {line['company'] or '?'} | "
                       f"{line['role'] or '?'} | {line['stage'] or '-'} | {people}")
            click.echo(f"  UID {event.event_id}")
    if as_json:
        return
    if not found:
        click.echo(f"No interview found among the {len(events)} event{'s' if len(events) != 1 else ''} "
                   f"in {path} (for {', '.join(me)}).")
    else:
        click.echo(f"{found} interview{'s' if found != 1 else ''}. The notes for one: "
                   f"afterview draft {path} --me {me[0]} --uid UID")


@main.command()
@click.argument("path")
@click.option("--me", "me", required=True, help="Your address on the calendar.")
@click.option("--uid", required=True, help="The event's UID (as printed by scan).")
@click.option("--details", default="", help="What you remember: 'Name: detail' lines or general text.")
@click.option("--name", default="", help="Your name for the signature (default: from the invitation).")
@click.option("--phone", default="", help="Your phone number for the signature.")
@click.option("--now", "now_text", default=None, hidden=True, help="Pretend the time is this ISO 8601 moment.")
@click.option("--json", "as_json", is_flag=True, help="Print {interview, notes} as JSON.")
def draft(path, me, uid, details, name, phone, now_text, as_json) -> None:
    """The notes one interview would get, with their findings."""
    from notes.usecases.preview import preview_notes
    from providers.detect import detect_calendar

    events = _events(path)
    chosen = [i for i, e in enumerate(events) if e.event_id == uid or e.event_id.split("/")[0] == uid]
    if not chosen:
        _fail(f"no event with UID {uid!r} in {path}")
    verdict = detect_calendar(events, [me])[chosen[0]]  # read with its calendar, as scan reads it
    now = datetime.fromisoformat(now_text) if now_text else datetime.now(UTC)
    from flask import current_app

    runtime = current_app.extensions["afterview.runtime"]
    result = preview_notes(events[chosen[0]], me, details, name, phone, now, runtime.model, runtime.model_concurrency,
                           verdict)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if not result["interview"]["interview"]:
        click.echo("This event does not look like an interview: " + "; ".join(result["interview"]["reasons"]))
    for note in result["notes"]:
        click.echo(f"--- To: {note['to']['name']} <{note['to']['email']}> ({note['channel']}, "
                   f"written by {note['written_by']})")
        click.echo(f"Subject: {note['subject']}\n\n{note['body_text']}\n")
        for finding in note["findings"]:  # in plain words, as the pages say them; the rule code for tools
            label = {"block": "Fix", "warn": "Check", "info": "Note"}.get(finding["severity"], "Check")
            click.echo(f"  {label}: {finding['message']} ({finding['rule']})")


# --------------------------------------------------------------------------- service


@main.command(with_appcontext=False)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--demo", is_flag=True, help="Load the example week so notes appear at once.")
@click.option("--me", "me", default=None, help="Your address (local mode), same as AFTERVIEW_ME.")
@click.option("--no-scheduler", is_flag=True, help="Serve only; run `afterview worker` elsewhere.")
def serve(host: str, port: int, demo: bool, me: str | None, no_scheduler: bool) -> None:
    """Serve the web service and run the scheduler in one process."""
    from .serving import serve as run

    try:
        run(host, port, demo=demo, me=me, scheduler=not no_scheduler)
    except (ConfigError, ValueError) as exc:
        _fail(str(exc))


@main.command(with_appcontext=False)
def worker() -> None:
    """Run the scheduler alone (the web tier runs elsewhere)."""
    from scheduler.runner import start_scheduler

    from .serving import prepare_database

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    try:
        app = create_app()
        prepare_database(app)
    except ConfigError as exc:
        _fail(str(exc))
    runtime = app.extensions["afterview.runtime"]
    scheduler, _record = start_scheduler(runtime, app.config["TICK_SECONDS"])
    click.echo(f"afterview worker: ticks every {app.config['TICK_SECONDS']}s (Ctrl-C to stop)")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    scheduler.shutdown(wait=True)


@main.group()
def db() -> None:
    """The database schema."""


@db.command("upgrade", with_appcontext=False)
def db_upgrade() -> None:
    """Apply every migration not applied yet."""
    from notes.store.database import upgrade

    app = create_app(serving=False)
    try:
        revision = upgrade(app.extensions["afterview.engine"], app.extensions["afterview.runtime"].cipher)
    except (RuntimeError, ValueError) as exc:  # a migration that needs a setting says which
        _fail(str(exc))
    click.echo(f"database at revision {revision}")


@main.command(with_appcontext=False)
def keygen() -> None:
    """Print a new token key for AFTERVIEW_TOKEN_KEY."""
    click.echo(new_key())


@main.command("rotate-keys", with_appcontext=False)
def rotate_keys() -> None:
    """Re-encrypt stored tokens and calendar addresses with the newest key.

    The newest key is the first of AFTERVIEW_TOKEN_KEY."""
    from notes.store.crypto import TokenKeyError
    from notes.store.model import Account, AuthFlow, PendingConnection
    from notes.usecases.accounts import calendar_source_ids

    app = create_app(serving=False)
    runtime = app.extensions["afterview.runtime"]
    cipher = runtime.cipher
    count = 0
    try:
        with runtime.unit_of_work() as session:
            for row, column in [(a, "token_blob") for a in session.query(Account)] + \
                               [(f, "payload") for f in session.query(AuthFlow)] + \
                               [(p, "payload") for p in session.query(PendingConnection)]:
                if getattr(row, column):
                    setattr(row, column, cipher.rotate(getattr(row, column)))
                    count += 1
                if isinstance(row, Account) and row.provider == "ics":  # its id is a hash under the key
                    source = cipher.open(row.token_blob).get("source")
                    row.external_id = calendar_source_ids(cipher, source)[0] if source else row.external_id
    except TokenKeyError as exc:
        _fail(str(exc))
    click.echo(f"re-encrypted {count} stored secrets with the newest key")


@main.command(with_appcontext=False)
def doctor() -> None:
    """Check the configuration, the database and the secrets.

    Checks what `afterview serve` would use (creating nothing), the Gmail add-on settings and the
    providers' endpoints; exits non-zero when something is wrong."""
    from .doctor import run_checks

    failed = 0
    for status, line in run_checks():
        failed += status == "FAIL"
        click.echo(f"{status:<4} {line}")
    sys.exit(1 if failed else 0)


@main.command(with_appcontext=False)
@click.option("--base-url", required=True, help="The public https:// address Afterview is served at.")
@click.option("--out", "out_dir", default="manifests", show_default=True, type=click.Path(file_okay=False))
def manifests(base_url: str, out_dir: str) -> None:
    """Write and validate the add-ons' manifests.

    The Gmail add-on deployment and the Outlook XML and unified manifests."""
    from pathlib import Path

    from .manifests import write_all

    try:
        for path in write_all(base_url, Path(out_dir)):
            click.echo(f"wrote {path}")
    except ValueError as exc:
        _fail(str(exc))


if __name__ == "__main__":
    main()
