"""Connecting a Microsoft account: ``/oauth/microsoft/start`` and ``/oauth/microsoft/callback``.

``start`` takes a one-time connect ticket (the account goes to the ticket's user), or, for
the Outlook task pane of someone Afterview does not know yet, ``dialog=1`` without a ticket
(the user is then found or created from the sign-in itself). msal's flow — state, PKCE
verifier, nonce — is kept server-side, encrypted, in ``auth_flows`` keyed by its state, for
fifteen minutes, and used once. The callback stores the account's token cache encrypted,
records the user's choices (drafts, nudges) and ends on ``connect.finish``.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from flask import Blueprint, Response, current_app, redirect, request
from markupsafe import escape
from sqlalchemy import delete, select

from notes.usecases import service
from notes.errors import NotFound
from notes.store.model import Account, AuthFlow, User
from providers.base import ProviderError
from providers.microsoft.auth import MAIL_SCOPE, SEND_SCOPE, ConnectRefused

from .. import connect, wiring

log = logging.getLogger(__name__)
bp = Blueprint("oauth_microsoft", __name__, url_prefix="/oauth/microsoft")
FLOW_LIFETIME = timedelta(minutes=15)
PROVIDER = "microsoft"


class ConnectProblem(Exception):
    """Connecting cannot go on; the message is shown to the user as it is."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


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
    session, now = wiring.db(), wiring.now()
    nonce, browser = connect.browser_nonce()
    session.execute(delete(AuthFlow).where(AuthFlow.expires_at < now))
    session.add(AuthFlow(state=flow["state"], provider=PROVIDER, user_id=user_id, expires_at=now + FLOW_LIFETIME,
                         payload=wiring.runtime().cipher.seal({"flow": flow, "options": options, "browser": browser})))
    session.commit()
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
    session = wiring.db()
    user = _user_for(session, user_id, grant, address)
    _store_account(session, user, grant, address, options)
    session.commit()
    page = connect.finish(user.id, options, PROVIDER, address)
    return connect.forget_browser(page, PROVIDER, answer["state"])


def _take_flow(state: str | None) -> tuple[dict, dict, int | None, str | None]:
    """The flow stored under ``state``, removed so that it is used only once."""
    session = wiring.db()
    row = session.get(AuthFlow, state) if state else None
    if row is None or row.provider != PROVIDER or row.expires_at < wiring.now():
        raise ConnectProblem("This sign-in has expired or was already used. Start connecting again from Afterview.")
    data = wiring.runtime().cipher.open(row.payload)
    user_id = row.user_id
    session.delete(row)
    session.commit()
    return data["flow"], data.get("options") or {}, user_id, data.get("browser")


def _user_for(session, user_id: int | None, grant, address: str) -> User:
    """The ticket's user; else (task pane) the user of this Microsoft identity, created if new."""
    owner = session.scalar(select(User).where(User.microsoft_subject == grant.subject))
    if user_id is not None:
        user = session.get(User, user_id)
        if owner is not None and owner.id != user.id:
            raise ConnectProblem("This Microsoft account is already connected to another Afterview user.", 409)
        if user.microsoft_subject is None:
            user.microsoft_subject = grant.subject
        return user
    if owner is not None:
        return owner
    # the address alone never links to an existing user: it proves nothing about who signs in
    for email in {grant.email, address}:
        if session.scalar(select(User.id).where(User.email == email)) is not None:
            raise ConnectProblem("This address already uses Afterview. Connect Microsoft from the Afterview "
                                 "add-on you already use (it gives a connect link), then open Outlook again.", 409)
    user = User(email=address, name=grant.name, microsoft_subject=grant.subject,
                drafts_enabled=False, nudges_enabled=False)
    session.add(user)
    session.flush()
    return user


def _store_account(session, user: User, grant, address: str, options: dict) -> Account:
    """Create or refresh the user's account for this mailbox; its sync is due at once."""
    rt, now = wiring.runtime(), wiring.now()
    account = session.scalar(select(Account).where(
        Account.user_id == user.id, Account.provider == PROVIDER, Account.external_id == address))
    if account is None:
        account = Account(user_id=user.id, provider=PROVIDER, external_id=address)
        session.add(account)
    account.display_name = address
    account.token_blob = rt.cipher.seal(grant.credentials)
    account.scopes = " ".join(grant.scopes)
    if "drafts" in options:
        user.drafts_enabled = bool(options["drafts"]) and MAIL_SCOPE in grant.scopes
    if "nudges" in options:
        user.nudges_enabled = bool(options["nudges"]) and SEND_SCOPE in grant.scopes
    return service.reactivate(session, account, now)
