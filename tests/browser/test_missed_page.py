""""Missed one?" and "Add an interview" on the local page and in the Outlook task pane, in headless
Chromium: a missed event becomes an interview with its notes, an interview on no calendar is
added, a refusal marks the field and keeps what was typed, and event text stays text."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.browser.test_outlook_pane import Pane, pane_token  # noqa: F401  (a fixture)
from tests.calendars import calendar, vevent

pytestmark = pytest.mark.browser

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
HOSTILE = "Catch-up <img src=x onerror=window.__pwned=1>"
SAM = ("Sam Ortiz", "sam.ortiz@northwind.com")


@pytest.fixture
def missed(client, auth, tmp_path):
    """A calendar whose only event is a catch-up with Sam from Northwind, ended two hours ago."""
    path = tmp_path / "cal.ics"
    start = NOW - timedelta(hours=3)
    path.write_bytes(calendar(vevent("sam-1", HOSTILE, start, start + timedelta(hours=1), people=[SAM],
                                     organizer=SAM)))
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
    [item] = client.get("/api/interviews?include=all", headers=auth).json["interviews"]
    assert item["status"] == "other"
    return item


@pytest.fixture
def new_york(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 1000}, timezone_id="America/New_York")
    page = context.new_page()
    page.js_errors = []
    page.on("pageerror", lambda exc: page.js_errors.append(str(exc)))
    yield page
    context.close()


def test_missed_one_makes_the_event_an_interview_with_its_notes(page, live_server, missed, client, auth):
    page.goto(f"{live_server.url}/#token=test-token")
    button = page.get_by_role("button", name=f"This was an interview {HOSTILE}")
    button.wait_for()
    assert page.locator("#missed-list h3").inner_text() == HOSTILE  # shown as text
    button.click()
    page.wait_for_function("() => document.getElementById('missed-status').textContent.includes('is now an interview')")
    assert page.inner_text("#missed-status") == f"“{HOSTILE}” is now an interview: its notes are ready above."
    page.wait_for_selector("#interviews article.note")  # the page shows its notes under "Notes waiting"
    assert page.locator("#interviews article.note h4").first.inner_text().startswith("To Sam Ortiz")
    assert page.inner_text("#missed-list") == "Nothing missed in the last 30 days."
    assert page.evaluate("() => document.activeElement.id") == "missed-title"  # focus is not lost
    assert page.evaluate("() => window.__pwned") is None
    assert client.get(f"/api/interviews/{missed['id']}", headers=auth).json["status"] == "proposed"
    assert page.js_errors == []


def test_add_an_interview_keeps_what_was_typed_when_refused_then_adds_it(new_york, live_server, client, auth):
    page = new_york
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#app:not([hidden])")
    form = page.get_by_role("region", name="Add an interview")
    form.get_by_label("Title").fill("Phone screen")
    form.get_by_label("Company").fill("Initech")
    form.get_by_label("Role", exact=True).fill("Data Analyst")
    form.get_by_label("Date").fill("2026-03-02")
    form.get_by_label("Starts").fill("06:00")
    form.get_by_label("Ends").fill("06:45")
    form.get_by_label("Name", exact=True).fill("Peter Gibbons")
    form.get_by_label("Email", exact=True).fill("peter@")
    page.get_by_role("button", name="Add the interview").click()
    page.wait_for_function("() => document.getElementById('add-error').textContent !== ''")
    assert page.inner_text("#add-error") == "people[1]: 'peter@' is not an email address"
    email = page.locator("#add-person-1-email")
    assert email.get_attribute("aria-invalid") == "true" and email.get_attribute("aria-describedby") == "add-error"
    assert page.evaluate("() => document.activeElement.id") == "add-person-1-email"
    assert form.get_by_label("Title").input_value() == "Phone screen"  # nothing typed is lost

    email.fill("peter.gibbons@initech.com")
    page.get_by_role("button", name="Add another person").click()
    form.get_by_label("Email (person 2)").fill("joanna@initech.com")
    page.get_by_role("button", name="Add the interview").click()
    page.wait_for_function("() => document.getElementById('add-status').textContent !== ''")
    assert page.inner_text("#add-status") == "Added “Phone screen”: its notes are ready above."
    assert page.inner_text("#add-error") == "" and email.get_attribute("aria-invalid") is None
    page.wait_for_selector("#interviews article.interview")
    [added] = client.get("/api/interviews", headers=auth).json["interviews"]
    # 06:00 in New York on 2 March is 11:00 UTC: it ended at 11:45, more than ten minutes ago
    assert datetime.fromisoformat(added["start"]) == datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
    assert added["status"] == "proposed"
    assert sorted(n["to"]["email"] for n in added["notes"]) == ["joanna@initech.com", "peter.gibbons@initech.com"]
    assert form.get_by_label("Title").input_value() == ""  # the form is ready for the next one
    assert page.js_errors == []


@pytest.fixture
def pane(browser, live_server, pane_token):  # noqa: F811
    pane = Pane(browser, live_server, mode="read", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    yield pane
    assert pane.elsewhere == [], "the pane tried to reach other hosts"
    pane.close()


def test_the_pane_offers_missed_one_and_add_an_interview(pane, missed, client, auth):
    page = pane.open()
    pane.connect()
    button = page.get_by_role("button", name=f"This was an interview {HOSTILE}")
    button.wait_for()
    button.click()
    page.wait_for_function("() => document.getElementById('missed-status').textContent.includes('is now an interview')")
    page.wait_for_selector("#interviews article.note")  # the pane shows the new notes
    assert page.evaluate("() => window.__pwned") is None

    form = page.get_by_role("region", name="Add an interview")
    form.get_by_label("Company").fill("Initech")
    form.get_by_label("Date").fill("2026-03-09")
    form.get_by_label("Starts").fill("10:00")
    form.get_by_label("Ends").fill("09:00")
    form.get_by_label("Email", exact=True).fill("peter.gibbons@initech.com")
    page.get_by_role("button", name="Add the interview").click()
    page.wait_for_function("() => document.getElementById('add-error').textContent !== ''")
    assert page.inner_text("#add-error") == "end: the interview must end after it starts"
    assert page.evaluate("() => document.activeElement.id") == "add-end"
    form.get_by_label("Ends").fill("11:00")
    page.get_by_role("button", name="Add the interview").click()
    page.wait_for_function("() => document.getElementById('add-status').textContent !== ''")
    assert page.inner_text("#add-status") == "Added “Interview · Initech”: its notes come after it ends."
    upcoming = [i for i in client.get("/api/interviews", headers=auth).json["interviews"] if i["status"] == "upcoming"]
    assert [i["company"] for i in upcoming] == ["Initech"]
    assert [e for e in pane.errors if "status of 400" not in e] == []  # the refusal is logged by Chromium
