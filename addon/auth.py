"""Who is calling: every API request carries a bearer token, checked before anything else.

Authenticators are tried in order; each takes the token and answers a user id or ``None``.
The local web UI's login token is always one of them; the Outlook task pane adds its own.
Only the login token of a loopback server (local mode) makes the caller the local owner
(``is_local_owner``): the one caller that may read files and private addresses, and whose
connect links attach an account without asking.
"""
from __future__ import annotations

import functools
import hmac
from collections.abc import Callable

from flask import Flask, current_app, g, jsonify, request

from notes.usecases.service import ensure_user

from . import wiring

Authenticator = Callable[[str], "int | None"]


def add_authenticator(app: Flask, authenticator: Authenticator) -> None:
    """Accept bearer tokens that ``authenticator`` recognises."""
    app.extensions.setdefault("afterview.authenticators", []).append(authenticator)


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def local_user_id() -> int:
    """The local web UI's user (``AFTERVIEW_ME``), created on first sight."""
    email = current_app.config.get("ME") or "me@localhost.localdomain"
    with wiring.unit_of_work() as session:
        user = ensure_user(session, email, current_app.config.get("ME_NAME") or "")
    return user.id


def _local_token(token: str) -> int | None:
    expected = current_app.config["LOCAL_TOKEN"]
    if hmac.compare_digest(token.encode(), str(expected).encode()):
        g.local_owner = bool(current_app.config["LOCAL_MODE"])
        return local_user_id()
    return None


def is_local_owner() -> bool:
    """Whether this request carries the login token of a loopback server (local mode)."""
    return bool(g.get("local_owner"))


def authenticate(token: str) -> int | None:
    for authenticator in [_local_token, *current_app.extensions.get("afterview.authenticators", [])]:
        user_id = authenticator(token)
        if user_id is not None:
            return user_id
    return None


def login_required(view):
    """Answer 401 unless the bearer token names a user; the user id is in ``g.user_id``."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        token = bearer_token()
        user_id = authenticate(token) if token else None
        if user_id is None:
            response = jsonify({"error": "missing or invalid token"})
            response.headers["WWW-Authenticate"] = 'Bearer realm="afterview"'
            return response, 401
        g.user_id = user_id
        return view(*args, **kwargs)

    return wrapped
