"""`afterview scan` of one-event calendars whose event repeats every minute or every second, beside
the same event without a rule: wall time and the peak memory of the scanning process.

    python bench/recurrence.py [--timeout 300]

Each scan runs in its own process (peak memory is that process's own); one that runs past
``--timeout`` seconds is stopped and reported as such.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = {"no rule (baseline)": None, "FREQ=MINUTELY": "FREQ=MINUTELY", "FREQ=SECONDLY": "FREQ=SECONDLY"}


def calendar(rule: str | None) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Afterview bench//EN", "BEGIN:VEVENT",
             "UID:flood@bench.example", "DTSTAMP:20260101T000000Z", "DTSTART:20260105T090000Z",
             "DTEND:20260105T100000Z", "SUMMARY:Interview: Data Analyst - Acme"]
    lines += [f"RRULE:{rule}"] if rule else []
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()


SCAN = """
import resource, sys
from addon.cli import main
try:
    main(["scan", sys.argv[1], "--me", "me@bench.example", "--json"], standalone_mode=False)
finally:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def scan(path: Path, timeout: float) -> tuple[str, float, str]:
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", SCAN, str(path)], cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"stopped after {timeout:.0f} s", time.perf_counter() - started, "-"
    seconds = time.perf_counter() - started
    peak = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    events = len(done.stdout.splitlines())
    return f"{events} events", seconds, f"{int(peak) / 1024:.0f} MB" if peak.isdigit() else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    print(f"{'calendar':<20} {'result':<22} {'seconds':>8} {'peak memory':>12}")
    with tempfile.TemporaryDirectory() as folder:
        for label, rule in RULES.items():
            path = Path(folder) / "one-event.ics"
            path.write_bytes(calendar(rule))
            result, seconds, peak = scan(path, args.timeout)
            print(f"{label:<20} {result:<22} {seconds:>8.2f} {peak:>12}")


if __name__ == "__main__":
    main()
