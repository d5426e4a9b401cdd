"""The Outlook task pane in headless Chromium, served by the real app, with Office.js replaced by a
recording stand-in (compose or read mode, HTML or text body) and MSAL by a stand-in that hands over
an Entra token minted by the loopback JWKS server."""
from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from sqlalchemy import select

from addon.outlook import pane_tokens
from notes.store.model import User
from notes.usecases import service
from providers.ics import IcsConnector
from scheduler.ticks import run_round
from tests.browser.conftest import load_demo_week, screenshot
from tests.calendars import calendar, interview
from tests.conftest import clocked_app
from tests.fakes.jwks_server import AUDIENCE

pytestmark = pytest.mark.browser

OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
HOSTILE = "Interview: Data Analyst <img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>"
DETAILS = "Dana: the forecasting pipeline she rebuilt last spring\nOmar: his question about dashboards for field teams"
# Whether some live region on the pane says ``text`` (each result is said next to its control).
SAID = "(text) => [...document.querySelectorAll('[role=status]')].some((r) => r.textContent.includes(text))"

OFFICE_STANDIN = """
(() => {
  const cfg = Object.assign({ mode: "compose", bodyType: "html", body: "", subject: "", to: [], from: null,
    sets: { Mailbox: "1.8" }, dialogMessage: null }, window.__officeConfig || {});
  const calls = (window.__officeCalls = []);
  const record = (name, args) => calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
  const reply = (args, value) => {
    const callback = args.find((a) => typeof a === "function");
    if (callback) setTimeout(() => callback({ status: "succeeded", value }), 0);
  };
  const data = (args) => args.filter((a) => typeof a !== "function");
  const state = (window.__officeState = { body: cfg.body, subject: cfg.subject, to: cfg.to });
  const field = (name) => ({
    getAsync: (...args) => { record(`${name}.getAsync`, data(args)); reply(args, state[name]); },
    setAsync: (value, ...args) => {
      record(`${name}.setAsync`, [value, ...data(args)]); state[name] = value; reply(args);
    },
  });
  const compose = { itemType: "message", subject: field("subject"), to: field("to"),
    body: Object.assign(field("body"), {
      getTypeAsync: (...args) => { record("body.getTypeAsync", data(args)); reply(args, cfg.bodyType); } }) };
  const read = { itemType: "message", subject: cfg.subject || "Thank you for coming in", from: cfg.from,
    displayReplyForm: (form) => record("displayReplyForm", [form]) };
  window.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      mailbox: { item: cfg.mode === "compose" ? compose : cfg.mode === "read" ? read : null,
        displayNewMessageForm: (form) => record("displayNewMessageForm", [form]) },
      requirements: { isSetSupported: (name, version) =>
        name in cfg.sets && parseFloat(cfg.sets[name]) >= parseFloat(version || "1.1") },
      ui: { displayDialogAsync: (url, options, callback) => {
        record("displayDialogAsync", [url, options]);
        const handlers = {};
        callback({ status: "succeeded", value: {
          addEventHandler: (type, handler) => { handlers[type] = handler; },
          close: () => record("dialog.close", []) } });
        setTimeout(() => cfg.dialogMessage === null ? handlers.dialogEventReceived({ error: 12006 })
          : handlers.dialogMessageReceived({ message: cfg.dialogMessage, origin: location.origin }), 10);
      } },
    },
    onReady: (callback) => new Promise((resolve) => setTimeout(() => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      if (callback) callback(info);
      resolve(info);
    }, 0)),
  };
})();
"""

MSAL_STANDIN = """
window.msal = { createNestablePublicClientApplication: async (config) => {
  window.__msal = { config, requests: [] };
  return { acquireTokenSilent: async (request) => {
    window.__msal.requests.push(request);
    return { accessToken: window.__officeConfig.entraToken };
  } };
} };
"""


@pytest.fixture
def app(tmp_path, clock, jwks):
    """The app with nested app authentication configured against the loopback key server."""
    with clocked_app(tmp_path, clock, MS_JWKS_URL=jwks.url, MS_API_AUDIENCE=AUDIENCE, MS_CLIENT_ID=AUDIENCE) as app:
        yield app


def propose(client, headers, runtime, clock, tmp_path, summary="Interview: Data Analyst - Acme Robotics") -> None:
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END, summary=summary)))
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=headers).status_code == 201
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())


def propose_for_entra_user(client, token, runtime, clock, tmp_path) -> None:
    """The same for the user of an Entra token, whose calendar file only a test may connect (through
    the API only the loopback server's own user can)."""
    assert client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    with runtime.session() as session:
        user_id = session.scalar(select(User.id).where(User.microsoft_subject.is_not(None)))
    path = tmp_path / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END)))
    runtime.connectors["ics"] = IcsConnector(public_only=False)
    service.connect_ics(runtime, user_id, str(path), clock(), allow_files=True, allow_private=True)
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())


@pytest.fixture
def proposed(client, auth, runtime, clock, tmp_path):
    propose(client, auth, runtime, clock, tmp_path)


@pytest.fixture
def pane_token(app, client, auth):
    """Afterview's own token for the local user, as the connect dialog hands it over."""
    client.get("/api/me", headers=auth)
    with app.app_context():
        with app.extensions["afterview.runtime"].session() as session:
            user_id = service.ensure_user(session, app.config["ME"]).id
        return pane_tokens.issue(user_id)


class Pane:
    """The pane in a 320px-wide page; only the live server and the stand-ins are reachable."""

    def __init__(self, browser, server, **office):
        self.context = browser.new_context(viewport={"width": 320, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.elsewhere: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.context.route("**/*", self._route)
        self.page.add_init_script(f"window.__officeConfig = {json.dumps(office)};")
        self.server = server

    def _route(self, route):
        url = route.request.url
        if url == OFFICE_JS:
            route.fulfill(body=OFFICE_STANDIN, content_type="text/javascript")
        elif url.endswith("/static/outlook/msal-browser.min.js"):
            route.fulfill(body=MSAL_STANDIN, content_type="text/javascript")
        elif url.startswith(self.server.url):
            route.continue_()
        else:
            self.elsewhere.append(url)
            route.abort()

    def open(self):
        self.page.goto(f"{self.server.url}/outlook/taskpane")
        return self.page

    def connect(self) -> None:
        """Through the connect dialog, which answers with the configured token."""
        self.wait("#connect:not([hidden])")
        self.page.click("#connect-dialog")
        self.wait("#notes:not([hidden])")

    def wait(self, selector: str) -> None:
        try:
            self.page.wait_for_selector(selector, timeout=15_000)
        except PlaywrightTimeout:
            text = self.page.evaluate("() => document.body.innerText")
            raise AssertionError(f"{selector} never showed; errors {self.errors}; page: {text!r}") from None

    def calls(self, name: str | None = None) -> list:
        calls = self.page.evaluate("() => window.__officeCalls")
        return [c for c in calls if name is None or c["name"] == name]

    def note(self, who: str):
        return self.page.locator("article.note", has=self.page.locator("h4", has_text=who)).first

    def add_details(self) -> None:
        self.page.fill("textarea[id^=details-]", DETAILS)
        self.page.click("button[id^=regenerate-]")
        self.page.wait_for_function(SAID, arg="rewritten")

    def close(self):
        self.context.close()


@pytest.fixture
def pane_for(browser, live_server):
    panes = []

    def make(**office) -> Pane:
        panes.append(Pane(browser, live_server, **office))
        return panes[-1]

    yield make
    for pane in panes:
        assert pane.elsewhere == [], "the pane tried to reach other hosts"
        pane.close()


def api_note(client, headers, who: str) -> dict:
    interviews = client.get("/api/interviews", headers=headers).json["interviews"]
    return next(n for i in interviews for n in i["notes"]
                if n["to"]["name"].startswith(who) and n["channel"] == "email")


def test_compose_mode_inserts_the_html_note_and_fills_subject_and_recipient(pane_for, proposed, pane_token, client,
                                                                           auth):
    pane = pane_for(mode="compose", bodyType="html", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    [dialog] = pane.calls("displayDialogAsync")
    assert dialog["args"][0] == f"{pane.server.url}/oauth/microsoft/start?dialog=1"
    pane.add_details()
    pane.note("To Dana").locator("button[id$=-insert]").click()
    page.wait_for_function(SAID, arg="Note inserted")
    dana = api_note(client, auth, "Dana")
    assert "forecasting pipeline" in dana["body_text"]
    [body] = pane.calls("body.setAsync")
    assert body["args"] == [dana["body_html"], {"coercionType": "html"}]
    assert pane.calls("subject.setAsync")[0]["args"] == [dana["subject"]]
    recipient = {"displayName": dana["to"]["name"], "emailAddress": dana["to"]["email"]}
    assert pane.calls("to.setAsync")[0]["args"] == [[recipient]]
    assert [c["name"] for c in pane.calls()][-7:] == ["body.getTypeAsync", "body.getAsync", "body.setAsync",
                                                       "subject.getAsync", "subject.setAsync",
                                                       "to.getAsync", "to.setAsync"]
    assert pane.errors == []


def test_a_text_body_gets_the_text_note_and_a_subject_and_recipient_already_there_stay(pane_for, proposed, pane_token,
                                                                                       client, auth):
    given_to = [{"displayName": "Recruiting", "emailAddress": "recruiting@acmerobotics.com"}]
    pane = pane_for(mode="compose", bodyType="text", subject="Following up", to=given_to,
                    dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    pane.add_details()
    pane.note("To Omar").locator("button[id$=-insert]").click()
    page.wait_for_function(SAID, arg="Note inserted")
    omar = api_note(client, auth, "Omar")
    assert pane.calls("body.setAsync")[0]["args"] == [omar["body_text"], {"coercionType": "text"}]
    assert pane.calls("subject.setAsync") == [] and pane.calls("to.setAsync") == []
    assert page.evaluate("() => window.__officeState.to") == given_to


def test_text_already_in_the_message_is_replaced_only_when_the_user_agrees(pane_for, proposed, pane_token):
    pane = pane_for(mode="compose", body="<div>Hi Dana, <b>quick question</b></div>",
                    dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    pane.add_details()
    pane.note("To Dana").locator("button[id$=-insert]").click()
    page.wait_for_function(SAID, arg="already has text")
    assert pane.calls("body.setAsync") == []
    button = pane.note("To Dana").locator("button[id$=-insert]")
    assert button.inner_text() == "Replace message text"
    assert page.evaluate("() => document.activeElement.id").endswith("-insert")  # focus survives the refresh
    page.keyboard.press("Enter")
    page.wait_for_function(SAID, arg="Note inserted")
    assert len(pane.calls("body.setAsync")) == 1


def test_read_mode_opens_a_new_message_with_the_note(pane_for, proposed, pane_token, client, auth):
    pane = pane_for(mode="read", **{"from": {"displayName": "Jobs Digest", "emailAddress": "digest@jobs.example"}},
                    dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    pane.add_details()
    button = pane.note("To Dana").locator("button[id$=-insert]")
    assert button.inner_text() == "New message with this note"
    button.click()
    page.wait_for_function("() => window.__officeCalls.some((c) => c.name === 'displayNewMessageForm')")
    dana = api_note(client, auth, "Dana")
    [form] = pane.calls("displayNewMessageForm")[0]["args"]
    assert form == {"toRecipients": [{"displayName": dana["to"]["name"], "emailAddress": dana["to"]["email"]}],
                    "subject": dana["subject"], "htmlBody": dana["body_html"]}
    assert pane.calls("displayReplyForm") == []


def test_read_mode_replies_when_the_message_is_from_the_interviewer(pane_for, proposed, pane_token, client, auth):
    sender = {"displayName": "Dana Whitfield", "emailAddress": "Dana.Whitfield@AcmeRobotics.com"}
    pane = pane_for(mode="read", dialogMessage=json.dumps({"afterviewToken": pane_token}), **{"from": sender})
    page = pane.open()
    pane.connect()
    assert "from Dana Whitfield" in page.inner_text("#context")
    assert page.locator("article.interview").first.get_attribute("class").endswith("sender")
    pane.add_details()
    button = pane.note("To Dana").locator("button[id$=-insert]")
    assert button.inner_text() == "Reply with this note"
    button.click()
    page.wait_for_function("() => window.__officeCalls.some((c) => c.name === 'displayReplyForm')")
    assert pane.calls("displayReplyForm")[0]["args"] == [{"htmlBody": api_note(client, auth, "Dana")["body_html"]}]
    assert pane.calls("displayNewMessageForm") == []


def test_findings_show_their_hints_and_a_blocking_one_stops_insertion(pane_for, proposed, pane_token):
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    note = pane.note("To Dana")
    blocking = note.locator("li.finding.block")
    assert blocking.count() >= 1
    assert blocking.first.inner_text().startswith("Fix: ")
    # plain words on the pane; the rule code is only in the JSON and on the element for tools
    assert blocking.first.get_attribute("data-rule") == "P2"
    assert not re.search(r"\b[TCWPFM]\d\b", note.locator("ul.findings").inner_text())
    button = note.locator("button[id$=-insert]")
    assert button.get_attribute("aria-disabled") == "true"
    button.focus()  # aria-disabled, not disabled: it stays focusable and says why when pressed
    page.keyboard.press("Enter")
    page.wait_for_function(SAID, arg="Fix the items")
    assert pane.calls("body.setAsync") == []


def test_mark_sent_and_dismiss(pane_for, proposed, pane_token, client, auth):
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    pane.note("To Dana").locator("button[id$=-sent]").click()
    page.wait_for_selector("article.note.sent")
    pane.note("To Omar").locator("button[id$=-dismiss]").click()
    page.wait_for_selector("article.note.dismissed")
    assert api_note(client, auth, "Dana")["status"] == "sent"
    assert api_note(client, auth, "Omar")["status"] == "dismissed"
    shown = [b.inner_text() for b in pane.note("To Dana").locator("button").all() if b.is_visible()]
    assert shown == ["Reopen"]  # Undo went with its message, when Omar's note was dismissed


def test_a_hostile_event_title_renders_as_text(pane_for, client, auth, runtime, clock, tmp_path, pane_token):
    propose(client, auth, runtime, clock, tmp_path, summary=HOSTILE)
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    heading = page.locator("article.interview h3").first
    assert "<img src=x onerror=window.__pwned=1>" in heading.inner_text()
    assert "<script>" in heading.inner_text()
    assert page.locator("#interviews img, #interviews script").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_without_a_valid_token_the_api_refuses_and_the_pane_shows_the_connect_state(pane_for, proposed):
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": "av1.forged.token.value"}))
    page = pane.open()
    page.wait_for_selector("#connect:not([hidden])")
    assert page.is_hidden("#notes") and page.is_hidden("#sign-in")  # no nested auth in this host
    refused = page.evaluate("""async () => {
        const bare = await fetch('/api/interviews');
        const forged = await fetch('/api/interviews', { headers: { Authorization: 'Bearer av1.forged.token.value' } });
        return [bare.status, forged.status, document.cookie];
    }""")
    assert refused == [401, 401, ""]
    page.click("#connect-dialog")
    page.wait_for_function("() => document.querySelector('#connect-reason').textContent.includes('sign in again')")
    assert page.is_hidden("#notes")
    assert pane.calls("dialog.close")


def test_signing_out_ends_the_panes_token_on_the_server(pane_for, proposed, pane_token):
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    pane.connect()
    page.click("#sign-out")
    page.wait_for_selector("#connect:not([hidden])")
    assert "signed out" in page.inner_text("#connect-reason") and page.is_hidden("#notes")
    after = page.evaluate("""async (token) => [
        (await fetch('/api/interviews', { headers: { Authorization: `Bearer ${token}` } })).status,
        sessionStorage.getItem('afterview.paneToken')]""", pane_token)
    assert after == [401, None]  # a copy of the token kept anywhere is refused too
    assert [e for e in pane.errors if "status of 401" not in e] == []  # only the refusal just asked for


def test_a_closed_connect_dialog_says_so(pane_for, proposed):
    pane = pane_for(mode="compose")
    page = pane.open()
    page.click("#connect-dialog")
    page.wait_for_function("() => document.querySelector('#connect-error').textContent.includes('closed')")
    assert page.get_attribute("#connect-error", "role") == "alert"


def test_nested_app_authentication_brings_an_entra_token_the_api_accepts(pane_for, jwks, client, runtime, clock,
                                                                           tmp_path):
    token = jwks.token()
    propose_for_entra_user(client, token, runtime, clock, tmp_path)
    pane = pane_for(mode="compose", sets={"Mailbox": "1.8", "NestedAppAuth": "1.1"}, entraToken=token)
    page = pane.open()
    page.wait_for_selector("#notes:not([hidden]) article.note")
    msal = page.evaluate("() => window.__msal")
    assert msal["config"]["auth"] == {"clientId": AUDIENCE, "authority": "https://login.microsoftonline.com/common"}
    assert msal["requests"][0] == {"scopes": [f"api://{AUDIENCE}/access_as_user"]}
    assert pane.calls("displayDialogAsync") == []
    assert "Acme Robotics" in page.inner_text("#interviews")
    assert pane.errors == []


def test_the_narrow_pane_is_readable_labelled_and_keyboard_usable(pane_for, proposed, pane_token):
    pane = pane_for(mode="compose", dialogMessage=json.dumps({"afterviewToken": pane_token}))
    page = pane.open()
    page.focus("#connect-dialog")
    page.keyboard.press("Enter")
    page.wait_for_selector("#notes:not([hidden]) article.note")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('input, textarea')]
        .filter((e) => !e.labels || !e.labels.length).map((e) => e.id)""")
    assert unlabelled == []
    assert page.get_attribute("#status", "aria-live") == "polite"
    order = []
    page.focus("textarea[id^=details-]")
    for _ in range(6):
        order.append(page.evaluate("() => document.activeElement.id"))
        page.keyboard.press("Tab")
    note_id = pane.note("To ").get_attribute("data-note-id")
    assert order == [order[0], order[0].replace("details", "regenerate"), f"note-{note_id}-subject",
                     f"note-{note_id}-body", f"note-{note_id}-insert", f"note-{note_id}-save"]


def test_a_screenshot_of_the_pane_with_the_demo_week(pane_for, app, clock, tmp_path):
    """Written to docs/screenshots/outlook-pane.png when AFTERVIEW_WRITE_SCREENSHOTS is set."""
    load_demo_week(app, clock)
    with app.app_context(), app.extensions["afterview.runtime"].session() as session:
        token = pane_tokens.issue(service.ensure_user(session, app.config["ME"]).id)
    sender = {"displayName": "Marcus Lee", "emailAddress": "marcus.lee@harborfinch.com"}
    pane = pane_for(mode="read", dialogMessage=json.dumps({"afterviewToken": token}), **{"from": sender})
    page = pane.open()
    pane.connect()
    page.wait_for_selector("article.note")
    assert page.locator("article.interview").first.get_attribute("class").endswith("sender")
    screenshot(page, "outlook-pane.png", {"width": 320, "height": 1250}, tmp_path)
    assert pane.errors == []
