"""One-time connect links: a ticket binds the OAuth flow that follows to the user who asked.

The flows themselves are ``google`` (``/oauth/google/*``) and ``microsoft`` (``/oauth/microsoft/*``).
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from urllib.parse import urlencode, urlsplit

from flask import current_app

from notes.errors import InvalidInput, NotFound
from notes.store.model import ConnectTicket

from .. import wiring

TICKET_LIFETIME = timedelta(minutes=15)
PROVIDER_SETTINGS = {"google": "GOOGLE_CLIENT_ID", "microsoft": "MS_CLIENT_ID"}


def _hash(ticket: str) -> str:
    return hashlib.sha256(ticket.encode()).hexdigest()


def start_link(provider: str, user_id: int, options: dict, local_owner: bool = False) -> str:
    """A one-time URL that starts the OAuth flow for ``provider`` on behalf of ``user_id``.

    ``local_owner``: the link is the loopback server's own user's (``auth.is_local_owner``); the
    account it signs in to attaches at once. Anyone else's link attaches a new identity only after
    the person who signed in confirms (``addon.connect.confirm``): a link may be forwarded."""
    if provider not in PROVIDER_SETTINGS:
        raise NotFound(f"unknown provider {provider!r}: use google, microsoft or ics")
    if not current_app.config.get(PROVIDER_SETTINGS[provider]):
        raise InvalidInput(f"{provider} is not configured on this server (AFTERVIEW_{PROVIDER_SETTINGS[provider]})")
    ticket = secrets.token_urlsafe(32)
    wanted = {key: bool(options.get(key)) for key in ("drafts", "nudges")}
    if local_owner:
        wanted["local_owner"] = True
    with wiring.unit_of_work() as session:
        session.add(ConnectTicket(ticket_hash=_hash(ticket), user_id=user_id, provider=provider,
                                  options=wanted, expires_at=wiring.now() + TICKET_LIFETIME))
    base = current_app.config["BASE_URL"].rstrip("/")
    return f"{base}/oauth/{provider}/start?{urlencode({'ticket': ticket})}"


def redeem(ticket: str, provider: str) -> ConnectTicket:
    """Use a ticket once: the ``ConnectTicket`` it names, or ``NotFound`` when it is unknown,
    used, expired or for another provider."""
    with wiring.unit_of_work() as session:  # used once, even if the flow that follows fails
        row = session.query(ConnectTicket).filter_by(ticket_hash=_hash(ticket or "")).one_or_none()
        if row is None or row.used_at is not None or row.provider != provider or row.expires_at < wiring.now():
            raise NotFound("this connect link is invalid or has expired; ask for a new one")
        row.used_at = wiring.now()
    return row


def finish(user_id: int, options: dict, provider: str, account_name: str):
    """The page a completed connect flow ends on. In an Office dialog it hands the task pane
    a short-lived Afterview token (``messageParent``); elsewhere it just says it worked.

    The page holds a bearer token: it runs only its own two scripts (a nonce), is never framed
    (an Office dialog is a window of its own) and never cached."""
    from flask import render_template

    from ..outlook import pane_tokens
    from ..web import secured_page

    token = pane_tokens.issue(user_id) if options.get("dialog") else None
    nonce = secrets.token_urlsafe(18)
    page = render_template("connected.html", provider=provider, account=account_name, pane_token=token, nonce=nonce)
    return secured_page(page, CONNECTED_POLICY.format(nonce=nonce))


CONNECTED_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'nonce-{nonce}' https://appsforoffice.microsoft.com",
    "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
])


# --------------------------------------------------------------------------- the browser of a flow

FLOW_COOKIE_SECONDS = 15 * 60


def _cookie_name(state: str) -> str:
    # one cookie per flow, so that two connect windows open at once both work
    return f"afterview_flow_{_hash(state)[:16]}"


def browser_nonce() -> tuple[str, str]:
    """A secret for the browser starting a connect flow, and its digest to keep with the flow."""
    nonce = secrets.token_urlsafe(32)
    return nonce, _hash(nonce)


def bind_browser(response, provider: str, state: str, nonce: str):
    """Give the browser starting the flow its secret. The callback accepts the flow only from
    that browser, so a consent link passed to someone else cannot connect their account to the
    sender's Afterview user. The cookie is ``SameSite=None; Secure`` because Microsoft answers
    with a cross-site form post; browsers keep Secure cookies on https and on loopback
    addresses, the only two places Afterview runs its connect flows."""
    base = urlsplit(current_app.config["BASE_URL"])
    secure = base.scheme == "https" or base.hostname in ("localhost", "127.0.0.1", "::1")
    response.set_cookie(_cookie_name(state), nonce, max_age=FLOW_COOKIE_SECONDS,
                        path=f"/oauth/{provider}/", secure=secure, httponly=True,
                        samesite="None" if secure else "Lax")
    return response


def same_browser(state: str, digest: str | None) -> bool:
    """Whether this request comes from the browser that started the flow ``state``."""
    from flask import request

    nonce = request.cookies.get(_cookie_name(state), "")
    return bool(digest and nonce) and secrets.compare_digest(_hash(nonce), digest)


def forget_browser(answer, provider: str, state: str):
    """``answer`` as a response that also removes the flow's browser secret."""
    response = current_app.make_response(answer)
    response.delete_cookie(_cookie_name(state), path=f"/oauth/{provider}/")
    return response
