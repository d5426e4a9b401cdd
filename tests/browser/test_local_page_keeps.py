"""The local page in headless Chromium never loses what the user typed, undoes what they did, says
each result where it happened (in a live region, focus kept on the control), names the note every
button acts on, and passes axe-core with no serious or critical violation."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from scheduler.ticks import run_round
from tests.browser.axe import serious
from tests.browser.conftest import END, START, propose_interview_titled
from tests.calendars import calendar, interview

pytestmark = pytest.mark.browser

MINE = "Dear Dana,\n\nThank you for the tour of the forecasting pipeline.\n\nAlex"
DETAILS = "Omar: his question about dashboards for field teams"


@pytest.fixture
def proposed(client, auth, runtime, clock, tmp_path):
    propose_interview_titled("Interview: Data Analyst - Acme Robotics", client, auth, runtime, clock, tmp_path)


def open_page(page, live_server):
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#app:not([hidden]) article.note")


def note(page, name: str):
    return page.locator("article.note", has=page.locator("h4", has_text=name)).first


def note_ids(client, auth) -> dict[str, int]:
    [item] = client.get("/api/interviews", headers=auth).json["interviews"]
    return {n["to"]["name"].split()[0]: n["id"] for n in item["notes"] if n["channel"] == "email"}


def focused_key(page) -> str | None:
    return page.evaluate("() => document.activeElement && document.activeElement.dataset.key || null")


def refreshes(page) -> int:
    return int(page.evaluate("() => document.body.dataset.refreshes || '0'"))


COUNT_FETCHES = """
window.__fetches = { started: 0, done: 0 };
const pageFetch = window.fetch;
window.fetch = (...args) => {
  const counted = String(args[0]).includes("/api/interviews?include=possible");  // the page's own list
  if (counted) window.__fetches.started += 1;
  return pageFetch(...args).finally(() => { if (counted) window.__fetches.done += 1; });
};
"""


# Every fetch answered and, on a page that counts its refreshes, drawn: the next tick is not skipped.
SETTLED = """() => window.__fetches.done === window.__fetches.started && (document.body.dataset.refreshes === undefined
    || Number(document.body.dataset.refreshes) >= window.__fetches.done)"""


def test_text_typed_and_left_survives_40_seconds_of_refreshes_and_a_reload(page, live_server, app, client, auth,
                                                                            proposed):
    app.config["PAGE_REFRESH_SECONDS"] = 1  # the page's own timer, at a second instead of thirty
    page.clock.install()
    page.add_init_script(COUNT_FETCHES)
    open_page(page, live_server)
    ids = note_ids(client, auth)
    dana = page.locator(f"#note-{ids['Dana']}-body")
    dana.fill(MINE)
    page.fill("textarea[id^=details-]", DETAILS)
    page.click("h1")  # left: focus is elsewhere, as when the user reads another note
    before = page.evaluate("() => window.__fetches.started")
    for second in range(40):
        if second == 10:  # something changes meanwhile, so the page is really drawn again
            assert client.patch(f"/api/notes/{ids['Omar']}", json={"subject": "Thanks, Omar"},
                                headers=auth).status_code == 200
        page.clock.run_for(1000)
        page.wait_for_function(SETTLED)
    page.wait_for_function("() => document.querySelector('#interviews article.note')")
    assert dana.input_value() == MINE
    assert page.locator("textarea[id^=details-]").input_value() == DETAILS
    assert page.evaluate("() => window.__fetches.done") - before >= 40  # one a second, by the page's own timer
    assert page.locator(f"#note-{ids['Omar']}-subject").input_value() == "Thanks, Omar"  # it was drawn again
    assert note(page, "Dana").locator(".unsaved").is_visible()
    assert "Unsaved changes" in note(page, "Dana").locator(".unsaved").inner_text()
    assert not note(page, "Omar").locator(".unsaved").is_visible()
    page.reload()
    page.wait_for_selector("#app:not([hidden]) article.note")
    assert page.locator(f"#note-{ids['Dana']}-body").input_value() == MINE  # kept until saved or discarded
    assert note(page, "Dana").locator(".unsaved").is_visible()
    note(page, "Dana").get_by_role("button", name="Discard changes to the note to Dana Whitfield").click()
    assert page.locator(f"#note-{ids['Dana']}-body").input_value() != MINE
    assert not note(page, "Dana").locator(".unsaved").is_visible()
    assert page.js_errors == []


def test_saving_an_edit_forgets_the_unsaved_text(page, live_server, client, auth, proposed):
    open_page(page, live_server)
    ids = note_ids(client, auth)
    page.fill(f"#note-{ids['Dana']}-body", MINE)
    note(page, "Dana").get_by_role("button", name="Save edits to the note to Dana Whitfield").click()
    page.wait_for_function("(id) => document.querySelector(`[data-key=result-note-${id}]`).textContent"
                           ".startsWith('Edits saved')", arg=ids["Dana"])
    saved = {n["id"]: n for i in client.get("/api/interviews", headers=auth).json["interviews"] for n in i["notes"]}
    assert saved[ids["Dana"]]["body_text"] == MINE.strip() and saved[ids["Dana"]]["status"] == "edited"
    assert not note(page, "Dana").locator(".unsaved").is_visible()
    assert page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('afterview-unsaved:'))") == []


def test_an_edited_note_survives_not_an_interview_and_back(page, live_server, client, auth, proposed):
    ids = note_ids(client, auth)
    client.patch(f"/api/notes/{ids['Dana']}", json={"body_text": MINE}, headers=auth)
    open_page(page, live_server)
    interview = page.locator("article.interview").first
    interview.get_by_role("button", name=re.compile(r"^Not an interview: ")).click()
    confirm = page.get_by_role("button", name=re.compile(r"^Yes, not an interview"))
    confirm.wait_for()
    assert "You edited 1 note here" in page.locator(".ask").inner_text()
    assert focused_key(page) == confirm.get_attribute("data-key")  # the question takes focus
    assert client.get("/api/interviews", headers=auth).json["interviews"][0]["status"] == "proposed"
    confirm.click()
    undo = page.get_by_role("button", name=re.compile(r"^Undo: .* is an interview$"))
    undo.wait_for()
    page.wait_for_function("() => [...document.querySelectorAll('[role=status]')].some(r => "
                           "r.textContent.startsWith('Marked as not an interview'))")
    assert focused_key(page) == undo.get_attribute("data-key")  # said and undone where it happened
    undo.click()
    page.wait_for_selector(f"#note-{ids['Dana']}-body")
    assert page.locator(f"#note-{ids['Dana']}-body").input_value() == MINE.strip()
    assert note(page, "Dana").locator(".badge").inner_text() == "edited by you"
    page.wait_for_function("() => document.activeElement.dataset.key?.startsWith('not-interview-')")
    assert page.js_errors == []


def test_undo_restores_a_sent_and_a_dismissed_note_where_it_happened(page, live_server, client, auth, proposed):
    open_page(page, live_server)
    ids = note_ids(client, auth)
    note(page, "Dana").get_by_role("button", name="Mark the note to Dana Whitfield sent").click()
    undo = note(page, "Dana").get_by_role("button", name="Undo marking the note to Dana Whitfield sent")
    undo.wait_for()
    assert focused_key(page) == f"undo-note-{ids['Dana']}"
    region = note(page, "Dana").locator("[role=status][aria-live=polite]")
    page.wait_for_function("(id) => document.querySelector(`[data-key=result-note-${id}]`).textContent"
                           ".startsWith('Marked as sent')", arg=ids["Dana"])
    assert region.count() == 1
    note(page, "Omar").get_by_role("button", name="Dismiss the note to Omar Haddad").click()
    note(page, "Omar").get_by_role("button", name="Undo dismissing the note to Omar Haddad").wait_for()
    assert note(page, "Dana").locator("[role=status]").inner_text() == ""  # an old message goes
    note(page, "Omar").get_by_role("button", name="Undo dismissing the note to Omar Haddad").click()
    page.wait_for_function("(id) => document.activeElement.dataset.key === `dismiss-note-${id}`", arg=ids["Omar"])
    note(page, "Dana").get_by_role("button", name="Reopen the note to Dana Whitfield").click()
    page.wait_for_function("(id) => document.activeElement.dataset.key === `sent-note-${id}`", arg=ids["Dana"])
    states = {n["id"]: n["status"] for i in client.get("/api/interviews", headers=auth).json["interviews"]
              for n in i["notes"]}
    assert (states[ids["Dana"]], states[ids["Omar"]]) == ("proposed", "proposed")
    assert page.js_errors == []


def test_focus_and_caret_stay_put_when_the_page_is_drawn_again(page, live_server, app, client, auth, proposed):
    app.config["PAGE_REFRESH_SECONDS"] = 1
    page.clock.install()
    open_page(page, live_server)
    ids = note_ids(client, auth)
    body = page.locator(f"#note-{ids['Omar']}-body")
    body.click()
    page.keyboard.press("Control+Home")
    page.keyboard.type("Hello. ")
    client.patch(f"/api/notes/{ids['Dana']}", json={"subject": "Thank you, Dana"}, headers=auth)
    count = refreshes(page)
    page.clock.run_for(1000)
    page.wait_for_function(f"() => Number(document.body.dataset.refreshes) > {count}")
    assert page.locator(f"#note-{ids['Dana']}-subject").input_value() == "Thank you, Dana"
    assert focused_key(page) == f"note-{ids['Omar']}-body"
    assert page.evaluate("() => document.activeElement.selectionStart") == len("Hello. ")
    page.keyboard.type("More.")
    assert body.input_value().startswith("Hello. More.")
    save = note(page, "Omar").get_by_role("button", name="Save edits to the note to Omar Haddad")
    save.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("(id) => document.querySelector(`[data-key=result-note-${id}]`).textContent !== ''",
                           arg=ids["Omar"])
    assert focused_key(page) == f"save-note-{ids['Omar']}"  # the result is said; focus stays on the button


def test_every_button_names_the_note_it_acts_on(page, live_server, proposed):
    open_page(page, live_server)
    names = page.evaluate("() => [...document.querySelectorAll('article.note button')].map(b => b.ariaLabel)")
    assert names and all(re.search(r"note to \w+|for \w+", name) for name in names), names
    assert page.get_by_role("button", name="Mark the note to Dana Whitfield sent").is_visible()
    assert page.get_by_role("button", name="Mark the note to Dana Whitfield sent").inner_text() == "Mark sent"


def test_the_profile_form_is_never_overwritten_by_the_profile_arriving(page, live_server, client, auth):
    def late_profile(route):
        page.wait_for_timeout(800)  # the profile answer is slow; the interviews are not
        route.continue_()

    page.route("**/api/me", late_profile)
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#app:not([hidden])")
    page.fill("#p-phone", "+1 555 0100")
    page.fill("#p-name", "Alex R.")
    page.wait_for_timeout(1200)
    assert page.input_value("#p-phone") == "+1 555 0100" and page.input_value("#p-name") == "Alex R."
    page.click("#profile-form button")
    page.wait_for_function("() => document.querySelector('[data-key=result-profile]').textContent === 'Saved.'")
    assert client.get("/api/me", headers=auth).json["phone"] == "+1 555 0100"


def test_an_ended_interview_says_notes_are_coming(page, live_server, client, auth, runtime, clock, tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    client.post("/api/connect/ics", json={"source": str(path)}, headers=auth)
    clock.now = END + timedelta(minutes=2)  # ended; notes are proposed ten minutes after the end
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#upcoming article.interview")
    meta = page.inner_text("#upcoming article.interview")
    assert "notes coming" in meta and "Notes will be proposed after it ends" not in meta


def test_an_emptied_calendar_file_keeps_the_edited_notes_and_warns(page, live_server, client, auth, runtime, clock,
                                                                   tmp_path):
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(*(interview(f"iv-{d}", START + timedelta(days=d), END + timedelta(days=d))
                                for d in range(3))))
    client.post("/api/connect/ics", json={"source": str(path)}, headers=auth)
    clock.now = END + timedelta(days=2, minutes=15)
    run_round(runtime, clock())
    first = next(i for i in client.get("/api/interviews", headers=auth).json["interviews"] if i["uid"] == "iv-0")
    dana = next(n for n in first["notes"] if n["to"]["name"].startswith("Dana") and n["channel"] == "email")
    client.patch(f"/api/notes/{dana['id']}", json={"body_text": MINE}, headers=auth)
    path.write_bytes(calendar())  # the file is emptied
    run_round(runtime, clock.advance(minutes=6))
    open_page(page, live_server)
    warning = page.locator(".warning")
    assert "suddenly shows none of the 3 interviews" in warning.inner_text()
    assert page.locator("#interviews article.interview").count() == 3  # nothing removed
    assert serious(page) == []
    page.get_by_role("button", name=f"Remove the 3 interviews {path} stopped showing").click()
    page.wait_for_selector("#removed-section:not([hidden]) article.note")
    kept = page.locator("#removed article.note")
    assert kept.count() == 1 and MINE.strip() in kept.inner_text()
    assert "no longer on your calendar" in page.inner_text("#removed")
    assert page.locator("#interviews article.interview").count() == 0
    assert page.js_errors == []


def test_a_calendar_is_synced_and_disconnected_from_the_page(page, live_server, client, auth, proposed, tmp_path):
    name = str(tmp_path / "cal.ics")  # a calendar file is named by its path
    open_page(page, live_server)
    page.get_by_role("button", name=f"Sync now {name}").click()
    page.wait_for_function("(name) => document.querySelector('[data-place^=account-] [role=status]').textContent"
                           ".startsWith(`Reading ${name} now`)", arg=name)
    page.get_by_role("button", name=f"Disconnect {name}").click()
    page.get_by_role("button", name=f"Yes, disconnect {name}").click()
    page.wait_for_function("(name) => document.querySelector('[data-key=result-calendars]').textContent"
                           " === `Disconnected ${name}.`", arg=name)
    assert client.get("/api/accounts", headers=auth).json["accounts"] == []
    assert page.inner_text("#calendars") == "No calendar connected yet."


def test_a_new_message_clears_the_old_one(page, live_server, client, auth, tmp_path):
    page.goto(f"{live_server.url}/#token=test-token")
    page.wait_for_selector("#app:not([hidden])")
    page.fill("#source", str(tmp_path / "missing.ics"))
    page.click("#connect-form button")
    said = "(text) => document.querySelector('[data-key=result-connect]').textContent.includes(text)"
    page.wait_for_function(said, arg="cannot read")
    assert page.locator("[data-place=connect]").get_attribute("class") == "result error"
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    page.fill("#source", str(path))
    page.click("#connect-form button")
    page.wait_for_function(said, arg=f"Connected {path}.")
    assert page.locator("[data-place=connect]").get_attribute("class") == "result"


def test_axe_finds_nothing_serious_on_the_local_page(page, live_server, client, auth, proposed):
    open_page(page, live_server)
    assert serious(page) == []
    note(page, "Dana").get_by_role("button", name="Mark the note to Dana Whitfield sent").click()
    note(page, "Dana").get_by_role("button", name=re.compile("^Undo")).wait_for()
    assert serious(page) == []
    page.locator("article.interview").first.get_by_role("button", name=re.compile(r"^Not an interview")).click()
    page.get_by_role("button", name=re.compile(r"^Undo: .* is an interview$")).wait_for()
    assert serious(page) == []
