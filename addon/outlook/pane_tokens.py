"""Afterview's own short-lived bearer tokens, for task panes that cannot use nested app
authentication: signed with ``AFTERVIEW_SECRET_KEY``, naming one user, valid for an hour."""
from __future__ import annotations

from flask import Flask, current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

SALT = "afterview.pane-token"
LIFETIME_SECONDS = 3600
PREFIX = "av1."


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def issue(user_id: int) -> str:
    """A token that authenticates ``user_id`` for an hour."""
    return PREFIX + _serializer().dumps({"u": user_id})


def user_of(token: str) -> int | None:
    """The user a valid, unexpired token names; ``None`` for anything else."""
    if not token.startswith(PREFIX):
        return None
    try:
        data = _serializer().loads(token[len(PREFIX):], max_age=LIFETIME_SECONDS)
    except (BadSignature, SignatureExpired):
        return None
    user_id = data.get("u") if isinstance(data, dict) else None
    return user_id if isinstance(user_id, int) else None


def init_app(app: Flask) -> None:
    from ..auth import add_authenticator

    add_authenticator(app, user_of)
