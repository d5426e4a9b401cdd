"""Detection's weights are data fitted offline, the version names what judged an event, and the fit
itself is a logistic regression that finds the weights the labels ask for."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from providers import detect as detection
from providers.detection.evidence_table import BY_NAME, TABLE
from providers.detection.lexicon import LEXICON
from providers.detection.model import WEIGHTS_PATH, WeightsError, load_weights

ROOT = Path(__file__).resolve().parents[2]


def _logistic():
    spec = importlib.util.spec_from_file_location("bench_logistic", ROOT / "bench" / "logistic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_weights_file_has_a_weight_for_every_kind_of_evidence_and_no_other():
    weights = load_weights()
    assert weights.stale == ()
    assert set(weights.weights) == set(BY_NAME)
    assert json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["fitted_on"]


def test_every_kind_of_evidence_is_declared_with_a_reason_and_how_it_is_found():
    for evidence in TABLE:
        assert evidence.reason and evidence.how and evidence.name.isidentifier()


def test_a_weights_file_missing_a_weight_keeps_the_prior_and_says_so(tmp_path):
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    del data["weights"]["conferencing"]
    data["weights"]["retired_evidence"] = 1.0
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    weights = load_weights(path)
    assert weights.weights["conferencing"] == BY_NAME["conferencing"].prior
    assert weights.stale == ("conferencing", "retired_evidence") and "retired_evidence" not in weights.weights


def test_a_malformed_weights_file_is_a_clear_error(tmp_path):
    path = tmp_path / "weights.json"
    path.write_text('{"bias": "high"}', encoding="utf-8")
    with pytest.raises(WeightsError, match="weights.json: not a weights file"):
        load_weights(path)


def test_the_version_is_made_of_the_rules_the_vocabularies_and_the_weights():
    assert detection.version_of(detection.RULES_REVISION, LEXICON.digest,
                                                     detection.WEIGHTS.digest) == detection.VERSION
    versions = {detection.version_of("2", "v", "w"), detection.version_of("3", "v", "w"),
                detection.version_of("2", "v2", "w"), detection.version_of("2", "v", "w2")}
    assert len(versions) == 4


def test_the_fit_finds_the_weights_the_labels_ask_for():
    logistic = _logistic()
    # "strong" always comes with an interview, "noise" half the time with one: strong rises, noise stays
    examples = [(frozenset({"strong"}), True)] * 20 + [(frozenset({"noise"}), True)] * 10 + \
               [(frozenset({"noise"}), False)] * 10 + [(frozenset(), False)] * 20
    bias, weights = logistic.fit(examples, {"strong": 0.0, "noise": 0.0}, -1.0, strength=1.0, bias_strength=1.0)
    assert weights["strong"] > 2.0 and abs(weights["noise"] - (-bias)) < 0.5
    assert logistic.log_loss(examples, bias, weights) < logistic.log_loss(examples, -1.0, {"strong": 0, "noise": 0})
    # a strong prior keeps evidence the examples barely show where a person put it
    _bias, held = logistic.fit(examples[:2], {"strong": 0.5, "noise": -3.0}, -1.0, strength=100.0)
    assert abs(held["noise"] + 3.0) < 0.01
