"""Shared fixtures: a settable clock, databases (SQLite always, PostgreSQL when configured),
the Flask application with its client, CLI runner and runtime, and the loopback key server of
Microsoft's signing keys. The fixtures of the Google and Microsoft fakes come from the modules in
``pytest_plugins``: a test names them as parameters, without importing them."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import create_engine, text

from addon import create_app
from notes.store.crypto import new_key
from notes.store.database import upgrade
from tests.fakes.jwks_server import JwksServer

pytest_plugins = ("tests.fakes.microsoft_fixtures", "tests.integration.google_support")

SHARED = Path(os.environ.get("AFTERVIEW_SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus" / "dev"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEST_KEY = new_key()
PG_URL = os.environ.get("AFTERVIEW_TEST_DATABASE_URL")


def require_shared(path: Path) -> Path:
    """``path`` inside ../shared; skipped where the folder is absent, a failure in CI."""
    if not path.exists():
        message = f"{path} is absent (../shared beside the project, or AFTERVIEW_SHARED_DIR)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


class Clock:
    """A clock the test moves by hand; ``clock()`` is the current time (aware UTC)."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))


def postgres_schema_url(base_url: str) -> tuple[str, str]:
    """A fresh schema in the test PostgreSQL database, and a URL whose connections use it."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base_url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    separator = "&" if "?" in base_url else "?"
    return f"{base_url}{separator}options=-csearch_path%3D{schema}", schema


def drop_postgres_schema(base_url: str, schema: str) -> None:
    engine = create_engine(base_url)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """Each store test runs on SQLite and, when AFTERVIEW_TEST_DATABASE_URL is set, PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if not PG_URL:
        pytest.skip("AFTERVIEW_TEST_DATABASE_URL is not set (PostgreSQL contract runs in CI)")
    url, schema = postgres_schema_url(PG_URL)
    yield url
    drop_postgres_schema(PG_URL, schema)


def make_app(database_url: str, instance: Path, **overrides):
    config = {
        "TESTING": True,
        "DATABASE_URL": database_url,
        "TOKEN_KEY": TEST_KEY,
        "SECRET_KEY": "test-secret-key-for-signing-at-least-32-bytes",
        "LOCAL_TOKEN": "test-token",
        "ME": "alex.rivera.jobs@gmail.com",
        "ME_NAME": "Alex Rivera",
        "LOCAL_MODE": True,
        "BASE_URL": "https://afterview.test",
        "PROPOSAL_DELAY_MINUTES": 10,
        "SYNC_CONCURRENCY": 1,
        "INSTANCE_PATH": str(instance),
    }
    config.update(overrides)
    app = create_app(config)
    upgrade(app.extensions["afterview.engine"])
    return app


@contextmanager
def clocked_app(tmp_path: Path, clock: Clock, database_url: str | None = None, instance: str = "instance",
                **overrides) -> Iterator[Flask]:
    """The app of ``make_app`` with ``overrides``, on the test's clock, on ``database_url`` (by default
    ``app.db`` in ``tmp_path``) with ``tmp_path / instance`` for its instance folder; its engine is
    disposed on leaving."""
    app = make_app(database_url or f"sqlite:///{tmp_path / 'app.db'}", tmp_path / instance, **overrides)
    app.extensions["afterview.clock"] = clock
    try:
        yield app
    finally:
        app.extensions["afterview.engine"].dispose()


@pytest.fixture
def app(tmp_path, clock):
    with clocked_app(tmp_path, clock) as app:
        yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def runtime(app):
    return app.extensions["afterview.runtime"]


@pytest.fixture
def auth():
    """Headers of the local user."""
    return {"Authorization": "Bearer test-token"}


@pytest.fixture
def jwks():
    """Microsoft's signing-key endpoint on a loopback port, minting the tokens it verifies."""
    server = JwksServer()
    yield server
    server.close()
