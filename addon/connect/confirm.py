"""The step between a provider's sign-in and attaching its account, when the identity that signed
in is new to the link's user: a page that names both sides, and a POST that confirms.

A connect link can be forwarded, so whoever finishes it may not be the user who made it. Their
grant waits server-side, encrypted, for ten minutes and is used once (``PendingConnection``).
The confirming POST must carry the page's own key (a secret only that page holds), come from
the browser the page was shown in (a ``SameSite=Strict`` cookie whose digest is kept with the
grant), and, when the browser says where it comes from, from Afterview's own origin.
"""
from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from flask import current_app, render_template, request
from sqlalchemy import delete, select

from notes.store.model import PendingConnection, User
from notes.usecases import identities
from notes.usecases.identities import PROVIDER_NAMES, SignedIn
from providers.errors import ConnectProblem

from .. import connect, wiring
from ..web import secured_page

LIFETIME = timedelta(minutes=10)
PAGE_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; "
               "frame-ancestors 'none'")


@dataclass(frozen=True)
class Pending:
    """A confirmed connection, ready to attach: the grant as the provider's module stored it."""

    user_id: int
    who: SignedIn
    grant: dict
    options: dict


Bind = Callable[[int, SignedIn, dict, dict, bool], object]  # (user id, who, grant, options, confirmed)
Problem = Callable[[str, int], object]  # (message, status) -> the provider's problem page


def settle(user_id: int, who: SignedIn, grant: dict, options: dict, bind: Bind, problem: Problem):
    """The answer to a finished sign-in for the link of ``user_id``: refused when the identity
    belongs to another user; attached at once when it is the user's own, or the link is a loopback
    server's own user's (``options["local_owner"]``); else the confirmation page."""
    session = wiring.db()
    refused = identities.refusal(session, user_id, who)
    if refused:
        return problem(refused, 409)
    if options.get("local_owner") or identities.is_own(session, session.get(User, user_id), who):
        bind(user_id, who, grant, options, False)
        return connect.finish(user_id, options, who.provider, who.address)
    return hold(user_id, who, grant, options)


def answer(provider: str, bind: Bind, problem: Problem):
    """The answer to ``POST /oauth/<provider>/confirm``: attached, declined or refused."""
    try:
        pending = take(provider)
    except ConnectProblem as exc:
        return problem(str(exc), exc.status)
    if pending is None:
        response = problem("Nothing was connected.", 200)
    elif refused := identities.refusal(wiring.db(), pending.user_id, pending.who):
        response = problem(refused, 409)
    else:
        bind(pending.user_id, pending.who, pending.grant, pending.options, True)
        response = connect.finish(pending.user_id, pending.options, provider, pending.who.address)
    return _forget(current_app.make_response(response), provider)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _cookie_name(key: str) -> str:
    return f"afterview_confirm_{_digest(key)[:16]}"


def _path(provider: str) -> str:
    return f"/oauth/{provider}/confirm"


def hold(user_id: int, who: SignedIn, grant: dict, options: dict):
    """Keep the grant for confirmation and answer the page that asks for it."""
    key, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    payload = {"who": asdict(who), "grant": grant, "options": options, "browser": _digest(nonce)}
    now = wiring.now()
    with wiring.unit_of_work() as session:
        session.execute(delete(PendingConnection).where(PendingConnection.expires_at < now))
        session.add(PendingConnection(key_hash=_digest(key), provider=who.provider, user_id=user_id,
                                      payload=wiring.runtime().cipher.seal(payload), expires_at=now + LIFETIME))
        user = session.get(User, user_id)
    page = render_template("confirm_connect.html", provider=PROVIDER_NAMES[who.provider], address=who.address,
                           user_email=user.email, user_name=user.name, action=_path(who.provider), key=key)
    response = secured_page(page, PAGE_POLICY)
    base = urlsplit(current_app.config["BASE_URL"])
    secure = base.scheme == "https" or base.hostname in ("localhost", "127.0.0.1", "::1")
    response.set_cookie(_cookie_name(key), nonce, max_age=int(LIFETIME.total_seconds()), path=_path(who.provider),
                        secure=secure, httponly=True, samesite="Strict")
    return response


def take(provider: str) -> Pending | None:
    """The connection the POST to ``/oauth/<provider>/confirm`` confirms, removed so that it is used
    once; ``None`` when the person declined; ``ConnectProblem`` for anything that is not that page's answer."""
    if not _same_origin():
        raise ConnectProblem("This confirmation did not come from Afterview's own page.", 403)
    key = request.form.get("pending", "")
    with wiring.unit_of_work() as session:
        row = (session.scalar(select(PendingConnection).where(PendingConnection.key_hash == _digest(key)))
               if key else None)
        if row is None or row.provider != provider or row.expires_at < wiring.now():
            raise ConnectProblem("This confirmation is unknown or has expired. Ask Afterview for a new connect link.")
        data = wiring.runtime().cipher.open(row.payload)
        nonce = request.cookies.get(_cookie_name(key), "")
        if not nonce or not secrets.compare_digest(_digest(nonce), data["browser"]):
            raise ConnectProblem("This confirmation was opened in another browser. "
                                 "Ask Afterview for a new connect link.", 403)
        user_id = row.user_id
        session.delete(row)
    if request.form.get("answer") != "connect":
        return None
    return Pending(user_id=user_id, who=SignedIn(**data["who"]), grant=data["grant"], options=data["options"])


def _same_origin() -> bool:
    """A browser that names the origin of a POST names Afterview's own (older ones send none)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    base = urlsplit(current_app.config["BASE_URL"])
    return origin.rstrip("/") == f"{base.scheme}://{base.netloc}"


def _forget(response, provider: str):
    """``response`` without the browser's confirmation cookie."""
    key = request.form.get("pending", "")
    if key:
        response.delete_cookie(_cookie_name(key), path=_path(provider))
    return response
