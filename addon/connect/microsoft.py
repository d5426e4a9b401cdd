"""Connecting a Microsoft account: ``/oauth/microsoft/start`` and ``/oauth/microsoft/callback``.

``start`` takes a one-time connect ticket (the account goes to the ticket's user: at once when
the Microsoft identity is one the user has, after the confirmation of the person who signed in
when it is new, ``addon.connect.confirm``), or, for the Outlook task pane of someone Afterview does not
know yet, ``dialog=1`` without a ticket (the user is then the one of that Microsoft identity,
created if new; never one found by address). msal's flow — state, PKCE
verifier, nonce — is kept server-side, encrypted, in ``auth_flows`` keyed by its state, for
fifteen minutes, and used once. The callback stores the account's token cache encrypted,
records the user's choices (drafts, nudges) and ends on ``connect.finish``.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from flask import Blueprint, Response, current_app, redirect, request
from markupsafe import escape
from sqlalchemy import delete

from notes.errors import InvalidInput, NotFound
from notes.store.model import AuthFlow, User
from notes.usecases import identities, service
from notes.usecases.identities import SignedIn
from providers.errors import ConnectProblem, ConnectRefused, ProviderError
from providers.microsoft.auth import MAIL_SCOPE, SEND_SCOPE

from .. import connect, wiring
from . import confirm

log = logging.getLogger(__name__)
bp = Blueprint("oauth_microsoft", __name__, url_prefix="/oauth/microsoft")
FLOW_LIFETIME = timedelta(minutes=15)
PROVIDER = "microsoft"


@bp.errorhandler(ConnectProblem)
def _problem(exc: ConnectProblem):
    return page(str(exc), exc.status)


def page(message: str, status: int) -> Response:
    """A small HTML page telling the user what happened (the message is escaped)."""
    body = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Afterview</title></head>"
            f"<body><main><h1>Afterview</h1><p>{escape(message)}</p></main></body></html>")
    return Response(body, status=status, mimetype="text/html")


def _connector():
    connector = wiring.runtime().connectors.get(PROVIDER)
    if connector is None:
        raise ConnectProblem("Microsoft accounts are not configured on this server (AFTERVIEW_MS_CLIENT_ID).", 404)
    return connector


@bp.get("/start")
def start():
    """Send the user to Microsoft's sign-in for the scopes their choices need."""
    connector = _connector()
    dialog = request.args.get("dialog") == "1"
    ticket = request.args.get("ticket")
    if ticket:
        try:
            row = connect.redeem(ticket, PROVIDER)
        except NotFound as exc:
            raise ConnectProblem(str(exc), 404) from exc
        user_id, options = row.user_id, dict(row.options or {})
    elif dialog:
        user_id = None
        options = {key: request.args.get(key) == "1" for key in ("drafts", "nudges") if key in request.args}
    else:
        raise ConnectProblem("Open this link from Afterview: it needs a connect ticket.")
    options["dialog"] = dialog
    try:
        flow = connector.begin_connect(options, _redirect_uri())
    except ProviderError as exc:
        log.warning("Microsoft sign-in could not start: %s", exc)
        raise ConnectProblem("Microsoft sign-in cannot be reached right now; try again in a minute.", 503) from exc
    now = wiring.now()
    nonce, browser = connect.browser_nonce()
    with wiring.unit_of_work() as session:
        session.execute(delete(AuthFlow).where(AuthFlow.expires_at < now))
        session.add(AuthFlow(state=flow["state"], provider=PROVIDER, user_id=user_id, expires_at=now + FLOW_LIFETIME,
                             payload=wiring.runtime().cipher.seal({"flow": flow, "options": options,
                                                                   "browser": browser})))
    return connect.bind_browser(redirect(flow["auth_uri"]), PROVIDER, flow["state"], nonce)


def _redirect_uri() -> str:
    return current_app.config["BASE_URL"].rstrip("/") + "/oauth/microsoft/callback"


@bp.route("/callback", methods=["GET", "POST"])
def callback():
    """Finish the sign-in: check it, store the account, record the choices, hand over."""
    answer = (request.form if request.method == "POST" else request.args).to_dict()
    flow, options, user_id, browser = _take_flow(answer.get("state"))
    if not connect.same_browser(answer.get("state") or "", browser):
        raise ConnectProblem("This sign-in was started in another browser. Start connecting again from Afterview.")
    if answer.get("error"):
        reason = (answer.get("error_description") or answer["error"]).splitlines()[0][:300]
        raise ConnectProblem(f"Microsoft sign-in did not complete: {reason}")
    connector = _connector()
    try:
        grant = connector.finish_connect(flow, answer)
        address = connector.mailbox_address(grant)
    except ConnectRefused as exc:
        raise ConnectProblem(f"Microsoft sign-in could not be completed: {exc}") from exc
    except ProviderError as exc:
        log.warning("Microsoft sign-in could not finish: %s", exc)
        raise ConnectProblem("Microsoft could not be reached to finish signing in; start again.", 503) from exc
    who = SignedIn(PROVIDER, grant.subject, address, grant.name)
    if user_id is None:
        user_id = _signed_in_user(who)
    kept = {"credentials": grant.credentials, "scopes": list(grant.scopes)}
    reply = confirm.settle(user_id, who, kept, options, _bind_account, page)
    return connect.forget_browser(reply, PROVIDER, answer["state"])


@bp.post("/confirm")
def confirmed():
    """The person who signed in confirmed (or declined) joining the link's user."""
    return confirm.answer(PROVIDER, _bind_account, page)


def _take_flow(state: str | None) -> tuple[dict, dict, int | None, str | None]:
    """The flow stored under ``state``, removed so that it is used only once."""
    with wiring.unit_of_work() as session:
        row = session.get(AuthFlow, state) if state else None
        if row is None or row.provider != PROVIDER or row.expires_at < wiring.now():
            raise ConnectProblem("This sign-in has expired or was already used. Start connecting again from "
                                 "Afterview.")
        data = wiring.runtime().cipher.open(row.payload)
        user_id = row.user_id
        session.delete(row)
    return data["flow"], data.get("options") or {}, user_id, data.get("browser")


def _signed_in_user(who: SignedIn) -> int:
    """The task pane's user: the one of this Microsoft identity, created on first sight."""
    try:
        with wiring.unit_of_work() as session:
            # mailbox features wait for the user to allow them (the sign-in asks for the calendar only)
            user = identities.signed_in_user(session, PROVIDER, who.subject, who.address, who.name,
                                             drafts_enabled=False, nudges_enabled=False)
    except InvalidInput as exc:
        raise ConnectProblem(f"Microsoft sign-in could not be completed: {exc}") from exc
    return user.id


def _bind_account(user_id: int, who: SignedIn, grant: dict, options: dict, confirmed: bool = False) -> None:
    """Create or refresh the user's account for this mailbox; its sync is due at once."""
    with wiring.unit_of_work() as session:
        _store_account(session, user_id, who, grant, options, confirmed, wiring.now())


def _store_account(session, user_id: int, who: SignedIn, grant: dict, options: dict, confirmed: bool, now) -> None:
    user = session.get(User, user_id)
    account = identities.attach(session, user, who, confirmed)
    scopes = list(grant["scopes"])
    account.token_blob = wiring.runtime().cipher.seal(grant["credentials"])
    account.scopes = " ".join(scopes)
    if "drafts" in options:
        user.drafts_enabled = bool(options["drafts"]) and MAIL_SCOPE in scopes
    if "nudges" in options:
        user.nudges_enabled = bool(options["nudges"]) and SEND_SCOPE in scopes
    service.reactivate(session, account, now, wiring.runtime())
