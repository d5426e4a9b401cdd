"""The local page of ``afterview serve`` (a real subprocess) in headless Chromium: "Missed one?" makes
a missed event an interview and its notes appear; "Add an interview" adds a call that just ended,
whose notes appear at once (the scheduler's part for one still to end is in
``tests/integration/test_recovery_serve.py``)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import requests

from tests.integration.test_recovery_serve import AUTH, connect, missed_calendar, served  # noqa: F401
from tests.serving import TOKEN

pytestmark = pytest.mark.browser


def test_missed_one_and_add_an_interview_on_the_served_page(served, page, tmp_path):  # noqa: F811
    missed_calendar(tmp_path / "cal.ics", datetime.now(UTC))
    connect(served, tmp_path / "cal.ics")
    page.goto(f"{served}/#token={TOKEN}")
    button = page.get_by_role("button", name="This was an interview Catch-up")
    button.wait_for()
    button.click()
    page.wait_for_function("() => document.getElementById('missed-status').textContent.includes('is now an interview')")
    page.wait_for_selector("#interviews article.note")
    assert page.locator("#interviews article.note h4").first.inner_text().startswith("To Sam Ortiz")

    # this computer's time, as the page reads it
    ended = datetime.now().astimezone().replace(second=0, microsecond=0)
    started = ended - timedelta(minutes=30)
    form = page.get_by_role("region", name="Add an interview")
    form.get_by_label("Company").fill("Initech")
    form.get_by_label("Date").fill(started.strftime("%Y-%m-%d"))
    form.get_by_label("Starts").fill(started.strftime("%H:%M"))
    form.get_by_label("Ends").fill(ended.strftime("%H:%M") if ended.date() == started.date() else "23:59")
    form.get_by_label("Name", exact=True).fill("Peter Gibbons")
    form.get_by_label("Email", exact=True).fill("peter.gibbons@initech.com")
    page.get_by_role("button", name="Add the interview").click()
    page.wait_for_function("() => document.getElementById('add-status').textContent !== ''")
    assert page.inner_text("#add-status") == "Added “Interview · Initech”: its notes are ready above."
    page.wait_for_function("() => [...document.querySelectorAll('#interviews article.interview h3')]"
                           ".some(h => h.textContent.includes('Initech'))")
    listed = requests.get(f"{served}/api/interviews", headers=AUTH, timeout=10).json()["interviews"]
    [added] = [i for i in listed if i["company"] == "Initech"]
    assert added["status"] == "proposed" and added["notes"][0]["to"]["email"] == "peter.gibbons@initech.com"
    assert page.js_errors == []
