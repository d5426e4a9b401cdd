"""axe-core in the browser tests: the engine (axe.min.js, bundled by the pinned test dependency
axe-playwright-python) is injected into the page and run there; a test asserts on its results."""
from __future__ import annotations

from axe_playwright_python.base import AXE_SCRIPT

BLOCKING = ("serious", "critical")


def violations(page, context: str | None = None) -> list[dict]:
    """axe's violations on the page as it is now (or inside the ``context`` selector)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)
    return page.evaluate("(context) => axe.run(context || document, { resultTypes: ['violations'] })"
                         ".then((results) => results.violations)", context)


def serious(page, context: str | None = None) -> list[str]:
    """The serious and critical violations, one readable line each (empty when there are none)."""
    return [f"{v['impact']} {v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
            for v in violations(page, context) if v["impact"] in BLOCKING]
