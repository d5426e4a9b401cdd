"""The database: engines, sessions, migrations, and claiming due work.

SQLite (a file in the instance folder) is the embedded default, PostgreSQL the production
store (``postgresql://`` goes through psycopg 3, SQLAlchemy's default driver for it;
``postgresql+psycopg2://`` works too). Due work is claimed with a lease (``notes.store.claims``):
the claim moves the row's due time a few minutes ahead in one short transaction, so a crash in
the middle of the work leaves it due again once the lease runs out, and two claimants never take
the same row.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from . import claims

MIGRATIONS = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


def make_engine(url: str, connections: int = 10, pre_ping: bool = True) -> Engine:
    """An engine for ``url`` whose pool holds ``connections`` (raise it with the sync concurrency).

    SQLite gets foreign keys, WAL with normal synchronisation (a commit need not wait for the
    disk; the database stays consistent) and a generous busy timeout. A server database's
    connections are pinged when taken from the pool, unless the caller retries a dropped one
    itself (``pre_ping=False``: one round trip less per use).
    """
    size = max(connections, 5)
    if url.startswith("sqlite"):
        keep_private(make_url(url).database)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=size, max_overflow=10)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=pre_ping, pool_size=size, max_overflow=10)


def keep_private(database: str | None) -> None:
    """Make a SQLite file readable and writable by its owner only (0600), creating it so when it
    does not exist yet; its journal, WAL and shared-memory files too (SQLite gives those the
    database file's mode when it creates them)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.exists() and path.parent.is_dir():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for companion in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        if companion.exists() and companion.stat().st_mode & 0o077:
            try:
                companion.chmod(0o600)
            except PermissionError:
                log.warning("%s is readable by others and cannot be changed by this user", companion)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@contextmanager
def unit_of_work(session: Session) -> Iterator[Session]:
    """One piece of work on ``session``: committed when the block ends, rolled back if it raises
    (and the exception goes on). Entry points wrap each use case in one, so that a request's
    changes are kept together or not at all and nobody else calls ``commit``."""
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # configparser treats % as interpolation: URL-encoded passwords and options need escaping
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def upgrade(engine: Engine, cipher=None, revision: str = "head") -> str:
    """Bring the schema to ``revision`` (the newest by default); returns the revision now current.

    ``cipher`` (the ``TokenCipher``) is what migrations that encrypt stored values use.
    """
    config = _alembic_config(engine)
    config.attributes["cipher"] = cipher
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return current_revision(engine) or ""
    with engine.connect() as connection:
        # SQLite alters a table by rebuilding it, and dropping the old copy would cascade into
        # every table that refers to it: foreign keys are off while migrations run (the pragma
        # only takes effect outside a transaction), checked before the commit, and on again after.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"a migration left rows whose references are broken: {broken[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
    return current_revision(engine) or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config(create_engine("sqlite://"))).get_current_head() or ""


def claim_due(
    session: Session,
    model: Any,
    due_column: Any,
    now: datetime,
    lease: timedelta,
    limit: int = 50,
    where: tuple = (),
) -> list[int]:
    """Claim up to ``limit`` rows of ``model`` whose ``due_column`` is at or before ``now``, and commit.

    A claim of its own with no renewal (``notes.store.claims``): the rows are held until the lease
    runs out. The ticks claim through ``notes.usecases.claimed``, which renews and releases.
    """
    ids = claims.claim(session, claims.Queue(due_column, where), now, lease, limit, claims.new_token())
    session.commit()
    return ids
