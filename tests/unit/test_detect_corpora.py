"""Interview detection on whole labelled calendars, scored by the rule of the shared corpus README
(``bench/corpus.py``): the ones in ``tests/data/detect`` and, where it is mounted, the dev corpus."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from providers.detect import detect
from providers.ics import events_in
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parents[2]
CORPORA = sorted(p.parent for p in (ROOT / "tests" / "data" / "detect").glob("*/labels.jsonl"))
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
    lines = [detect(event, me).as_json(event.event_id) for event in events_in(str(corpus / "calendar.ics"))]
    return SCORER.score(labels, lines)


@pytest.mark.parametrize("corpus", CORPORA + ([DEV] if DEV.is_dir() else []), ids=lambda p: p.name)
def test_labelled_calendar_meets_the_targets(corpus):
    result = scored(corpus)
    assert result.misses == []
    assert result.f1 >= SCORER.TARGETS["f1"]
    assert result.ratio("company") >= SCORER.TARGETS["company"]
    assert result.ratio("interviewers") >= SCORER.TARGETS["interviewers"]
    assert result.ratio("role") >= SCORER.TARGETS["role"]


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


EXTRA = sorted(p.parent for p in (ROOT / "tests" / "data").glob("*/*/labels.jsonl") if p.parent.parent.name != "detect")


@pytest.mark.parametrize("corpus", EXTRA, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_independent_sets_keep_every_verdict_and_the_people_met(corpus):
    """The sets written independently of the detector, once studied, stay right on every verdict and on
    the people met (their companies and roles are measured by ``bench/corpus.py``, not held here)."""
    result = scored(corpus)
    assert result.f1 == 1.0, result.misses
    assert result.ratio("interviewers") >= SCORER.TARGETS["interviewers"]
