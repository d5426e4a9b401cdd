"""Fit detection's evidence weights on every labelled set, and measure them on sets left out.

    python bench/fit_detection.py [--strength 4] [--no-write] [--misses] [--hold-out FAMILY ...]

The labelled sets are the shared dev corpus (when mounted) and every ``tests/data/<family>/<calendar>/``
holding ``labels.jsonl``; each calendar folder is a set, and the folders under one family were written
by the same person. The weights are a logistic regression over the evidence found on each event
(``providers.detect.evidence_of``), pulled towards the priors of ``evidence_table`` (``bench/logistic.py``).

Prints, scored by the rule of the shared corpus README (``bench/corpus.py``):
- leave one set out: for each set, weights fitted on all the other sets, scored on it;
- leave one family out: weights fitted without any calendar of the set's family (its author);
- all sets fitted: the weights that ship.
A family given to ``--hold-out`` (a set kept as a blind measure, such as blind6) is scored in every table
but never fitted on. Rewrites ``providers/detection/weights.json`` and ``tests/data/detection_scores.json``
(the scores each set must keep: ``tests/unit/test_detect_corpora.py``), unless ``--no-write``.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import logistic  # noqa: E402

from providers.detect import evidence_of  # noqa: E402
from providers.detection.evidence_table import PRIOR_BIAS, TABLE  # noqa: E402
from providers.detection.model import WEIGHTS_PATH, Weights  # noqa: E402
from providers.ics import events_in  # noqa: E402

# the shared dev corpus: ../shared beside the checkout, or AFTERVIEW_SHARED_DIR
DEV = Path(os.environ.get("AFTERVIEW_SHARED_DIR") or ROOT.parent / "shared") / "corpus" / "dev"
SCORES_PATH = ROOT / "tests" / "data" / "detection_scores.json"
FIGURES = ("f1", "company", "interviewers", "role")


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus_module()


@dataclass
class LabelledSet:
    """One labelled calendar: its events, labels, the owner's addresses, and the evidence on each event."""

    name: str
    family: str
    path: Path
    labels: dict = field(default_factory=dict)
    me: list = field(default_factory=list)
    events: list = field(default_factory=list)
    examples: list = field(default_factory=list)  # (evidence names, is an interview), one per labelled UID

    def load(self) -> LabelledSet:
        for raw in (self.path / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if raw.strip():
                label = json.loads(raw)
                self.labels[label["uid"]] = label
        self.me = (self.path / "me.txt").read_text(encoding="utf-8").split()
        self.events = list(events_in(str(self.path / "calendar.ics")))
        seen = set()
        for event in self.events:
            uid = event.event_id if event.event_id in self.labels else event.event_id.split("/")[0]
            if uid not in self.labels or uid in seen:
                continue
            seen.add(uid)
            evidence = evidence_of(event, self.me)
            if evidence.ruled_out is None:  # cancelled, declined or silent events are not weighed
                self.examples.append((frozenset(evidence.found), bool(self.labels[uid]["interview"])))
        return self

    def score(self, weights: Weights):
        return CORPUS.score(self.labels, CORPUS.calendar_lines(self.events, self.me, weights))


def labelled_sets() -> list[LabelledSet]:
    """Every labelled set this checkout can see, loaded."""
    found = [LabelledSet("dev", "dev", DEV)] if (DEV / "labels.jsonl").is_file() else []
    for labels in sorted((ROOT / "tests" / "data").glob("*/*/labels.jsonl")):
        folder = labels.parent
        found.append(LabelledSet(f"{folder.parent.name}/{folder.name}", folder.parent.name, folder))
    return [s.load() for s in found]


def fitted(sets: list[LabelledSet], strength: float) -> Weights:
    """Weights fitted on the examples of ``sets``."""
    examples = [example for s in sets for example in s.examples]
    prior = {evidence.name: evidence.prior for evidence in TABLE}
    bias, weights = logistic.fit(examples, prior, PRIOR_BIAS, strength)
    return Weights(bias, weights, "fit")


def figures(result) -> dict:
    """The four figures of one scored set, each with its counts."""
    return {
        "f1": round(result.f1, 4), "tp": result.tp, "fp": result.fp, "fn": result.fn,
        **{name: round(result.ratio(name), 4) for name in ("company", "interviewers", "role")},
        **{f"{name}_counts": [sum(getattr(result, name)), len(getattr(result, name))]
           for name in ("company", "interviewers", "role")},
    }


def _table(title: str, rows: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(f"  {'set':34} {'F1':>6} {'tp/fp/fn':>9} {'company':>13} {'people':>13} {'role':>13}")
    totals = {"tp": 0, "fp": 0, "fn": 0, **{name: [0, 0] for name in ("company", "interviewers", "role")}}
    for name, row in rows.items():
        cells = []
        for figure in ("company", "interviewers", "role"):
            right, count = row[f"{figure}_counts"]
            totals[figure][0] += right
            totals[figure][1] += count
            cells.append(f"{row[figure]:.3f} {right:>2}/{count:<2}")
        for count in ("tp", "fp", "fn"):
            totals[count] += row[count]
        print(f"  {name:34} {row['f1']:6.3f} {row['tp']:>3}/{row['fp']}/{row['fn']:<3} " + " ".join(cells))
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    summary = " ".join(f"{right / count if count else 1:.3f} {right:>2}/{count:<2}"
                       for right, count in (totals[n] for n in ("company", "interviewers", "role")))
    print(f"  {'all sets pooled':34} {f1:6.3f} {tp:>3}/{fp}/{fn:<3} {summary}")
    below = [name for name, row in rows.items()
             if any(row[f] < target for f, target in CORPUS.TARGETS.items())]
    print(f"  targets (F1 >= 0.97, company >= 0.95, people >= 0.95, role >= 0.90) missed on: "
          f"{', '.join(below) if below else 'none'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strength", type=float, default=4.0, help="precision of the prior (default 4)")
    parser.add_argument("--no-write", action="store_true", help="print the figures, write nothing")
    parser.add_argument("--misses", action="store_true", help="list what each set left out gets wrong")
    parser.add_argument("--hold-out", nargs="*", default=[], metavar="FAMILY",
                        help="families scored but never fitted on (blind measures)")
    args = parser.parse_args(argv)
    sets = labelled_sets()
    fit_on = [s for s in sets if s.family not in args.hold_out]
    print(f"{len(sets)} labelled sets, {sum(len(s.examples) for s in sets)} weighed events "
          f"({sum(len(s.labels) for s in sets)} labelled)")
    by_set = {}
    for s in sets:
        result = s.score(fitted([o for o in fit_on if o is not s], args.strength))
        by_set[s.name] = figures(result)
        if args.misses:
            print("\n".join(f"  {s.name}: {miss[:260]}" for miss in result.misses))
    _table("Leave one set out (fitted without the set, scored on it)", by_set)
    by_family = {}
    for s in sets:
        weights = fitted([o for o in fit_on if o.family != s.family], args.strength)
        by_family[s.name] = figures(s.score(weights))
    _table("Leave one family out (fitted without any calendar by the set's author)", by_family)
    weights = fitted(fit_on, args.strength)
    everything = {s.name: figures(s.score(weights)) for s in sets}
    _table("All sets fitted (the weights that ship)", everything)
    if not args.no_write:
        _write(weights, fit_on, args.strength, everything, by_set, by_family)
    return 0


def _write(weights: Weights, sets, strength: float, everything: dict, by_set: dict, by_family: dict) -> None:
    data = {
        "about": "Evidence weights for providers.detect, written by bench/fit_detection.py: a logistic regression "
                 "on the labelled sets below, pulled towards the priors of providers/detection/evidence_table.py.",
        "prior_strength": strength,
        "fitted_on": [s.name for s in sets],
        "bias": round(weights.bias, 4),
        "weights": {evidence.name: round(weights.weights[evidence.name], 4) for evidence in TABLE},
    }
    WEIGHTS_PATH.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    scores = {
        "about": "Scores per labelled set, written by bench/fit_detection.py. 'fitted': with the weights that ship; "
                 "test_detect_corpora fails when a set scores below them. 'leave_one_set_out' and "
                 "'leave_one_family_out': fitted without the set (or its family), for the record.",
        "fitted": everything, "leave_one_set_out": by_set, "leave_one_family_out": by_family,
    }
    SCORES_PATH.write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {WEIGHTS_PATH.relative_to(ROOT)} and {SCORES_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    raise SystemExit(main())
