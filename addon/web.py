"""The local web page: the same JSON API behind a small page, for the ICS provider and the demo."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template

bp = Blueprint("web", __name__)

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def secured_page(body: str, policy: str = PAGE_POLICY):
    """A page answer with its content security policy and the headers every page carries."""
    response = current_app.make_response(body)
    response.headers["Content-Security-Policy"] = policy
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/")
def index():
    """The page itself holds no data: it asks the API with the login token."""
    seconds = max(1, int(current_app.config.get("PAGE_REFRESH_SECONDS") or 30))
    return secured_page(render_template("index.html", refresh_seconds=seconds))


@bp.get("/healthz")
def health():
    """Liveness for load balancers: answers without touching the database."""
    return {"ok": True}
