"""Connecting a Google account: ``/oauth/google/start`` and ``/oauth/google/callback``.

``start`` uses the one-time connect ticket (``addon.connect``), asks Google for the scopes the
user's choices need (calendar always; drafts and nudges only when turned on), and keeps the
flow's ``state`` and PKCE verifier encrypted in ``auth_flows`` for ten minutes. ``callback``
takes that flow once, exchanges the code with the verifier, verifies the ID token, and binds
the account (tokens encrypted) to the ticket's user when the Google identity is one the user
already has (or the link is a loopback server's own user's); a new identity waits for the
confirmation of the person who signed in (``addon.connect.confirm``, ``POST /oauth/google/confirm``).
"""
from __future__ import annotations

import json
import logging
from datetime import timedelta

from flask import Blueprint, current_app, redirect, render_template_string, request
from sqlalchemy import delete

from notes.errors import NotFound
from notes.store.model import Account, AuthFlow, User
from notes.usecases import identities, service
from notes.usecases.identities import SignedIn
from providers.base import ProviderError
from providers.google import auth as google_auth
from providers.google.auth import DRAFTS, SEND, ConnectRefused, GoogleClient

from .. import connect, wiring
from . import confirm

log = logging.getLogger(__name__)
bp = Blueprint("oauth_google", __name__, url_prefix="/oauth/google")
FLOW_LIFETIME = timedelta(minutes=10)
PROBLEM_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Afterview</title></head>
<body><main><h1>Google was not connected</h1><p>{{ message }}</p>
<p>Close this window and ask Afterview for a new connect link.</p></main></body></html>"""


def google_client(config) -> GoogleClient:
    """Afterview's Google OAuth client from the ``GOOGLE_*`` settings."""
    return GoogleClient(
        client_id=config["GOOGLE_CLIENT_ID"], client_secret=config.get("GOOGLE_CLIENT_SECRET") or "",
        auth_uri=config["GOOGLE_AUTH_URI"], token_uri=config["GOOGLE_TOKEN_URI"],
        revoke_uri=config["GOOGLE_REVOKE_URI"], certs_url=config["GOOGLE_CERTS_URL"],
    )


def _problem(message: str, status: int = 400):
    response = current_app.make_response((render_template_string(PROBLEM_PAGE, message=message), status))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/start")
def start():
    """Redeem the connect ticket and send the browser to Google's consent page."""
    if not current_app.config.get("GOOGLE_CLIENT_ID"):
        return _problem("Google is not configured on this server.", 404)
    try:
        redirect_to = google_auth.redirect_uri(current_app.config["BASE_URL"])
        ticket = connect.redeem(request.args.get("ticket", ""), "google")
    except (NotFound, ConnectRefused) as exc:
        return _problem(str(exc), 404 if isinstance(exc, NotFound) else 500)
    options = {key: bool((ticket.options or {}).get(key)) for key in ("drafts", "nudges", "local_owner")}
    scopes = google_auth.requested_scopes(options["drafts"], options["nudges"])
    url, state, verifier = google_auth.authorization(google_client(current_app.config), redirect_to, scopes)
    nonce, browser = connect.browser_nonce()
    payload = json.dumps({"verifier": verifier, "scopes": scopes, "options": options, "browser": browser}).encode()
    with wiring.unit_of_work() as session:
        session.execute(delete(AuthFlow).where(AuthFlow.provider == "google", AuthFlow.expires_at < wiring.now()))
        session.add(AuthFlow(state=state, provider="google", user_id=ticket.user_id,
                             payload=wiring.runtime().cipher.seal_bytes(payload),
                             expires_at=wiring.now() + FLOW_LIFETIME))
    response = redirect(url, 302)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return connect.bind_browser(response, "google", state, nonce)


@bp.get("/callback")
def callback():
    """Finish the flow Google redirected back: state checked once, code exchanged with PKCE."""
    flow = _take_flow(request.args.get("state", ""))
    if flow is None:
        return _problem("This sign-in is unknown or has expired.")
    if request.args.get("error") or not request.args.get("code"):
        reason = request.args.get("error", "no authorization code")[:100]
        return _problem(f"Google did not grant access ({reason}).")
    data = json.loads(wiring.runtime().cipher.open_bytes(flow.payload))
    if not connect.same_browser(flow.state, data.get("browser")):
        return _problem("This sign-in was started in another browser. Start connecting again from Afterview.")
    try:
        redirect_to = google_auth.redirect_uri(current_app.config["BASE_URL"])
        grant = google_auth.exchange_code(google_client(current_app.config), redirect_to, data["scopes"],
                                          flow.state, data["verifier"], request.args["code"])
    except ConnectRefused as exc:
        return _problem(str(exc))
    except ProviderError as exc:
        log.warning("Google connect failed: %s", exc)
        return _problem("Google could not be reached. Please try again in a moment.", 502)
    who = SignedIn("google", grant.subject, grant.email, grant.name)
    kept = {"credentials": grant.credentials, "scopes": list(grant.scopes)}
    answer = confirm.settle(flow.user_id, who, kept, data["options"], _bind_account, _problem)
    return connect.forget_browser(answer, "google", flow.state)


@bp.post("/confirm")
def confirmed():
    """The person who signed in confirmed (or declined) joining the link's user."""
    return confirm.answer("google", _bind_account, _problem)


def _take_flow(state: str) -> AuthFlow | None:
    """The flow with this ``state``, deleted so it can be used only once; ``None`` if unknown or old."""
    if not state:
        return None
    with wiring.unit_of_work() as session:
        flow = session.get(AuthFlow, state)
        if flow is None or flow.provider != "google":
            return None
        session.delete(flow)
    return flow if flow.expires_at >= wiring.now() and flow.user_id is not None else None


def _bind_account(user_id: int, who: SignedIn, grant: dict, options: dict, confirmed: bool = False) -> Account:
    """Create or refresh the user's Google account with the new grant; its sync is due now."""
    with wiring.unit_of_work() as session:
        return _store_account(session, user_id, who, grant, options, confirmed, wiring.now())


def _store_account(session, user_id: int, who: SignedIn, grant: dict, options: dict, confirmed: bool,
                   now) -> Account:
    user = session.get(User, user_id)
    account = identities.attach(session, user, who, confirmed)
    scopes = list(grant["scopes"])
    account.token_blob = wiring.runtime().cipher.seal(grant["credentials"])
    account.scopes = " ".join(scopes)
    account.watch_renew_at = now
    user.drafts_enabled = bool(options.get("drafts")) and DRAFTS in scopes
    user.nudges_enabled = bool(options.get("nudges")) and SEND in scopes
    service.reactivate(session, account, now, wiring.runtime())
    return account
