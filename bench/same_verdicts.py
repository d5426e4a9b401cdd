"""Check that two checkouts of detection say exactly the same about every event.

    python bench/same_verdicts.py --against ../main [--events 20000]

Runs ``providers.detect`` of this checkout and of the one ``--against`` names on the same events:
every calendar under ``tests/data`` (labelled or not), the shared dev corpus, and ``--events``
events generated the way ``bench/detect.py`` generates them. For each event it compares the whole
verdict: the ``afterview scan --json`` line (reasons included), the mode, the confidence unrounded,
the people as found, and the evidence ``bench/fit_detection.py`` fits on. Prints every difference
and how many events were compared; exits 1 when any differ.

Use it for changes meant to make detection faster without changing what it finds.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(os.environ.get("AFTERVIEW_SHARED_DIR") or ROOT.parent / "shared") / "corpus" / "dev"


def calendars() -> list[tuple[str, Path, list[str]]]:
    """(name, calendar file, the owner's addresses) for every calendar with an owner."""
    found = []
    folders = ([DEV] if (DEV / "calendar.ics").is_file() else []) + sorted(
        p.parent for p in (ROOT / "tests" / "data").rglob("calendar.ics"))
    for folder in folders:
        me = folder / "me.txt"
        if me.is_file():
            found.append((str(folder.relative_to(folder.parents[1])), folder / "calendar.ics",
                          me.read_text(encoding="utf-8").split()))
    return found


def dump(tree: Path, generated: Path, out: Path) -> None:
    """Write one line per event, as detection in ``tree`` judges it, to ``out``."""
    sys.path.insert(0, str(tree))
    from providers.detect import detect, evidence_of
    from providers.ics import events_in, read_events

    def line(source: str, event, me) -> str:
        verdict = detect(event, me)
        whole = verdict.as_json(event.event_id)
        whole.update(source=source, mode=verdict.mode, exact_confidence=verdict.confidence,
                     people=[[p.email, p.name, p.response] for p in verdict.people])
        evidence = evidence_of(event, me)
        whole["evidence"] = [evidence.ruled_out, sorted(evidence.found.items())]
        return json.dumps(whole, ensure_ascii=False, sort_keys=True)

    with out.open("w", encoding="utf-8") as lines:
        for name, calendar, me in calendars():
            for event in events_in(str(calendar)):
                print(line(name, event, me), file=lines)
        me = json.loads((generated / "me.json").read_text())
        for document in sorted(generated.glob("*.ics")):
            for event in read_events(document.read_bytes())[0]:
                print(line("generated", event, me), file=lines)


def generate(folder: Path, count: int) -> None:
    """Write ``count`` events made the way ``bench/detect.py`` makes them into ``folder``."""
    sys.path.insert(0, str(ROOT / "bench"))
    import detect as bench_detect

    for index, document in enumerate(bench_detect.documents(DEV, count)):
        (folder / f"{index:03}.ics").write_bytes(document)
    (folder / "me.json").write_text(json.dumps((DEV / "me.txt").read_text(encoding="utf-8").split()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="the other checkout (its root folder)")
    parser.add_argument("--events", type=int, default=20_000, help="generated events (default 20,000)")
    parser.add_argument("--dump", nargs=3, metavar=("TREE", "GENERATED", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump:
        dump(*map(Path, args.dump))
        return 0
    if args.against is None:
        parser.error("--against is required")
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        generate(folder, args.events)
        outputs = []
        for tree in (ROOT, args.against.resolve()):
            out = folder / f"{len(outputs)}.jsonl"
            subprocess.run([sys.executable, __file__, "--dump", str(tree), str(folder), str(out)], check=True)
            outputs.append(out.read_text(encoding="utf-8").splitlines())
    ours, theirs = outputs
    differences = [(a, b) for a, b in zip(ours, theirs, strict=False) if a != b]  # counts compared below
    for a, b in differences[:50]:
        print(f"this checkout: {a}\n{args.against}: {b}\n")
    if len(ours) != len(theirs):
        print(f"not the same events: {len(ours)} here, {len(theirs)} there")
    generated = sum('"source": "generated"' in a for a in ours)
    print(f"{len(ours)} events compared ({generated} generated): {len(differences)} differ")
    return 1 if differences or len(ours) != len(theirs) else 0


if __name__ == "__main__":
    raise SystemExit(main())
