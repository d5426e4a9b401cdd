"""Interview detection on whole labelled calendars, scored by the rule of the shared corpus README
(``bench/corpus.py``): every set in ``tests/data`` and, where it is mounted, the dev corpus, held to the
scores recorded in ``tests/data/detection_scores.json``."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from providers.ics import events_in
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parents[2]
DEV = CORPUS  # ../shared beside the checkout, or AFTERVIEW_SHARED_DIR


def _scorer():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()


def scored(corpus: Path):
    labels = {}
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        labels[label["uid"]] = label
    me = (corpus / "me.txt").read_text(encoding="utf-8").split()
    return SCORER.score(labels, SCORER.calendar_lines(list(events_in(str(corpus / "calendar.ics"))), me))


RECORDED = json.loads((ROOT / "tests" / "data" / "detection_scores.json").read_text(encoding="utf-8"))["fitted"]
SETS = sorted(p.parent for p in (ROOT / "tests" / "data").glob("*/*/labels.jsonl")) + ([DEV] if DEV.is_dir() else [])


def _name(corpus: Path) -> str:
    return "dev" if corpus == DEV else f"{corpus.parent.name}/{corpus.name}"


@pytest.mark.parametrize("corpus", SETS, ids=_name)
def test_no_labelled_set_scores_below_its_recorded_scores(corpus):
    """Every labelled set keeps the F1, company, interviewer and role accuracy recorded when the
    weights were last fitted (``bench/fit_detection.py`` writes them, with the leave-one-out figures)."""
    assert _name(corpus) in RECORDED, "a new labelled set: run bench/fit_detection.py to record its scores"
    recorded, result = RECORDED[_name(corpus)], scored(corpus)
    now = {"f1": result.f1, **{name: result.ratio(name) for name in ("company", "interviewers", "role")}}
    dropped = {name: (round(now[name], 4), recorded[name]) for name in now if now[name] < recorded[name] - 1e-4}
    assert not dropped, (dropped, result.misses)


def test_the_scoring_rule():
    assert SCORER.normalise_company("Litware, Inc.") == SCORER.normalise_company("litware")
    assert SCORER.normalise_company("Margie's Travel") == SCORER.normalise_company("Margies Travel")
    assert SCORER.normalise_company("Northwind Traders") != SCORER.normalise_company("northwindtraders")
    assert SCORER.role_matches("Data Analyst", "Senior Data Analyst, Growth")
    assert not SCORER.role_matches("Data Analyst", "Analyst")
    assert not SCORER.role_matches("Data Analyst", None)
    labels = {"a": {"uid": "a", "interview": True, "company": "Contoso", "interviewers": ["x@contoso.com"]},
              "b": {"uid": "b", "interview": False}}
    lines = [{"uid": "a", "interview": True, "company": "Contoso Ltd", "interviewers": [{"email": "X@contoso.com"}]},
             {"uid": "b", "interview": True, "reasons": []}]
    result = SCORER.score(labels, lines)
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)
    assert result.ratio("company") == 1 and result.ratio("interviewers") == 1
