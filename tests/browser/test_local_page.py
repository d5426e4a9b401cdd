"""The local page in headless Chromium: see a proposed note, add a detail, mark it sent;
hostile event text shows as text and runs nothing."""
from __future__ import annotations

import re

import pytest

from tests.browser.conftest import load_demo_week, propose_interview_titled, screenshot

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
    first.get_by_role("button", name=re.compile(r"^Mark the note to .+ sent$")).click()
    page.wait_for_selector("article.note.sent")
    assert page.locator("article.note.sent .badge").first.inner_text() == "sent"
    assert page.js_errors == []


def test_findings_are_said_in_plain_words(page, live_server, proposed):
    page.goto(f"{live_server.url}/#token=test-token")
    finding = page.locator("article.note li.finding.block").first
    finding.wait_for()
    assert finding.inner_text().startswith("Fix: ") and finding.get_attribute("data-rule") == "P2"
    shown = " ".join(page.locator("ul.findings").all_inner_texts())
    assert not re.search(r"\b[TCWPFM]\d\b", shown), shown  # the rule codes stay in the JSON


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


def test_a_screenshot_of_the_local_page_with_the_demo_week(page, live_server, app, clock, tmp_path):
    """Written to docs/screenshots/local-page.png when AFTERVIEW_WRITE_SCREENSHOTS is set."""
    load_demo_week(app, clock)
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("article.note")
    titles = page.locator("article.interview h3").all_inner_texts()
    assert any("Harbor & Finch" in t for t in titles)
    screenshot(page, "local-page.png", {"width": 1100, "height": 1400}, tmp_path)
    assert page.js_errors == []


def test_preferences_are_saved_from_the_page(page, live_server, client, auth):
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#app:not([hidden])")
    page.fill("#p-phone", "+1 555 0100")
    page.select_option("#p-language", "de")
    page.select_option("#p-channel", "handwritten")
    page.fill("#p-delay", "0")
    page.click("#profile-form button")
    page.wait_for_function("() => document.querySelector('[data-key=result-profile]').textContent === 'Saved.'")
    me = client.get("/api/me", headers=auth).json
    saved = (me["phone"], me["language"], me["channel"], me["proposal_delay_minutes"])
    assert saved == ("+1 555 0100", "de", "handwritten", 0)
    page.select_option("#p-language", "")
    page.fill("#p-delay", "")
    page.click("#profile-form button")
    page.wait_for_function("() => document.querySelector('[data-key=result-profile]').textContent === 'Saved.'")
    me = client.get("/api/me", headers=auth).json
    assert (me["language"], me["proposal_delay_minutes"]) == (None, None)
    assert page.js_errors == []


def test_follow_ups_are_turned_off_and_on_from_the_page(page, live_server, client, auth):
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#app:not([hidden])")
    assert page.is_checked("#p-follow-ups")  # on unless the user turns them off
    page.uncheck("#p-follow-ups")
    page.click("#profile-form button")
    page.wait_for_function("() => document.querySelector('[data-key=result-profile]').textContent === 'Saved.'")
    assert client.get("/api/me", headers=auth).json["follow_ups_enabled"] is False
    page.reload()
    page.wait_for_selector("#app:not([hidden])")
    page.wait_for_function("() => !document.getElementById('p-follow-ups').checked")
    page.check("#p-follow-ups")
    page.click("#profile-form button")
    page.wait_for_function("() => document.querySelector('[data-key=result-profile]').textContent === 'Saved.'")
    assert client.get("/api/me", headers=auth).json["follow_ups_enabled"] is True
    assert page.js_errors == []


def test_a_referrer_is_marked_from_the_page_and_gets_an_update(page, live_server, proposed, client, auth):
    page.goto(f"{live_server.url}/#token=test-token")
    group = page.locator("article.interview .referrer").first
    group.wait_for()
    assert group.locator("summary").inner_text() == "Did someone refer you?"
    assert not group.get_by_label("Referrer's name").is_visible()  # folded away until asked for
    group.locator("summary").click()
    group.get_by_label("Referrer's name").fill("Sam Lee")
    group.get_by_label("Referrer's email").fill("sam.lee@example.org")
    group.get_by_role("button", name=re.compile(r"^Save referrer of ")).click()
    page.wait_for_function("() => document.querySelector('article.interview .referrer summary').textContent"
                           ".startsWith('Referred by Sam Lee')")
    assert group.get_by_label("Referrer's name").is_visible()  # still open after the redraw
    [interview] = client.get("/api/interviews", headers=auth).json["interviews"]
    assert interview["referrer"] == {"name": "Sam Lee", "email": "sam.lee@example.org", "source": "user"}
    assert [n["to"]["email"] for n in interview["notes"] if n["kind"] == "referrer_update"] == ["sam.lee@example.org"]
    page.wait_for_function("() => [...document.querySelectorAll('article.note textarea')]"
                           ".some(t => t.value.startsWith('Dear Sam,'))")
    assert page.js_errors == []


def test_a_referrer_typed_and_left_is_still_there_open_after_a_reload(page, live_server, proposed):
    page.goto(f"{live_server.url}/#token=test-token")
    group = page.locator("article.interview .referrer").first
    group.locator("summary").click()
    group.get_by_label("Referrer's name").fill("Sam Lee")
    page.reload()
    group = page.locator("article.interview .referrer").first
    group.wait_for()
    assert group.get_by_label("Referrer's name").is_visible()
    assert group.get_by_label("Referrer's name").input_value() == "Sam Lee"
    assert page.js_errors == []
