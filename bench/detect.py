"""Detection throughput against parsing, measured in the same run.

    python bench/detect.py [--events 100000] [--corpus DIR]

The dev corpus is replicated into ``--events`` events, each copy with other companies, domains,
people, requisition ids and dates, written out as iCalendar documents. The same events are then
(1) parsed and normalised with ``providers.ics.read_events`` and (2) classified with
``providers.detect.detect``. Prints events per second for both, by the clock and by the processor time
the process got (the one-core figure when other work shares the machine), and their ratio. Targets:
detection at least 20,000 events per second on one core, and costing at most half as much again as parsing.
"""
from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from providers.detect import detect  # noqa: E402
from providers.ics import read_events  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
CHUNK = 10_000  # events per generated document (read_events caps one document at 50,000)
_SYLLABLES = "bel cor dan el fen gar hal ix jor kal lum mar nor ost pel quin ros sal tor ul ven wex zan".split()
_NOUNS = "Systems Labs Foods Airlines Bank Health Media Works Partners Analytics Robotics Logistics".split()
_FIRST = "Ana Ben Chloe Dev Emil Farah Goran Hana Ivan Jun Kofi Lena Mateo Noor Oren Pia Rui Sana".split()
_LAST = "Abe Brandt Costa Dube Eriksen Fujita Gallo Haddad Ilves Jensen Kowalski Lund Moreau Novak Osei".split()


def company_names(text: str) -> dict[str, str]:
    """Domain words of the corpus (e.g. "northwindtraders") mapped to the companies written in it."""
    found: dict[str, str] = {}
    for domain in set(re.findall(r"@([a-z0-9-]+)\.", text)):
        letters = domain.replace("-", "")
        pattern = r"\b" + r"[\s'’-]*".join(re.escape(ch) for ch in letters) + r"\b"
        match = re.search(pattern, text, re.IGNORECASE)
        if match and " " in match.group():
            found[domain] = match.group()
    return found


def variant(events: str, copy: int, rng: random.Random, companies: dict[str, str]) -> str:
    """One copy of the corpus events with new companies, domains, people, ids and dates."""
    out = events
    for domain, name in companies.items():
        new_name = rng.choice(_SYLLABLES).capitalize() + rng.choice(_SYLLABLES) + " " + rng.choice(_NOUNS)
        out = out.replace(name, new_name).replace(domain, re.sub(r"\W", "", new_name.lower()))
    for first in ("Priya", "Jordan", "Ravi", "Elena", "Grace", "Hannah", "Dana", "Sofia", "Ben", "Chris"):
        out = out.replace(first, rng.choice(_FIRST)).replace(first.lower(), rng.choice(_FIRST).lower())
    out = re.sub(r"JR\d+", f"JR{100000 + copy}", out)
    out = re.sub(r"UID:(\S+)", lambda m: f"UID:{m.group(1)}-{copy}", out)
    shift = copy % 300
    return re.sub(r"(DTSTART|DTEND)([^:\n]*):2026(\d{2})(\d{2})",
                  lambda m: f"{m.group(1)}{m.group(2)}:{2026 + shift // 28:04d}{1 + shift % 12:02d}"
                            f"{1 + shift % 28:02d}", out)


def documents(corpus: Path, total: int) -> list[bytes]:
    """iCalendar documents holding ``total`` varied copies of the corpus events."""
    text = (corpus / "calendar.ics").read_text(encoding="utf-8")
    text = re.sub(r"\r?\n[ \t]", "", text)  # unfold, so names and domains are whole
    head, _, rest = text.partition("BEGIN:VEVENT")
    events = "BEGIN:VEVENT" + rest.rpartition("END:VCALENDAR")[0]
    per_copy = events.count("BEGIN:VEVENT")
    rng, companies = random.Random(7), company_names(events)
    copies = [variant(events, copy, rng, companies) for copy in range(-(-total // per_copy))]
    blocks = re.findall(r"BEGIN:VEVENT.*?END:VEVENT\n?", "".join(copies), re.DOTALL)[:total]
    return [(head + "".join(blocks[i:i + CHUNK]) + "END:VCALENDAR\n").encode() for i in range(0, total, CHUNK)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    me = (args.corpus / "me.txt").read_text(encoding="utf-8").split()
    docs = documents(args.corpus, args.events)

    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    events = [event for doc in docs for event in read_events(doc)[0]]
    parse_seconds, parse_cpu = time.perf_counter() - started, time.process_time() - cpu

    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    interviews = sum(detect(event, me).interview for event in events)
    detect_seconds, detect_cpu = time.perf_counter() - started, time.process_time() - cpu

    count = len(events)
    distinct = len({(e.title, e.organizer.email if e.organizer else "") for e in events})
    print(f"events: {count} ({distinct} distinct title/organizer pairs), interviews found: {interviews}")
    print(f"parse + normalise (providers.ics.read_events): {count / parse_seconds:>10,.0f} events/s"
          f"  ({parse_seconds:.2f} s)")
    print(f"detection (providers.detect.detect):            {count / detect_seconds:>10,.0f} events/s"
          f"  ({detect_seconds:.2f} s)")
    # on a machine other work shares, the processor time this process got is the one-core figure
    print(f"on this process's processor time: parse {count / parse_cpu:,.0f} events/s, "
          f"detection {count / detect_cpu:,.0f} events/s")
    ratio = detect_cpu / parse_cpu
    fast = count / detect_cpu >= 20_000
    print(f"detection time / parse time: {ratio:.3f} (target <= 1.5); "
          f"detection rate target >= 20,000 events/s: {'met' if fast else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
