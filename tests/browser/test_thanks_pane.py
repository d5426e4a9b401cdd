""""Thank someone" in the Outlook task pane, in headless Chromium: what was typed survives a reload,
a refusal names its field, the note appears with the others and goes into the message being written
(HTML body, subject, recipient) like any note; axe finds nothing serious."""
from __future__ import annotations

import json

import pytest

from tests.browser.axe import serious
from tests.browser.test_outlook_pane import (  # noqa: F401  (fixtures)
    SAID,
    app,
    pane_for,
    pane_token,
)

pytestmark = pytest.mark.browser

HELP = "introducing me to Sam Ortiz, who runs the analytics guild at Contoso"


def test_thank_someone_in_the_pane_and_insert_the_note(pane_for, pane_token, client, auth):
    pane = pane_for(mode="compose", bodyType="html", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    form = page.get_by_role("region", name="Thank someone")
    form.get_by_label("Their help").select_option("networking")
    form.get_by_label("Their name").fill("Maria Lopez")
    form.get_by_label("What they did for you").fill(HELP)
    page.reload()  # what was typed is kept until the note is written
    pane.wait("#notes:not([hidden])")
    assert form.get_by_label("Their name").input_value() == "Maria Lopez"
    assert form.get_by_label("What they did for you").input_value() == HELP
    assert form.get_by_label("Their help").input_value() == "networking"

    page.get_by_role("button", name="Write the note").click()
    page.wait_for_function("() => document.getElementById('thanks-error').textContent !== ''")
    assert page.inner_text("#thanks-error") == "email: Maria Lopez's email address is needed to write them a note"
    assert page.evaluate("() => document.activeElement.id") == "thanks-email"
    form.get_by_label("Their email").fill("maria.lopez@northwind.com")
    page.get_by_role("button", name="Write the note").click()
    pane.wait("#thanks-notes article.note")
    assert page.inner_text("#thanks-status").startswith("Your note thanking Maria Lopez for their help is ready")

    [note] = client.get("/api/thanks", headers=auth).json["notes"]
    assert note["kind"] == "networking" and HELP in note["body_text"] and note["findings"] == []
    assert page.evaluate("() => document.activeElement.id") == f"note-{note['id']}-body"
    assert serious(page) == []
    pane.note("To Maria Lopez").get_by_role("button", name="Insert into message: the note to Maria Lopez").click()
    page.wait_for_function(SAID, arg="Note inserted")
    [body] = pane.calls("body.setAsync")
    assert body["args"] == [note["body_html"], {"coercionType": "html"}]
    assert pane.calls("subject.setAsync")[0]["args"] == [note["subject"]]
    assert pane.calls("to.setAsync")[0]["args"] == [[{"displayName": "Maria Lopez",
                                                       "emailAddress": "maria.lopez@northwind.com"}]]

    pane.note("To Maria Lopez").get_by_role("button", name="Dismiss the note to Maria Lopez").click()
    page.get_by_role("button", name="Undo dismissing the note to Maria Lopez").wait_for()
    assert client.get("/api/thanks", headers=auth).json["notes"][0]["status"] == "dismissed"
    assert client.get("/api/interviews", headers=auth).json["interviews"] == []
    assert [e for e in pane.errors if "status of 400" not in e] == []  # the refusal is logged by Chromium
