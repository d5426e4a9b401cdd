"""Notes composed and checked per second, against a bare template in the same run.

    python bench/compose.py [--copies 200] [--corpus DIR]

The interviews of the dev corpus (calendar plus labels) are replicated ``--copies`` times, each
copy with another title, start time, company and memorable details, so that no cache sees the
same interview twice. For every copy the notes are (1) composed with ``notes.writing.compose`` and (2)
checked with ``notes.etiquette.check_notes``, on one core. The baseline fills one fixed template
and escapes it to HTML: what the simplest possible note costs. Prints notes per second for
compose, check, both, and the baseline. Target: at least 2,000 notes composed and checked per
second on one core. Rates are per CPU second of this process (one core), so other work on the
machine does not skew them; the wall-clock rate is printed too.
"""
from __future__ import annotations

import argparse
import gc
import html
import json
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from notes.etiquette import check_notes  # noqa: E402
from notes.values import Candidate, InterviewFacts  # noqa: E402
from notes.writing.compose import compose_notes, note_text  # noqa: E402
from providers.base import Person  # noqa: E402
from providers.ics import events_in  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
TARGET = 2000
ME = Candidate("Alex Rivera", "alex.rivera.jobs@gmail.com", phone="+1 206 555 0142",
               signature="linkedin.com/in/alexrivera")
_TOPICS = ("the churn dashboard", "the billing migration", "the ledger design", "the pricing experiment",
           "the CSV parser", "the month-end close", "the spring campaign", "the boarding pass redesign",
           "the market-sizing case", "the on-call rotation", "the cohort analysis", "the error budgets")
_COMPANIES = ("Belcor Systems", "Danfen Labs", "Garhal Foods", "Ixjor Airlines", "Kallum Bank", "Marnor Health")


def interviews(corpus: Path) -> list[InterviewFacts]:
    """The labelled interviews of the corpus as the composer sees them."""
    events = {e.event_id: e for e in events_in(str(corpus / "calendar.ics"))}
    found = []
    for line in (corpus / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        if not label["interview"]:
            continue
        event = events[label["uid"]]
        known = {p.email: p for p in (*event.attendees, *([event.organizer] if event.organizer else []))}
        found.append(InterviewFacts(
            title=event.title, company=label["company"], role=label["role"], stage=label["stage"],
            kind=label["kind"], start=event.start, end=event.end,
            people=tuple(known.get(e, Person(email=e)) for e in label["interviewers"]),
            organizer=event.organizer, description=event.description, location=event.location,
            time_zone=event.time_zone,
        ))
    return found


def workload(base: list[InterviewFacts], copies: int) -> list[tuple[InterviewFacts, str]]:
    """``copies`` variants of every interview, each with its own details."""
    work = []
    for copy in range(copies):
        for index, facts in enumerate(base):
            company = facts.company if copy % 3 == 0 else _COMPANIES[(copy + index) % len(_COMPANIES)]
            variant = replace(facts, title=f"{facts.title} #{copy}", company=company,
                              start=facts.start + timedelta(days=copy), end=facts.end + timedelta(days=copy))
            details = "\n".join(
                f"{p.name.split()[0] if p.name else p.email}: {_TOPICS[(copy + i + index) % len(_TOPICS)]} ({copy})"
                for i, p in enumerate(facts.people)
            )
            work.append((replace(variant, details=details), details))
    return work


def run(work: list[tuple[InterviewFacts, str]], clock=time.process_time) -> dict[str, float]:
    """Seconds spent composing and checking (CPU time of this process: one core), and the notes."""
    gc.collect()
    composed, notes = [], 0
    wall, start = time.perf_counter(), clock()
    for facts, details in work:
        composed.append((facts, compose_notes(facts, ME, details)))
    compose_s, start = clock() - start, clock()
    for facts, drafts in composed:
        check_notes([note_text(d) for d in drafts], facts, ME, facts.end + timedelta(minutes=10))
        notes += len(drafts)
    check_s = clock() - start
    return {"notes": notes, "compose": compose_s, "check": check_s, "wall": time.perf_counter() - wall}


def baseline(work: list[tuple[InterviewFacts, str]]) -> tuple[int, float]:
    """Notes per second when a note is one fixed template, filled and escaped."""
    template = "Dear {name},\n\nThank you for the {role} interview at {company}.\n\nBest regards,\n{me}"
    count, start = 0, time.process_time()
    for facts, _ in work:
        for person in facts.people:
            text = template.format(name=person.name, role=facts.role, company=facts.company, me=ME.name)
            html.escape(text)
            count += 1
    return count, time.process_time() - start


def main() -> None:
    """Build the workload, warm up, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    work = workload(interviews(args.corpus), args.copies)
    run(work[: len(work) // 10])  # warm up: imports, compiled patterns
    result = run(work)
    both = result["compose"] + result["check"]
    count, base_s = baseline(work)
    rate = result["notes"] / both
    print(f"interviews: {len(work)}   notes: {result['notes']}")
    print(f"compose:             {result['notes'] / result['compose']:>10,.0f} notes/s")
    print(f"check:               {result['notes'] / result['check']:>10,.0f} notes/s")
    print(f"compose and check:   {rate:>10,.0f} notes/s   ({1e6 / rate:.0f} µs per note, CPU time)")
    wall_rate = result["notes"] / result["wall"]
    print(f"  by the wall clock: {wall_rate:>10,.0f} notes/s   (lower when other work shares the core)")
    print(f"baseline (template): {count / base_s:>10,.0f} notes/s   (composer costs {count / base_s / rate:.0f}x)")
    print(f"target {TARGET:,} notes/s on one core: {'met' if rate >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
