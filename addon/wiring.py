"""Builds the runtime the use cases need and gives each request its database session.

Handlers change the store inside ``with unit_of_work() as session:``, which commits when the block
ends and rolls back if it raises; no handler calls ``commit`` itself."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask, current_app, g

from notes import planning
from notes.runtime import Runtime
from notes.store import database
from notes.store.crypto import MissingCipher, TokenCipher
from notes.store.database import make_engine, make_sessions
from providers.base import LanguageModel
from providers.ics import IcsConnector

from .config import resolve_database_url


def init_app(app: Flask) -> None:
    """Create the engine (no connection yet), the runtime, and the per-request teardown."""
    app.config["DATABASE_URL"] = resolve_database_url(app.config, app.instance_path)
    # every concurrent sync holds a connection, and the web threads need theirs too
    engine = make_engine(app.config["DATABASE_URL"], connections=int(app.config["SYNC_CONCURRENCY"]) + 10)
    runtime = Runtime(
        sessions=make_sessions(engine),
        cipher=TokenCipher(app.config["TOKEN_KEY"]) if app.config.get("TOKEN_KEY") else MissingCipher(),
        connectors=build_connectors(app),
        proposal_delay=planning.proposal_delay(app.config["PROPOSAL_DELAY_MINUTES"]),
        sync_concurrency=int(app.config["SYNC_CONCURRENCY"]),
        lease=timedelta(seconds=max(float(app.config["LEASE_SECONDS"]), 1.0)),
        base_url=str(app.config["BASE_URL"] or ""),
        model=language_model(app.config),
        model_concurrency=max(1, int(app.config["LLM_CONCURRENCY"])),
    )
    app.extensions["afterview.engine"] = engine
    # the sidebars' one query per request: a small pool without the ping (``service.data_version``
    # replaces a dropped connection itself)
    app.extensions["afterview.sidebar_engine"] = make_engine(app.config["DATABASE_URL"], connections=4,
                                                             pre_ping=False)
    app.extensions["afterview.runtime"] = runtime
    app.extensions.setdefault("afterview.authenticators", [])
    app.extensions.setdefault("afterview.clock", lambda: datetime.now(UTC))
    app.teardown_appcontext(_close_session)


def build_connectors(app: Flask) -> dict:
    """One connector per provider that is configured; ICS is always there."""
    connectors = {"ics": IcsConnector(public_only=True, local_exempt=bool(app.config["LOCAL_MODE"]))}
    if app.config.get("GOOGLE_CLIENT_ID"):
        from providers.google import GoogleConnector

        from .connect.google import google_client

        connectors["google"] = GoogleConnector(google_client(app.config), app.config["GOOGLE_API_ROOT"],
                                               pool_size=max(2 * int(app.config["SYNC_CONCURRENCY"]), 8))
    if app.config.get("MS_CLIENT_ID"):
        from providers.microsoft import MicrosoftConnector

        clock = lambda: app.extensions["afterview.clock"]()  # noqa: E731  (tests set the clock later)
        connectors["microsoft"] = MicrosoftConnector.from_config(app.config, clock)
    return connectors


def language_model(config) -> LanguageModel | None:
    """The drafting model when ``AFTERVIEW_LLM_BASE_URL`` and ``AFTERVIEW_LLM_MODEL`` are set (no
    connection is made here); ``None`` otherwise: the composer writes every note."""
    base_url, model = config.get("LLM_BASE_URL"), config.get("LLM_MODEL")
    if not base_url or not model:
        return None
    from providers.model import OpenAICompatibleModel

    timeout = float(config.get("LLM_TIMEOUT_SECONDS") or 20)
    return OpenAICompatibleModel(str(base_url), str(model), config.get("LLM_API_KEY") or None, timeout)


def runtime() -> Runtime:
    return current_app.extensions["afterview.runtime"]


def now() -> datetime:
    """The current time (a test can set ``app.extensions['afterview.clock']``)."""
    return current_app.extensions["afterview.clock"]()


def db():
    """The request's database session, opened on first use and closed at teardown."""
    if "db" not in g:
        g.db = runtime().sessions()
    return g.db


def unit_of_work():
    """The request's session for one piece of work: committed at the end of the ``with`` block,
    rolled back if it raises."""
    return database.unit_of_work(db())


def _close_session(_exc) -> None:
    session = g.pop("db", None)
    if session is not None:
        session.close()


def lease() -> timedelta:
    return runtime().lease
