"""The Outlook add-in: its task pane, the pages and icons its manifests name, and the verification
of the Microsoft Entra tokens the pane sends to the JSON API (``entra``).

The pane is a page inside Outlook's frame (a third-party frame: no cookies). It reaches the API
with a bearer token: an Entra access token from nested app authentication, or Afterview's own
short-lived token handed over by the connect flow running in an Office dialog.
"""
from __future__ import annotations

import io
import json
import zipfile

from flask import Blueprint, Response, abort, current_app, render_template

from ..web import secured_page
from . import entra, icons

bp = Blueprint("outlook", __name__, url_prefix="/outlook", template_folder="templates")
# The pane's scripts and styles, at the addresses the pages have always used (/static/outlook/...).
assets = Blueprint("outlook_assets", __name__, static_folder="static", static_url_path="/static/outlook")

OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
# Where Outlook frames add-ins: Outlook on the web (work and personal accounts), new Outlook for
# Windows (the same web app) and Office's add-in hosts. Classic Outlook for Windows and Outlook for
# Mac show the pane as a top-level web view, where frame-ancestors does not apply.
OUTLOOK_FRAMES = (
    "https://outlook.office.com", "https://outlook.office365.com", "https://outlook.live.com",
    "https://outlook.cloud.microsoft", "https://*.officeapps.live.com",
)
PANE_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self' https://login.microsoftonline.com",  # MSAL, when it falls back from nested auth
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self' " + " ".join(OUTLOOK_FRAMES),
])


@bp.record_once
def _accept_entra_tokens(state) -> None:
    entra.init_app(state.app)


def _secured(body: str) -> Response:
    return secured_page(body, PANE_POLICY)


def pane_settings(config) -> dict:
    """What the pane needs to ask for an Entra token; empty values turn nested auth off."""
    audiences = entra.audiences(config)
    client_id = config.get("MS_CLIENT_ID") or ""
    if not audiences or not client_id:
        return {"client_id": "", "scope": ""}
    resource = next((a for a in audiences if a.startswith("api://")), f"api://{audiences[0]}")
    return {"client_id": client_id, "scope": f"{resource.rstrip('/')}/{entra.SCOPE}"}


@bp.get("/taskpane")
def taskpane():
    """The task pane. It holds no data itself: it asks the API with its bearer token."""
    return _secured(render_template("outlook_taskpane.html", office_js=OFFICE_JS,
                                    **pane_settings(current_app.config)))


@bp.get("/commands")
def commands():
    """The function file the XML manifest names (the add-in's buttons only open the pane)."""
    return _secured(render_template("outlook_commands.html", office_js=OFFICE_JS))


@bp.get("/about")
def about():
    """What the add-in does with the mailbox, for the manifests' support, privacy and terms links."""
    return _secured(render_template("outlook_about.html"))


@bp.get("/icons/<name>.png")
def icon(name: str):
    """``icon-<size>`` (a check mark on a blue tile) or ``outline-32``."""
    kind, _, size = name.partition("-")
    if kind not in ("icon", "outline") or not size.isdigit() or int(size) not in icons.SIZES:
        abort(404)
    response = current_app.response_class(icons.icon(int(size), outline=kind == "outline"), mimetype="image/png")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


@bp.get("/app-package.zip")
def app_package():
    """The unified manifest with its two icons, zipped as Microsoft 365 sideloading expects."""
    from .manifest import COLOR_ICON, OUTLINE_ICON, json_manifest, validate_json

    try:
        manifest = json_manifest(current_app.config["BASE_URL"])
        validate_json(manifest)
    except ValueError as exc:  # e.g. a loopback service: Outlook loads add-ins over HTTPS only
        return current_app.response_class(f"No app package: {exc} (AFTERVIEW_BASE_URL).\n", status=409,
                                          mimetype="text/plain")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest, indent=2) + "\n")
        package.writestr(COLOR_ICON, icons.icon(192))
        package.writestr(OUTLINE_ICON, icons.icon(32, outline=True))
    response = current_app.response_class(buffer.getvalue(), mimetype="application/zip")
    response.headers["Content-Disposition"] = 'attachment; filename="afterview-outlook.zip"'
    return response
