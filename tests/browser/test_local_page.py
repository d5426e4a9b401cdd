"""The local page in headless Chromium: see a proposed note, add a detail, mark it sent;
hostile event text shows as text and runs nothing."""
from __future__ import annotations

import pytest

from tests.browser.conftest import propose_interview_titled

pytestmark = pytest.mark.browser

HOSTILE = "Interview: Data Analyst <script>window.__pwned = 1</script><img src=x onerror=window.__pwned=2>"


@pytest.fixture
def proposed(client, auth, runtime, clock, tmp_path):
    propose_interview_titled(HOSTILE, client, auth, runtime, clock, tmp_path)


def test_propose_edit_details_and_mark_sent(page, live_server, proposed):
    page.goto(f"{live_server.url}/#token=test-token")
    note = page.locator("article.note").first
    note.wait_for()
    body = note.locator("textarea")
    before = body.input_value()
    assert "Dana" in before or "Omar" in before
    assert "#token" not in page.url  # the token is taken out of the address bar

    page.fill("textarea[id^=details-]", "the forecasting pipeline they rebuilt last spring")
    page.click("text=Save details")
    page.wait_for_function(
        "() => [...document.querySelectorAll('article.note textarea')].some(t => t.value.includes('forecasting'))")
    assert page.locator("article.note textarea").first.input_value() != before

    first = page.locator("article.note").first
    first.locator("text=Mark sent").click()
    page.wait_for_selector("article.note.sent")
    assert page.locator("article.note.sent .badge").first.inner_text() == "sent"
    assert page.js_errors == []


def test_hostile_event_text_shows_as_text(page, live_server, proposed):
    page.goto(f"{live_server.url}/#token=test-token")
    heading = page.locator("article.interview h3").first
    heading.wait_for()
    assert "<script>" in heading.inner_text()
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("article.interview img").count() == 0


def test_a_wrong_token_shows_the_sign_in_form(page, live_server, proposed):
    page.goto(f"{live_server.url}/#token=not-the-token")
    page.wait_for_selector("#login:not([hidden])")
    assert "not accepted" in page.inner_text("#login-error")
    page.fill("#token", "test-token")
    page.click("#login-form button")
    page.wait_for_selector("article.note")
