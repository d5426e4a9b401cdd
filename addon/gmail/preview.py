"""The sidebar without Google: the same cards, served to the local page (local mode only).

``GET /preview/gmail`` is a page holding no data; its script asks
``GET /api/preview/gmail/<homepage|compose>`` and ``POST /api/preview/gmail/action`` with the
local login token, and draws the card JSON with DOM nodes and ``textContent`` only.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, jsonify, render_template, request

from notes.errors import NotFound

from ..auth import login_required
from ..web import secured_page
from . import actions, responses
from .events import parse_event
from .routes import context

bp = Blueprint("gmail_preview", __name__, template_folder="templates")


@bp.before_request
def local_only():
    """The preview exists on a loopback service only."""
    if not current_app.config.get("LOCAL_MODE"):
        abort(404)


@bp.get("/preview/gmail")
def page():
    """The preview page: it shows the sidebar's cards as Gmail would."""
    return secured_page(render_template("preview_gmail.html"))


@bp.get("/api/preview/gmail/<trigger>")
@login_required
def trigger(trigger: str):
    """The card a trigger would show: ``homepage`` or ``compose``."""
    ctx = context(g.user_id, parse_event({}))
    if trigger == "homepage":
        return jsonify(responses.trigger(actions.home_card(ctx)))
    if trigger == "compose":
        return jsonify(responses.trigger(actions.compose_screen(ctx, ())))
    raise NotFound("no such trigger")


@bp.post("/api/preview/gmail/action")
@login_required
def action():
    """A button pressed in the preview: the same handlers as ``POST /gmail/action``."""
    event = parse_event(request.get_json(silent=True))
    return jsonify(actions.handle(context(g.user_id, event)))
