"""The Gmail sidebar preview in headless Chromium: the cards drawn from their JSON, buttons that
run the same actions, a note inserted into the message; hostile text stays text."""
from __future__ import annotations

import pytest

from tests.browser.conftest import load_demo_week, propose_interview_titled, screenshot

pytestmark = pytest.mark.browser

HOSTILE = "Interview: Data Analyst <b>bold?</b> <img src=x onerror=window.__pwned=1>"


@pytest.fixture
def proposed(client, auth, runtime, clock, tmp_path):
    propose_interview_titled(HOSTILE, client, auth, runtime, clock, tmp_path)


def test_sidebar_preview_details_and_insert(page, live_server, proposed):
    page.goto(f"{live_server.url}/preview/gmail#token=test-token")
    page.wait_for_selector(".card-section")
    assert "Notes waiting" in page.inner_text("#card")
    assert "#token" not in page.url
    page.locator(".decorated.clickable").first.click()
    page.wait_for_selector("#field-details")
    page.fill("#field-details", "Dana: the forecasting pipeline she rebuilt\nOmar: his question on churn")
    page.click("text=Save and rewrite")
    page.wait_for_function("() => document.querySelector('#toast').textContent.includes('rewritten')")
    bodies = page.locator("textarea[id^=field-body_]")
    assert any("forecasting pipeline" in bodies.nth(i).input_value() for i in range(bodies.count()))

    page.click("#show-compose")
    page.locator("button", has_text="Insert").first.wait_for()
    page.locator("button", has_text="Insert").first.click()
    page.wait_for_selector("#draft:not([hidden])")
    assert page.inner_text("#draft-to").endswith("@acmerobotics.com")
    assert "Data Analyst" in page.inner_text("#draft-subject")
    assert "Alex Rivera" in page.inner_text("#draft-body")
    assert page.js_errors == []


def test_hostile_event_text_stays_text(page, live_server, proposed, runtime):
    from notes.store.model import Interview

    with runtime.session() as session:
        for row in session.query(Interview).all():
            row.company = HOSTILE.removeprefix("Interview: Data Analyst ")  # as if detected so
        session.commit()
    page.goto(f"{live_server.url}/preview/gmail#token=test-token")
    page.wait_for_selector(".card-section")
    text = page.inner_text("#card")
    assert "<b>bold?</b>" in text and "<img src=x" in text
    assert page.locator("#card img").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_preview_without_token_asks_to_sign_in(page, live_server, proposed):
    page.goto(f"{live_server.url}/preview/gmail")
    page.wait_for_selector("#signin:not([hidden])")
    assert page.inner_text("#card") == ""


def test_the_preview_keeps_typed_text_undoes_and_passes_axe(page, live_server, proposed):
    import re

    from tests.browser.axe import serious

    page.goto(f"{live_server.url}/preview/gmail#token=test-token")
    page.wait_for_selector(".card-section")
    assert serious(page) == []
    page.locator(".decorated.clickable").first.focus()
    page.keyboard.press("Enter")  # the rows open with the keyboard too
    page.wait_for_selector("#field-details")
    bodies = page.locator("textarea[id^=field-body_]")
    dana_body = bodies.first
    dana_body.fill("My own words for the first note.")
    page.get_by_role("button", name=re.compile(r"^Mark the note to .+ sent$")).nth(1).click()
    page.wait_for_function("() => document.querySelector('#toast').textContent.includes('Undo')")
    assert page.locator("textarea[id^=field-body_]").first.input_value() == "My own words for the first note."
    assert "unsaved changes" in page.inner_text("label[for^=field-body_]")
    undo = page.get_by_role("button", name=re.compile(r"^Undo: open the note to .+ again$"))
    assert undo.count() == 1
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label') || ''").startswith("Undo")
    assert serious(page) == []
    undo.click()
    page.wait_for_function("() => document.querySelector('#toast').textContent.includes('open again')")
    assert page.get_by_role("button", name=re.compile(r"^Mark the note to .+ sent$")).count() == 2
    assert page.js_errors == []


def test_a_screenshot_of_the_gmail_sidebar_with_the_demo_week(page, live_server, app, clock, tmp_path):
    """Written to docs/screenshots/gmail-sidebar.png when AFTERVIEW_WRITE_SCREENSHOTS is set."""
    load_demo_week(app, clock)
    page.goto(f"{live_server.url}/preview/gmail#token=test-token")
    page.wait_for_selector(".card-section")
    assert "Harbor & Finch" in page.inner_text("#card")
    screenshot(page, "gmail-sidebar.png", {"width": 1100, "height": 900}, tmp_path)
    assert page.js_errors == []
