"""The task pane page over HTTP: its security headers, what it loads, and its nested-auth settings."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.conftest import make_app

OUTLOOK_HOSTS = ["https://outlook.office.com", "https://outlook.office365.com", "https://outlook.live.com",
                 "https://outlook.cloud.microsoft", "https://*.officeapps.live.com"]


class Assets(HTMLParser):
    """The scripts and stylesheets a page loads, and whether any script is inline."""

    def __init__(self):
        super().__init__()
        self.scripts, self.styles, self.inline_scripts, self.body = [], [], 0, {}
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs.get("src"))
            self._in_script = "src" not in attrs
        elif tag == "link" and attrs.get("rel") == "stylesheet":
            self.styles.append(attrs["href"])
        elif tag == "body":
            self.body = attrs

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


def policy(response) -> dict[str, list[str]]:
    directives = [d.strip().split() for d in response.headers["Content-Security-Policy"].split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


def parsed(response) -> Assets:
    assets = Assets()
    assets.feed(response.get_data(as_text=True))
    return assets


@pytest.mark.parametrize("path", ["/outlook/taskpane", "/outlook/commands"])
def test_the_pages_allow_only_outlook_to_frame_them_and_only_office_js_besides_their_own_scripts(client, path):
    answer = client.get(path)
    assert answer.status_code == 200
    csp = policy(answer)
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'", "https://appsforoffice.microsoft.com"]
    assert csp["connect-src"] == ["'self'", "https://login.microsoftonline.com"]
    assert csp["style-src"] == ["'self'"] and csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'", *OUTLOOK_HOSTS]
    assert not any("unsafe" in source for sources in csp.values() for source in sources)
    assert "X-Frame-Options" not in answer.headers  # it would override frame-ancestors in some hosts
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in answer.headers


def test_the_pane_loads_office_js_from_microsofts_cdn_and_everything_else_from_afterview(client):
    assets = parsed(client.get("/outlook/taskpane"))
    assert assets.inline_scripts == 0 and None not in assets.scripts
    assert assets.scripts[0] == "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    own = assets.scripts[1:] + assets.styles + [assets.body["data-msal-src"]]
    shared = ["/static/missed.js", "/static/thanks.js", "/static/dom.js", "/static/keep.js"]  # as the local page's
    assert own and all(url.startswith("/static/outlook/") or url in shared for url in own)
    for url in own:
        answer = client.get(url)
        assert answer.status_code == 200, url
        assert answer.mimetype in ("text/javascript", "application/javascript", "text/css"), url
    msal = client.get(assets.body["data-msal-src"]).get_data(as_text=True)
    assert "createNestablePublicClientApplication" in msal and "MIT License" in msal


def test_nested_authentication_is_off_until_configured(client):
    body = parsed(client.get("/outlook/taskpane")).body
    assert body["data-ms-client-id"] == "" and body["data-ms-scope"] == ""


@pytest.mark.parametrize("audience, scope", [
    ("6e3b2a1c-4d5f-4a8b-9c0d-1e2f3a4b5c6d", "api://6e3b2a1c-4d5f-4a8b-9c0d-1e2f3a4b5c6d/access_as_user"),
    ("6e3b2a1c-4d5f-4a8b-9c0d-1e2f3a4b5c6d, api://afterview.example.com/6e3b2a1c-4d5f-4a8b-9c0d-1e2f3a4b5c6d",
     "api://afterview.example.com/6e3b2a1c-4d5f-4a8b-9c0d-1e2f3a4b5c6d/access_as_user"),
])
def test_the_pane_asks_for_the_access_as_user_scope_of_the_configured_api(tmp_path, audience, scope):
    app = make_app(f"sqlite:///{tmp_path / 'naa.db'}", tmp_path / "naa",
                   MS_CLIENT_ID="b1c2d3e4-0000-4000-8000-000000000001", MS_API_AUDIENCE=audience)
    try:
        body = parsed(app.test_client().get("/outlook/taskpane")).body
        assert body["data-ms-client-id"] == "b1c2d3e4-0000-4000-8000-000000000001"
        assert body["data-ms-scope"] == scope
    finally:
        app.extensions["afterview.engine"].dispose()


@pytest.mark.parametrize("name, size", [("icon-16", 16), ("icon-32", 32), ("icon-80", 80), ("icon-128", 128),
                                        ("outline-32", 32)])
def test_the_icons_the_manifests_name_are_served(client, name, size):
    answer = client.get(f"/outlook/icons/{name}.png")
    assert answer.status_code == 200 and answer.mimetype == "image/png"
    assert answer.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(answer.data[16:20], "big") == size == int.from_bytes(answer.data[20:24], "big")


@pytest.mark.parametrize("name", ["icon-17", "logo-32", "icon-", "outline-x"])
def test_unknown_icons_are_not_found(client, name):
    assert client.get(f"/outlook/icons/{name}.png").status_code == 404


def test_the_about_page_has_the_privacy_and_terms_anchors_the_manifest_links_to(client):
    page = client.get("/outlook/about").get_data(as_text=True)
    assert re.search(r'id="privacy"', page) and re.search(r'id="terms"', page)


def test_no_app_package_without_an_https_base_url(tmp_path):
    app = make_app(f"sqlite:///{tmp_path / 'local.db'}", tmp_path / "local", BASE_URL="http://127.0.0.1:8080")
    try:
        answer = app.test_client().get("/outlook/app-package.zip")
        assert answer.status_code == 409
        assert "https://" in answer.get_data(as_text=True) and "AFTERVIEW_BASE_URL" in answer.get_data(as_text=True)
    finally:
        app.extensions["afterview.engine"].dispose()
