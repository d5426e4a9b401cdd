"""The page that ends a connect flow in an Office dialog, in headless Chromium under the policy it is
served with: its own scripts (with the nonce) hand the pane token to Office.js's ``messageParent``;
a script that found its way into the page without the nonce does not run."""
from __future__ import annotations

import json

import pytest

from tests.fakes.microsoft_fixtures import authorize, callback_url

pytestmark = pytest.mark.browser

OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
OFFICE_STANDIN = """
window.__messages = [];
window.Office = { onReady: (callback) => setTimeout(callback, 0),
  context: { ui: { messageParent: (message) => window.__messages.push(message) } } };
"""


def test_the_connected_page_hands_over_its_token_with_only_its_own_scripts(browser, ms_client, ms_server, ms_user):
    base = ms_client.application.config["BASE_URL"].rstrip("/")
    start = ms_client.get(f"{base}/oauth/microsoft/start?dialog=1")
    answer = ms_client.post(callback_url(ms_client), data=authorize(ms_server, start.headers["Location"]))
    injected = answer.get_data(as_text=True).replace("</main>", "<script>window.__pwned = 1</script></main>")
    served = {"status": 200, "body": injected,
              "headers": {"Content-Type": "text/html; charset=utf-8",
                          "Content-Security-Policy": answer.headers["Content-Security-Policy"]}}
    elsewhere: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url == OFFICE_JS:
            request_route.fulfill(body=OFFICE_STANDIN, content_type="text/javascript")
        elif url == f"{base}/connected":
            request_route.fulfill(**served)
        elif url.startswith(base):
            reply = ms_client.get(url)
            request_route.fulfill(status=reply.status_code, body=reply.get_data(),
                                  content_type=reply.headers.get("Content-Type"))
        else:
            elsewhere.append(url)
            request_route.abort()

    context = browser.new_context()
    try:
        page = context.new_page()
        violations: list[str] = []
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        context.route("**/*", route)
        page.goto(f"{base}/connected")
        page.wait_for_function("() => window.__messages && window.__messages.length === 1")
        [message] = page.evaluate("() => window.__messages")
        assert json.loads(message)["afterviewToken"].startswith("av1.")
        assert page.evaluate("() => window.__pwned") is None
        assert len(violations) == 1 and "inline script" in violations[0]  # the injected one, refused
        assert elsewhere == []
    finally:
        context.close()
