""""Thank someone" on the local page in headless Chromium: a refusal marks the field and keeps what
was typed (through a reload too), the note appears with the others and is edited, marked sent and
undone like them; the user's text stays text, and axe finds nothing serious."""
from __future__ import annotations

import pytest

from tests.browser.axe import serious

pytestmark = pytest.mark.browser

HOSTILE = "Maria <img src=x onerror=window.__pwned=1>"
HELP = "referred me for the Data Analyst opening at Northwind <b>fast</b>"


def test_thank_someone_from_the_local_page(page, live_server, client, auth):
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#app:not([hidden])")
    form = page.get_by_role("region", name="Thank someone")
    form.get_by_label("Their help").select_option("referral")
    form.get_by_label("Their name").fill(HOSTILE)
    form.get_by_label("Their email").fill("maria@")
    form.get_by_label("What they did for you").fill(HELP)
    page.get_by_role("button", name="Write the note").click()
    page.wait_for_function("() => document.getElementById('thanks-error').textContent !== ''")
    assert page.inner_text("#thanks-error") == "email: 'maria@' is not an email address"
    email = page.locator("#thanks-email")
    assert email.get_attribute("aria-invalid") == "true" and email.get_attribute("aria-describedby") == "thanks-error"
    assert page.evaluate("() => document.activeElement.id") == "thanks-email"
    assert client.get("/api/thanks", headers=auth).json["notes"] == []

    page.reload()  # what was typed is kept until the note is written
    page.wait_for_selector("#app:not([hidden])")
    assert form.get_by_label("Their name").input_value() == HOSTILE
    assert form.get_by_label("What they did for you").input_value() == HELP
    assert form.get_by_label("Their help").input_value() == "referral"

    form.get_by_label("Their email").fill("maria.lopez@northwind.com")
    page.get_by_role("button", name="Write the note").click()
    page.wait_for_selector("#thanks-notes article.note")
    assert page.inner_text("#thanks-status") == (f"Your note thanking {HOSTILE} for their referral is ready below: "
                                                 "check it, then send it.")
    [saved] = client.get("/api/thanks", headers=auth).json["notes"]
    assert saved["kind"] == "referral" and "you referred me for the Data Analyst opening" in saved["body_text"]
    note = page.locator(f"#thanks-notes article[data-note-id='{saved['id']}']")
    body = note.locator("textarea")
    assert body.input_value() == saved["body_text"]
    assert page.evaluate("() => document.activeElement.id") == f"note-{saved['id']}-body"  # ready to check
    assert note.locator("h4").inner_text().startswith(f"To {HOSTILE} <maria.lopez@northwind.com>")
    # "<b>" in the help reads as a template leftover: said as text, to fix before sending
    assert note.locator(".finding").all_inner_texts() == ["Fix: Replace the placeholder “<b>” with the real words."]
    assert form.get_by_label("Their name").input_value() == ""  # the form is ready for the next one
    assert page.evaluate("() => window.__pwned") is None
    assert serious(page, "#thanks") == []

    body.fill(saved["body_text"].replace(" <b>fast</b>", "").replace("Thank you again", "Thanks again, truly"))
    note.get_by_role("button", name=f"Save edits to the note to {HOSTILE}").click()
    page.wait_for_function("() => document.querySelector('#thanks-notes .badge').textContent === 'edited by you'")
    [edited] = client.get("/api/thanks", headers=auth).json["notes"]
    assert edited["status"] == "edited" and "Thanks again, truly" in edited["body_text"]
    assert edited["findings"] == [] and note.locator(".finding").count() == 0

    note.get_by_role("button", name=f"Mark the note to {HOSTILE} sent").click()
    undo = page.get_by_role("button", name=f"Undo marking the note to {HOSTILE} sent")
    undo.wait_for()
    assert client.get("/api/thanks", headers=auth).json["notes"][0]["status"] == "sent"
    undo.click()
    page.wait_for_function("() => document.querySelector('#thanks-notes .badge').textContent === 'edited by you'")
    assert client.get("/api/thanks", headers=auth).json["notes"][0]["status"] == "edited"
    assert client.get("/api/interviews?include=all", headers=auth).json["interviews"] == []
    assert page.js_errors == []
    assert serious(page) == []
