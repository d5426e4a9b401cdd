"""Browser fixtures: the app served on a loopback port, and headless Chromium via Playwright; the
demo week loaded for a screenshot, and the screenshot written."""
from __future__ import annotations

import os
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from waitress import create_server

from addon.demo import load_demo
from scheduler.ticks import run_round
from tests.calendars import calendar, interview

CHROMIUM = os.environ.get("AFTERVIEW_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class LiveServer:
    """A WSGI app served by waitress in a background thread."""

    def __init__(self, app):
        self.server = create_server(app, host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.closing = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            self.server.run()
        except (OSError, ValueError):
            # close() shuts the sockets from this test's thread while the loop may be in select(): a closed
            # descriptor there is the shutdown we asked for, anything before it is a real failure
            if not self.closing:
                raise

    def close(self) -> None:
        self.closing = True
        self.server.close()
        self.thread.join(timeout=5)


@pytest.fixture
def live_server(app):
    server = LiveServer(app)
    yield server
    server.close()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: CI must install Debian's chromium")
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt install chromium, or set AFTERVIEW_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.js_errors = errors
    yield page
    context.close()


START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


def propose_interview_titled(title: str, client, auth, runtime, clock, folder) -> None:
    """The local user connects a calendar with one ended interview called ``title``; its notes
    are proposed."""
    path = folder / "cal.ics"
    path.write_bytes(calendar(interview("iv-1", START, END, summary=title)))
    assert client.post("/api/connect/ics", json={"source": str(path)}, headers=auth).status_code == 201
    clock.now = END + timedelta(minutes=10)
    run_round(runtime, clock())


SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def load_demo_week(app, clock) -> None:
    """The demo's week of interviews in ``app``, synced and proposed as of ``clock()``."""
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    with app.app_context():
        load_demo(app, clock())
    run_round(app.extensions["afterview.runtime"], clock())


def screenshot(page, name: str, size: dict, folder: Path) -> None:
    """``page`` at ``size`` as a PNG named ``name``: in docs/screenshots when AFTERVIEW_WRITE_SCREENSHOTS
    is set, else in ``folder``."""
    target = SCREENSHOTS / name if os.environ.get("AFTERVIEW_WRITE_SCREENSHOTS") else folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(size)
    page.screenshot(path=str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
