"""Score interview detection on a labelled corpus, by the rule in shared/corpus/README.md.

    python bench/corpus.py [CORPUS_DIR ...] [--in-process]

A corpus directory holds ``calendar.ics``, ``labels.jsonl`` (one label per UID) and ``me.txt``
(the owner's address). The scan lines come from ``afterview scan calendar.ics --me ADDRESS --json``
when the ``afterview`` console script is installed, else they are computed in-process with
``providers.ics`` and ``providers.detect.detect_calendar`` (the same lines). Prints precision, recall and F1 of
``interview``; company, interviewer and role accuracy over true positives; and every miss.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
TARGETS = {"f1": 0.97, "company": 0.95, "interviewers": 0.95, "role": 0.90}
LEGAL_SUFFIXES = frozenset({"inc", "llc", "ltd", "gmbh", "sa", "corp"})


def normalise_company(name: str | None) -> str:
    """Company as compared: lower-case, punctuation dropped, legal suffixes (Inc, LLC...) dropped."""
    words = re.sub(r"[^\w\s]", "", (name or "").lower()).split()
    return " ".join(w for w in words if w not in LEGAL_SUFFIXES)


def role_matches(label: str, extracted: str | None) -> bool:
    """True when every word of the labelled role is in the extracted role, ignoring case."""
    wanted = re.findall(r"\w+", label.casefold())
    have = set(re.findall(r"\w+", (extracted or "").casefold()))
    return bool(extracted) and all(word in have for word in wanted)


def scan_lines(corpus: Path, me: str, in_process: bool) -> tuple[list[dict], str]:
    """The ``afterview scan --json`` lines for the corpus calendar, and how they were made."""
    calendar = corpus / "calendar.ics"
    script = shutil.which("afterview")
    if script and not in_process:
        done = subprocess.run([script, "scan", str(calendar), "--me", me, "--json"],
                              capture_output=True, text=True, timeout=600)
        if done.returncode == 0:
            return [json.loads(line) for line in done.stdout.splitlines() if line.strip()], "afterview scan"
        print(f"afterview scan failed ({done.returncode}): {done.stderr.strip()[:300]}; scoring in-process",
              file=sys.stderr)
    sys.path.insert(0, str(ROOT))
    from providers.ics import events_in

    return calendar_lines(list(events_in(str(calendar))), me.split(",")), "in-process"


def calendar_lines(events: list, me: list[str], weights=None) -> list[dict]:
    """The ``afterview scan --json`` lines of a calendar's ``events``, computed in-process the way the
    command computes them (``providers.detect.detect_calendar``); ``weights`` replaces the fitted ones."""
    sys.path.insert(0, str(ROOT))
    from providers.detect import detect_calendar

    return [verdict.as_json(event.event_id) for event, verdict in zip(events, detect_calendar(events, me, weights),
                                                                       strict=True)]


@dataclass
class Score:
    """Counts for one corpus, and the misses to list."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    company: list[bool] = field(default_factory=list)
    interviewers: list[bool] = field(default_factory=list)
    role: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def ratio(self, name: str) -> float:
        values = getattr(self, name)
        return sum(values) / len(values) if values else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(labels: dict[str, dict], lines: list[dict]) -> Score:
    """Compare scan lines with labels (a UID the scan does not report counts as "not an interview")."""
    found = {}
    for line in lines:
        found.setdefault(line["uid"], line)
        found.setdefault(line["uid"].split("/")[0], line)
    result = Score()
    for uid, label in labels.items():
        line = found.get(uid, {"interview": False, "reasons": ["not in the scan output"]})
        _score_one(result, uid, label, line)
    return result


def _score_one(result: Score, uid: str, label: dict, line: dict) -> None:
    if label["interview"] and not line["interview"]:
        result.fn += 1
        result.misses.append(f"MISSED     {uid}: {'; '.join(line.get('reasons', [])[:3])}")
    elif line["interview"] and not label["interview"]:
        result.fp += 1
        result.misses.append(f"FALSE POS  {uid}: {'; '.join(line.get('reasons', [])[:4])}")
    if not (label["interview"] and line["interview"]):
        return
    result.tp += 1
    ok = normalise_company(label.get("company")) == normalise_company(line.get("company"))
    result.company.append(ok)
    if not ok:
        result.misses.append(f"COMPANY    {uid}: want {label.get('company')!r}, got {line.get('company')!r}")
    want = {a.lower() for a in label.get("interviewers", [])}
    got = {p["email"].lower() for p in line.get("interviewers", [])}
    result.interviewers.append(want == got)
    if want != got:
        result.misses.append(f"PEOPLE     {uid}: want {sorted(want)}, got {sorted(got)}")
    if label.get("role"):
        ok = role_matches(label["role"], line.get("role"))
        result.role.append(ok)
        if not ok:
            result.misses.append(f"ROLE       {uid}: want {label['role']!r}, got {line.get('role')!r}")


def report(corpus: Path, in_process: bool) -> Score | None:
    """Score one corpus directory and print the figures and the misses; None when it is no corpus."""
    if not (corpus / "labels.jsonl").is_file():
        print(f"{corpus}: not a corpus (no labels.jsonl)", file=sys.stderr)
        return None
    labels = {}
    for raw in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if raw.strip():
            label = json.loads(raw)
            labels[label["uid"]] = label
    me = ",".join((corpus / "me.txt").read_text(encoding="utf-8").split())
    lines, how = scan_lines(corpus, me, in_process)
    result = score(labels, lines)
    print(f"{corpus} ({len(labels)} labelled events, scanned by {how})")
    _print_figures(result)
    for miss in result.misses:
        print("  " + miss)
    return result


def _print_figures(result: Score) -> bool:
    """Print a score's figures and whether every target is met (returned)."""
    print(f"  precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}"
          f"  (tp {result.tp}, fp {result.fp}, fn {result.fn})")
    print(f"  company accuracy     {result.ratio('company'):.3f}"
          f"  ({sum(result.company)}/{len(result.company)})")
    print(f"  interviewer accuracy {result.ratio('interviewers'):.3f}"
          f"  ({sum(result.interviewers)}/{len(result.interviewers)})")
    print(f"  role accuracy        {result.ratio('role'):.3f}  ({sum(result.role)}/{len(result.role)})")
    met = _targets_met(result)
    print(f"  targets (F1 >= 0.97, company >= 0.95, interviewers >= 0.95, role >= 0.90): "
          f"{'met' if met else 'NOT met'}")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--in-process", action="store_true", help="never run the afterview script")
    args = parser.parse_args(argv)
    results = [report(corpus, args.in_process) for corpus in args.corpora]
    met = [result is not None and _targets_met(result) for result in results]
    if len(results) > 1 and None not in results:
        pooled = Score(tp=sum(r.tp for r in results), fp=sum(r.fp for r in results), fn=sum(r.fn for r in results),
                       company=[ok for r in results for ok in r.company],
                       interviewers=[ok for r in results for ok in r.interviewers],
                       role=[ok for r in results for ok in r.role])
        print(f"pooled over {len(results)} corpora (targets met on {sum(met)} of them)")
        _print_figures(pooled)
    return 0 if all(met) else 1


def _targets_met(result: Score) -> bool:
    figures = {"f1": result.f1, **{name: result.ratio(name) for name in ("company", "interviewers", "role")}}
    return all(figures[name] >= target for name, target in TARGETS.items())


if __name__ == "__main__":
    raise SystemExit(main())
