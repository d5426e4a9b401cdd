"""The Gmail add-on's endpoints (HTTP runtime of Google Workspace add-ons).

Before anything else, every request proves it comes from Google for this deployment: the
``Authorization: Bearer`` system ID token is verified (Google's signature, issuer, audience =
``AFTERVIEW_BASE_URL`` + the path, email = ``AFTERVIEW_GOOGLE_ADDON_SERVICE_ACCOUNT``), then the
event's ``userIdToken`` (audience ``AFTERVIEW_GOOGLE_ADDON_CLIENT_ID``) names the user. Anything
else is answered 401 with no data.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from functools import partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests
from flask import Blueprint, current_app, g, jsonify, request

from notes.errors import Conflict, InvalidInput, NotFound
from notes.store.model import User
from notes.usecases import service

from .. import connect, wiring
from ..auth import bearer_token, is_local_owner
from . import actions, responses
from .actions import Context
from .cache import AnswerCache, IdentityCache, LinkRecorder, Throttle
from .cards import LIVE, View, interviews_card
from .events import AddonEvent, parse_event
from .sender import SenderUnknown, interviews_with, sender_of
from .verify import CertsUnavailable, GoogleCerts, Unverified, verify_system_token, verify_user_token

log = logging.getLogger(__name__)
bp = Blueprint("gmail", __name__, url_prefix="/gmail")


def google_certs() -> GoogleCerts:
    """The application's cache of Google's certificates (one per process)."""
    certs = current_app.extensions.get("afterview.google_certs")
    if certs is None:
        certs = current_app.extensions.setdefault(
            "afterview.google_certs", GoogleCerts(current_app.config["GOOGLE_CERTS_URL"]))
    return certs


def http() -> requests.Session:
    return current_app.extensions.setdefault("afterview.gmail_http", requests.Session())


def _refuse(status: int = 401, message: str = "missing or invalid token"):
    response = jsonify({"error": message})
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="afterview-gmail"'
    return response, status


@bp.before_request
def authenticate():
    """Verify the system token, read the event, verify the user token, find the user."""
    config = current_app.config
    audience = str(config["BASE_URL"]).rstrip("/") + request.path
    certs = google_certs()
    try:
        verify_system_token(certs, bearer_token() or "", audience, config["GOOGLE_ADDON_SERVICE_ACCOUNT"])
        event = parse_event(request.get_json(silent=True))
        identity = verify_user_token(certs, event.user_id_token, config["GOOGLE_ADDON_CLIENT_ID"])
    except Unverified as exc:
        log.info("add-on request refused on %s: %s", request.path, exc)
        return _refuse()
    except CertsUnavailable as exc:
        log.warning("add-on request not verifiable: %s", exc)
        return _refuse(503, "cannot verify requests right now")
    user_id = identities().get(identity.subject)
    if user_id is None:
        try:  # a user created on first sight is kept
            with wiring.unit_of_work() as session:
                user = service.google_user(session, identity.subject, identity.email, identity.email_verified,
                                           identity.name)
        except (InvalidInput, Conflict) as exc:
            log.info("add-on user refused: %s", exc)
            return _refuse()
        user_id = user.id
        identities().put(identity.subject, user_id)
    g.user_id, g.addon_event = user_id, event
    return None


def connect_link(user_id: int):
    """A function making one-time connect links for ``user_id`` (``None`` when the provider
    is not configured on this server)."""
    def make(provider: str, options: dict) -> str | None:
        try:
            return connect.start_link(provider, user_id, options, local_owner=is_local_owner())
        except (InvalidInput, NotFound):
            return None
    return make


def user_zone(user: User, event: AddonEvent) -> ZoneInfo:
    """Gmail's time zone for the user, else the one in their profile, else UTC."""
    for name in (event.time_zone, user.time_zone):
        if not name:
            continue
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def context(user_id: int, event: AddonEvent) -> Context:
    """Everything a card or an action needs for this user and request."""
    session = wiring.db()
    user = session.get(User, user_id)
    action_url = str(current_app.config["BASE_URL"]).rstrip("/") + "/gmail/action"
    view = View(now=wiring.now(), zone=user_zone(user, event), action_url=action_url,
                connect_link=connect_link(user_id), mailbox_of=partial(service.mailbox_account, wiring.runtime()))
    return Context(session=session, user=user, now=view.now, view=view, event=event, runtime=wiring.runtime())


def answers() -> AnswerCache:
    """The application's cache of rendered homepage answers (one per process)."""
    return current_app.extensions.setdefault("afterview.gmail_answers", AnswerCache())


def identities() -> IdentityCache:
    """The application's map of Google subjects to Afterview users (one per process)."""
    return current_app.extensions.setdefault("afterview.gmail_identities", IdentityCache())


def sent_checks() -> Throttle:
    """Users whose sent-check the sidebar ran in the last minute (one per process)."""
    return current_app.extensions.setdefault("afterview.gmail_sent_checks", Throttle(timedelta(minutes=1)))


@bp.post("/homepage")
def homepage():
    """Homepage trigger: recent and upcoming interviews and the notes waiting. Opening the sidebar
    also looks in the user's sent folders (at most once a minute), so a note sent from the mailbox
    shows as sent."""
    event, now = g.addon_event, wiring.now()
    if sent_checks().let_through(g.user_id, now):
        service.look_for_sent_notes(wiring.runtime(), g.user_id, now)
    zone = event.time_zone or wiring.db().get(User, g.user_id).time_zone
    version = service.data_version(current_app.extensions["afterview.sidebar_engine"], g.user_id)
    key = (g.user_id, version, now.replace(second=0, microsecond=0), zone)
    cached = answers().get(key)
    if cached is not None:  # answered before the user's row is even read
        return current_app.response_class(cached, mimetype="application/json")
    ctx = context(g.user_id, event)
    view = ctx.view
    recorder = LinkRecorder(view.connect_link)
    ctx.view = replace(view, connect_link=recorder)
    body = current_app.json.dumps(responses.trigger(actions.home_card(ctx))).encode()
    if not recorder.used:
        answers().put(key, body)
    return current_app.response_class(body, mimetype="application/json")


@bp.post("/contextual")
def contextual():
    """An opened message: the notes of the interviews its sender took part in."""
    ctx = context(g.user_id, g.addon_event)
    event = ctx.event
    try:
        sender = sender_of(http(), current_app.config["GOOGLE_API_ROOT"], event.user_oauth_token,
                           event.message_token, event.message_id)
    except SenderUnknown as exc:
        log.info("contextual trigger without a sender: %s", exc)
        return jsonify(responses.trigger(actions.home_card(ctx)))
    matches = interviews_with(actions.load_interviews(ctx.session, ctx.user.id, 200), sender)
    waiting = [i for i in matches if any(n.status in LIVE for n in i.notes)]
    matches = waiting or matches  # the interview whose notes are waiting is the one to show
    if len(matches) == 1:
        return jsonify(responses.trigger(actions.show_interview(ctx, matches[0])))
    if matches:
        return jsonify(responses.trigger(interviews_card(ctx.view, matches, sender)))
    return jsonify(responses.trigger(actions.home_card(ctx, notice=f"No interview with {sender} so far.")))


@bp.post("/compose")
def compose():
    """Compose trigger: pick a note to insert into the message being written."""
    ctx = context(g.user_id, g.addon_event)
    return jsonify(responses.trigger(actions.compose_screen(ctx, ctx.event.draft_recipients)))


@bp.post("/action")
def action():
    """A button on one of the cards (``commonEventObject.parameters.do`` says which)."""
    return jsonify(actions.handle(context(g.user_id, g.addon_event)))
