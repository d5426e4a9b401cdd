"""The weights of the evidence, fitted offline (``bench/fit_detection.py``) and read from ``weights.json``."""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .evidence_table import BY_NAME, PRIOR_BIAS

WEIGHTS_PATH = Path(__file__).resolve().parent / "weights.json"


class WeightsError(ConfigError, ValueError):
    """A weights file that cannot be read; the message says why."""


@dataclass(frozen=True)
class Weights:
    """The bias and one weight per kind of evidence; an event scores ``bias + sum(weights found)``."""

    bias: float
    weights: dict[str, float]
    digest: str
    stale: tuple[str, ...] = ()  # evidence the file has no weight for (its prior stands in) or no longer knows
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def score(self, found) -> float:
        """The score of the evidence names in ``found``: zero or more is an interview."""
        weights, total = self.weights, self.bias
        for name in found:
            total += weights[name]
        return total

    def most_added_by(self, names) -> float:
        """The most the evidence ``names`` can add to a score (their positive weights), remembered."""
        key = ("most", names)
        if key not in self._cache:
            self._cache[key] = sum(max(0.0, self.weights[name]) for name in names)
        return self._cache[key]


def confidence(score: float) -> float:
    """The logistic of ``score``: 0.5 at the threshold."""
    if score < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-score))


def priors() -> Weights:
    """The weights a person would give (the table's priors): what the fit starts from."""
    return Weights(PRIOR_BIAS, {name: evidence.prior for name, evidence in BY_NAME.items()}, "prior")


def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    """The weights in ``path``. Evidence the file has no weight for keeps its prior and evidence the
    table no longer has is dropped; both are listed in ``stale`` (``bench/fit_detection.py`` refits)."""
    raw = path.read_bytes()
    try:
        data = json.loads(raw)
        bias, weights = float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WeightsError(f"{path.name}: not a weights file ({exc})") from exc
    missing, unknown = set(BY_NAME) - set(weights), set(weights) - set(BY_NAME)
    for name in missing:
        weights[name] = BY_NAME[name].prior
    for name in unknown:
        del weights[name]
    return Weights(bias, weights, hashlib.sha256(raw).hexdigest(), tuple(sorted(missing | unknown)))
