"""Sync at scale: one round of incremental syncs for many accounts beside the ideal, and requests
per account and day with push against polling alone — Google, and Microsoft when present.

    python bench/sync.py [--accounts 10000] [--latency 0.05] [--concurrency 16] [--database-url URL]

Each provider module exposes ``run(accounts, latency, concurrency) -> dict`` with the keys of
``ROWS`` below (``provider``, ``accounts``, ``latency_s``, ``concurrency``, ``round_seconds``,
``ideal_seconds``, ``requests_per_sync``, ``requests_per_account_day_poll``,
``requests_per_account_day_push``, ``assumed_changes_per_day``; any missing one prints "-"):
``bench/sync_google.py``, and ``bench/sync_microsoft.py`` when it exists. The ideal
is ``accounts × latency ÷ concurrency``: every request waited for, none of Afterview's own work.
PostgreSQL is used when ``--database-url`` or ``AFTERVIEW_TEST_DATABASE_URL`` names one; SQLite
(a temporary file) otherwise.
"""
from __future__ import annotations

import argparse
import importlib
import inspect
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sync_google  # noqa: E402

ROWS = [
    ("database", "database"),
    ("accounts", "accounts"),
    ("latency_s", "latency (s)"),
    ("concurrency", "concurrency"),
    ("full_round_seconds", "first round, full syncs (s)"),
    ("round_seconds", "incremental round (s)"),
    ("ideal_seconds", "ideal: accounts×latency÷concurrency (s)"),
    ("ratio", "incremental round ÷ ideal"),
    ("requests_per_sync", "requests per incremental sync"),
    ("requests_per_account_day_poll", "requests/account/day, polling alone"),
    ("requests_per_account_day_push", "requests/account/day, with push"),
    ("assumed_changes_per_day", "calendar changes/account/day"),
]


def microsoft():
    """``bench/sync_microsoft.py``'s module when it exists, else ``None``."""
    if not (HERE / "sync_microsoft.py").exists():
        return None
    return importlib.import_module("sync_microsoft")  # by name: its worker processes import it again


def measure(name: str, run, accounts: int, latency: float, concurrency: int, **kwargs) -> dict:
    """One provider's figures, with the ratio to the ideal; a failure is reported, not raised."""
    try:
        figures = dict(run(accounts, latency, concurrency, **kwargs))
    except Exception as exc:  # one provider failing must not hide the other's figures
        return {"provider": name, "error": f"{exc.__class__.__name__}: {str(exc)[:200]}"}
    if figures.get("round_seconds") and figures.get("ideal_seconds"):
        figures["ratio"] = round(figures["round_seconds"] / figures["ideal_seconds"], 2)
    return figures


def table(results: list[dict]) -> str:
    """The figures side by side, one column per provider."""
    width = max(len(label) for _key, label in ROWS) + 2
    lines = [f"{'':{width}}" + "".join(f"{r.get('provider', '?'):>14}" for r in results)]
    for key, label in ROWS:
        lines.append(f"{label:{width}}" + "".join(f"{_cell(r.get(key, '-')):>14}" for r in results))
    for result in results:
        if "error" in result:
            lines.append(f"{result['provider']} failed: {result['error']}")
    return "\n".join(lines)


def _cell(value) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--database-url", default=os.environ.get("AFTERVIEW_TEST_DATABASE_URL"))
    args = parser.parse_args()
    concurrency = args.concurrency
    results = [measure("google", sync_google.run, args.accounts, args.latency, concurrency,
                       database=args.database_url)]
    module = microsoft()
    if module is not None:
        results.append(measure_microsoft(module, args.accounts, args.latency, concurrency, args.database_url))
    print(table(results))


def measure_microsoft(module, accounts: int, latency: float, concurrency: int, database_url: str | None) -> dict:
    """Microsoft's figures on the same kind of database (its own PostgreSQL schema when one is used)."""
    if not database_url or "database" not in inspect.signature(module.run).parameters:
        return measure("microsoft", module.run, accounts, latency, concurrency)
    with tempfile.TemporaryDirectory() as folder:
        url, drop = sync_google.fresh_database(database_url, folder)
        try:
            return measure("microsoft", module.run, accounts, latency, concurrency, database=url)
        finally:
            drop()


if __name__ == "__main__":
    main()
