"""Retake the README's screenshots (docs/screenshots/*.png) from the demo week, in headless Chromium.

    .venv/bin/python docs/screenshots/take.py

It runs the browser tests that draw them (the local page, the Gmail sidebar preview, the Outlook
task pane) with AFTERVIEW_WRITE_SCREENSHOTS set, so each picture is of a page those tests check.
Needs the test dependencies (``pip install -e ".[test]"``) and Chromium (AFTERVIEW_CHROMIUM, or
/usr/bin/chromium).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOTS = [
    "tests/browser/test_local_page.py::test_a_screenshot_of_the_local_page_with_the_demo_week",
    "tests/browser/test_card_preview.py::test_a_screenshot_of_the_gmail_sidebar_with_the_demo_week",
    "tests/browser/test_outlook_pane.py::test_a_screenshot_of_the_pane_with_the_demo_week",
]


def main() -> int:
    env = {**os.environ, "AFTERVIEW_WRITE_SCREENSHOTS": "1"}
    done = subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SHOTS], cwd=ROOT, env=env)
    if done == 0:
        for path in sorted((ROOT / "docs" / "screenshots").glob("*.png")):
            print(f"wrote {path.relative_to(ROOT)}")
    return done


if __name__ == "__main__":
    sys.exit(main())
