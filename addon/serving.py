"""``afterview serve``: the web service (waitress) and the scheduler in one process.

On a loopback address the service runs in local mode: one user, .ics files from disk allowed,
secrets generated into the instance folder. On any other address every secret must be given.
"""
from __future__ import annotations

import errno
import logging
import os
import sys
from datetime import UTC, datetime

import click
from waitress import create_server

from notes.store.database import current_revision, head_revision, upgrade
from providers.google.auth import is_loopback
from scheduler.runner import start_scheduler
from scheduler.ticks import run_round

from . import create_app
from .config import ConfigError, require_secrets


def build_app(host: str, port: int, demo: bool, me: str | None):
    """The application as ``serve`` runs it (demo and local mode decided by the host)."""
    local = is_loopback(host)
    if demo and not local:
        raise ConfigError("--demo serves only on a loopback address (127.0.0.1 or localhost)")
    overrides: dict = {"LOCAL_MODE": local, "DEMO": demo}
    if me:
        overrides["ME"] = me
    if not os.environ.get("AFTERVIEW_BASE_URL"):
        overrides["BASE_URL"] = f"http://{host}:{port}"
    app = create_app(overrides)
    require_secrets(app.config)
    return app


def prepare_database(app) -> None:
    """Upgrade an embedded SQLite store; a shared database must be upgraded on purpose."""
    engine = app.extensions["afterview.engine"]
    if engine.dialect.name == "sqlite":
        upgrade(engine, app.extensions["afterview.runtime"].cipher)
    elif current_revision(engine) != head_revision():
        raise ConfigError("the database schema is not current: run `afterview db upgrade` first")


def listen(app, host: str, port: int):
    """The server bound to ``host:port``; a port in use (or refused) is a ``ConfigError`` that says
    what to do."""
    try:
        return create_server(app, host=host, port=port, threads=8, ident="afterview",
                             max_request_body_size=app.config["MAX_CONTENT_LENGTH"])  # larger: 413, unread
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"port {port} on {host} is already in use (is Afterview already running?): "
                              f"choose another with --port, e.g. `afterview serve --port {port + 1}`") from None
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc}): "
                          "choose another address with --host or --port") from None


def serve(host: str, port: int, demo: bool = False, me: str | None = None, scheduler: bool = True) -> None:
    """Run until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    app = build_app(host, port, demo, me)
    server = listen(app, host, port)
    prepare_database(app)
    runtime = app.extensions["afterview.runtime"]
    if demo:
        from .demo import load_demo

        with app.app_context():
            load_demo(app, datetime.now(UTC))
        run_round(runtime, datetime.now(UTC))
    running = start_scheduler(runtime, app.config["TICK_SECONDS"]) if scheduler else None
    url = f"http://{host}:{server.effective_port}/"
    click.echo(f"Afterview is listening on {url}")
    if app.config["LOCAL_MODE"]:  # the link last, where the eye lands
        click.echo(f"Login token: {app.config['LOCAL_TOKEN']}")
        click.echo(f"Local page: {url}#token={app.config['LOCAL_TOKEN']}")
    sys.stdout.flush()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if running:
            running[0].shutdown(wait=False)
