"""calendar addresses are encrypted at rest: an ICS account's file or URL moves into its token
blob, and its external_id becomes a keyed hash of it (one user still connects one calendar once)

The cipher comes from the caller (``notes.store.database.upgrade(engine, cipher)``): rows can only be
encrypted with ``AFTERVIEW_TOKEN_KEY`` set, and the migration says so when it is missing.

Revision ID: 0008_calendar_sources_encrypted
Revises: 0007_lifecycle
Create Date: 2026-12-06
"""
import re
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import context, op

revision = '0008_calendar_sources_encrypted'
down_revision = '0007_lifecycle'
branch_labels = None
depends_on = None

accounts = sa.table(
    "accounts", sa.column("id", sa.Integer), sa.column("provider", sa.String), sa.column("external_id", sa.String),
    sa.column("display_name", sa.String), sa.column("token_blob", sa.LargeBinary),
)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(accounts.c.id, accounts.c.external_id, accounts.c.token_blob).where(
        accounts.c.provider == "ics", ~accounts.c.external_id.like("ics:%"))).all()
    if not rows:
        return
    cipher = _cipher()
    for row in rows:
        credentials = dict(cipher.open(row.token_blob), source=row.external_id)
        bind.execute(accounts.update().where(accounts.c.id == row.id).values(
            external_id=f"ics:{cipher.fingerprint(row.external_id)}", display_name=_shown(row.external_id),
            token_blob=cipher.seal(credentials)))


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(accounts.c.id, accounts.c.token_blob).where(
        accounts.c.provider == "ics", accounts.c.external_id.like("ics:%"))).all()
    if not rows:
        return
    cipher = _cipher()
    for row in rows:
        credentials = cipher.open(row.token_blob)
        source = credentials.pop("source", None)
        if source:
            bind.execute(accounts.update().where(accounts.c.id == row.id).values(
                external_id=source, token_blob=cipher.seal(credentials)))


def _cipher():
    cipher = context.config.attributes.get("cipher")
    if cipher is None:
        raise RuntimeError("stored calendar addresses are encrypted by this migration: set AFTERVIEW_TOKEN_KEY "
                           "and run `afterview db upgrade` again")
    return cipher


def _shown(source: str) -> str:
    if re.match(r"^(https?|webcal)://", source, re.IGNORECASE):
        try:
            return f"{urlsplit(source).hostname or 'calendar URL'}…"
        except ValueError:
            return "calendar URL…"
    return source[:300]
