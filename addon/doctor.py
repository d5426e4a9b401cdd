"""``afterview doctor``: is the configuration complete, and can the service reach what it needs?"""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import requests

from notes.store.database import current_revision, head_revision

from . import create_app
from .config import secret_problems

Check = tuple[str, str]  # (OK | WARN | FAIL, what)


def run_checks() -> Iterator[Check]:
    """Each check as ``(status, line)``."""
    app = create_app(serving=False)  # the missing secrets are what it reports
    config = app.config
    yield from _database(app)
    yield from _keys(config)
    yield from _base_url(config)
    yield from _provider(config, "Google", ("GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"),
                         ("GOOGLE_API_ROOT", "GOOGLE_TOKEN_URI", "GOOGLE_CERTS_URL"))
    yield from _provider(config, "Microsoft", ("MS_CLIENT_ID", "MS_CLIENT_SECRET"),
                         ("MS_AUTHORITY", "GRAPH_API_ROOT", "MS_JWKS_URL"))


def _database(app) -> Iterator[Check]:
    engine = app.extensions["afterview.engine"]
    try:
        revision = current_revision(engine)
    except Exception as exc:  # any driver error means the database is unreachable
        yield "FAIL", f"database {engine.url.render_as_string(hide_password=True)}: {exc.__class__.__name__}"
        return
    head = head_revision()
    if revision == head:
        yield "OK", f"database reachable, schema at {revision}"
    else:
        yield "FAIL", f"database schema at {revision or 'nothing'}, expected {head}: run `afterview db upgrade`"


def _keys(config) -> Iterator[Check]:
    problems = secret_problems(config)
    for problem in problems:
        yield "FAIL", problem
    if not problems:
        yield "OK", "AFTERVIEW_TOKEN_KEY is a valid key set and AFTERVIEW_SECRET_KEY is long enough"


def _base_url(config) -> Iterator[Check]:
    url = urlparse(config["BASE_URL"])
    if url.scheme == "https":
        yield "OK", f"AFTERVIEW_BASE_URL {config['BASE_URL']} (push notifications and add-ons possible)"
    else:
        yield "WARN", f"AFTERVIEW_BASE_URL {config['BASE_URL']} is not https: no push, no add-on endpoints"


def _provider(config, label: str, secrets: tuple, endpoints: tuple) -> Iterator[Check]:
    missing = [f"AFTERVIEW_{name}" for name in secrets if not config.get(name)]
    if missing:
        yield "WARN", f"{label} not configured ({', '.join(missing)} unset)"
        return
    yield "OK", f"{label} client configured"
    for name in endpoints:
        yield _reach(name, config[name])


def _reach(name: str, url: str) -> Check:
    try:
        requests.head(url, timeout=5, allow_redirects=False)
        return "OK", f"{name} {url} reachable"
    except requests.RequestException as exc:
        return "FAIL", f"{name} {url} unreachable ({exc.__class__.__name__})"
