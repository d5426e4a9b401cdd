"""Afterview's HTTP service: the local JSON API and page, the add-on endpoints, OAuth, webhooks.

``create_app(test_config=None)`` is the only way in: it reads configuration, builds the
runtime (store, cipher, provider connectors) and registers the blueprints. Nothing happens at
import time. A shared service (neither local mode nor the demo) is refused unless both secrets
are good (``config.require_secrets``), so that ``gunicorn "addon:create_app()"`` cannot start
with an empty or short signing key.
"""
from __future__ import annotations

import os
import secrets

from flask import Flask
from flask.sessions import SecureCookieSessionInterface

from .config import DEFAULTS, fill_local_secrets, require_secrets


def create_app(test_config: dict | None = None, *, serving: bool = True) -> Flask:
    """Build the Flask application from defaults, the instance folder, the environment, and
    ``test_config`` (in that order). ``serving=False`` is for commands that neither answer
    requests nor do work (``afterview doctor``, ``scan``, ``keygen``...): they run without secrets."""
    app = configured(test_config)
    if app.config["DEMO"] or app.config["LOCAL_MODE"]:
        fill_local_secrets(app.config, app.instance_path)
    elif serving:
        require_secrets(app.config)
    if not app.config.get("LOCAL_TOKEN"):
        app.config["LOCAL_TOKEN"] = secrets.token_urlsafe(24)
    app.config["JSON_SORT_KEYS"] = False
    app.session_interface = CookieSessions()

    from . import limits, wiring

    wiring.init_app(app)
    limits.init_app(app)
    _register_blueprints(app)
    return app


def configured(test_config: dict | None = None) -> Flask:
    """A bare application holding the configuration only: defaults, the instance folder's
    ``config.py``, ``AFTERVIEW_*``, then ``test_config``. Nothing is created (``afterview doctor``
    reads what ``serve`` would use through it)."""
    app = Flask(__name__, instance_relative_config=True, instance_path=_instance_path(test_config))
    app.config.from_mapping(DEFAULTS)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("AFTERVIEW")
    if test_config:
        app.config.update(test_config)
    return app


class CookieSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, without building the signer for a request that carries no
    session cookie: the add-on endpoints never do, and they answer most of the requests."""

    def open_session(self, app, request):
        if app.secret_key and self.get_cookie_name(app) not in request.headers.get("Cookie", ""):
            return self.session_class()
        return super().open_session(app, request)


def _instance_path(test_config: dict | None) -> str | None:
    """``INSTANCE_PATH`` from the test config, else ``AFTERVIEW_INSTANCE_PATH``, else Flask's default."""
    path = (test_config or {}).get("INSTANCE_PATH") or os.environ.get("AFTERVIEW_INSTANCE_PATH")
    return os.path.abspath(path) if path else None


def _register_blueprints(app: Flask) -> None:
    from . import api, errors, gmail, outlook, web
    from .connect import google as connect_google, microsoft as connect_microsoft
    from .outlook import pane_tokens
    from .webhooks import google as webhook_google, microsoft as webhook_microsoft

    errors.init_app(app)
    pane_tokens.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(web.bp)
    app.register_blueprint(connect_google.bp)
    app.register_blueprint(webhook_google.bp)
    app.register_blueprint(connect_microsoft.bp)
    app.register_blueprint(webhook_microsoft.bp)
    app.register_blueprint(gmail.bp)
    app.register_blueprint(outlook.bp)
    app.register_blueprint(outlook.assets)
