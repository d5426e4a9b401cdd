"""Afterview's own short-lived bearer tokens, for task panes that cannot use nested app
authentication: signed with ``AFTERVIEW_SECRET_KEY``, naming one user and the user's token
generation (``User.pane_epoch``), valid for an hour. Signing out (``POST /api/sign-out``) or
disconnecting an account raises the generation, which ends every token issued before; each use
checks it against the database."""
from __future__ import annotations

from flask import Flask, current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select

from notes.store.model import User

from .. import wiring

SALT = "afterview.pane-token"
LIFETIME_SECONDS = 3600
PREFIX = "av1."


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def _epoch(user_id: int) -> int | None:
    return wiring.db().scalar(select(User.pane_epoch).where(User.id == user_id))


def issue(user_id: int) -> str:
    """A token that authenticates ``user_id`` for an hour, or until the user's tokens end."""
    return PREFIX + _serializer().dumps({"u": user_id, "e": _epoch(user_id) or 0})


def user_of(token: str) -> int | None:
    """The user a valid, unexpired, unrevoked token names; ``None`` for anything else."""
    if not token.startswith(PREFIX):
        return None
    try:
        data = _serializer().loads(token[len(PREFIX):], max_age=LIFETIME_SECONDS)
    except (BadSignature, SignatureExpired):
        return None
    if not isinstance(data, dict):
        return None
    user_id, epoch = data.get("u"), data.get("e")
    if not isinstance(user_id, int) or not isinstance(epoch, int) or _epoch(user_id) != epoch:
        return None
    return user_id


def init_app(app: Flask) -> None:
    from ..auth import add_authenticator

    add_authenticator(app, user_of)
