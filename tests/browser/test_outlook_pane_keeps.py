"""The Outlook task pane keeps what was typed through its redraws, undoes Mark sent and Dismiss
where they happened, names the note on every button, looks in the sent folder when it opens, and
passes axe-core with no serious or critical violation."""
from __future__ import annotations

import json
import re

import pytest

from tests.browser.axe import serious
from tests.browser.test_outlook_pane import (  # noqa: F401  (fixtures)
    api_note,
    app,
    pane_for,
    pane_token,
    proposed,
)

pytestmark = pytest.mark.browser

MINE = "Dear Omar,\n\nThank you for the question about dashboards for field teams.\n\nAlex"


def opened(pane_for, pane_token, **office):
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": pane_token}), **office)
    page = pane.open()
    pane.connect()
    return pane, page


def test_typed_text_survives_another_notes_action_and_a_reload(pane_for, proposed, pane_token, client, auth):
    pane, page = opened(pane_for, pane_token)
    omar, dana = api_note(client, auth, "Omar")["id"], api_note(client, auth, "Dana")["id"]
    page.fill(f"#note-{omar}-body", MINE)
    page.click(f"#note-{dana}-sent")
    page.wait_for_selector("article.note.sent")
    assert page.input_value(f"#note-{omar}-body") == MINE  # the pane was drawn again around it
    assert pane.note("To Omar").locator(".unsaved").is_visible()
    page.reload()
    pane.wait("#notes:not([hidden]) article.note")
    assert page.input_value(f"#note-{omar}-body") == MINE
    pane.note("To Omar").get_by_role("button", name="Save edits to the note to Omar Haddad").click()
    page.wait_for_function("(id) => document.querySelector(`[data-key=result-note-${id}]`).textContent"
                           ".startsWith('Edits saved')", arg=omar)
    assert api_note(client, auth, "Omar")["body_text"] == MINE.strip()
    assert not pane.note("To Omar").locator(".unsaved").is_visible()
    assert pane.errors == []


def test_undo_where_it_happened_with_focus_on_it(pane_for, proposed, pane_token, client, auth):
    pane, page = opened(pane_for, pane_token)
    dana = api_note(client, auth, "Dana")["id"]
    pane.note("To Omar").get_by_role("button", name="Dismiss the note to Omar Haddad").click()
    undo = pane.note("To Omar").get_by_role("button", name="Undo dismissing the note to Omar Haddad")
    undo.wait_for()
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == \
        "Undo dismissing the note to Omar Haddad"
    assert api_note(client, auth, "Omar")["status"] == "dismissed"
    undo.click()
    page.wait_for_function("(name) => document.activeElement.getAttribute('aria-label') === name",
                           arg="Dismiss the note to Omar Haddad")
    assert api_note(client, auth, "Omar")["status"] == "proposed"
    pane.note("To Dana").get_by_role("button", name="Mark the note to Dana Whitfield sent").click()
    page.wait_for_function("(id) => document.querySelector(`[data-key=result-note-${id}]`).textContent"
                           ".startsWith('Marked as sent')", arg=dana)
    assert page.get_attribute(f"[data-key=result-note-{dana}]", "aria-live") == "polite"
    assert serious(page) == []
    assert pane.errors == []


def test_every_button_on_a_note_names_it_and_axe_finds_nothing_serious(pane_for, proposed, pane_token):
    pane, page = opened(pane_for, pane_token)
    names = page.evaluate("() => [...document.querySelectorAll('article.note button')]"
                          ".filter((b) => b.offsetParent).map((b) => b.getAttribute('aria-label'))")
    assert names and all(re.search(r"the note to (Dana Whitfield|Omar Haddad)", n or "") for n in names), names
    assert serious(page) == []


def test_opening_the_pane_asks_for_the_sent_check(pane_for, proposed, pane_token):
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    asked = []
    pane.page.on("request", lambda r: asked.append(r.url) if r.method == "POST" and r.url.endswith("/api/sent-check")
                 else None)
    pane.open()
    pane.connect()
    pane.page.wait_for_function("() => true")
    pane.page.wait_for_load_state("networkidle")
    assert len(asked) == 1
