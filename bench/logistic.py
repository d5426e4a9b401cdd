"""A small logistic regression in plain Python, for fitting detection's evidence weights.

Each example is the set of evidence names found on an event and whether it is an interview. The
weights maximise the likelihood of the labels with a Gaussian prior centred on the declared prior
weights (``strength`` is its precision): evidence the examples show often moves as far as they ask,
evidence they rarely show stays near the weight a person gave it. Newton's method, a few steps.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Example = tuple[frozenset[str], bool]


def fit(examples: Sequence[Example], prior: dict[str, float], prior_bias: float, strength: float = 1.0,
        bias_strength: float = 1e6, steps: int = 50) -> tuple[float, dict[str, float]]:
    """(bias, weights) for ``examples``; names not in ``prior`` are not allowed. ``bias_strength`` is
    the prior's precision for the bias: by default the bias stays where it is declared, so that the
    threshold keeps meaning "this much evidence", and only the weights of the evidence move."""
    names = sorted(prior)
    index = {name: i + 1 for i, name in enumerate(names)}  # 0 is the bias
    rows = [([0] + sorted(index[name] for name in found), 1.0 if label else 0.0) for found, label in examples]
    centre = [prior_bias] + [prior[name] for name in names]
    w = list(centre)
    for _ in range(steps):
        gradient, hessian = _derivatives(rows, w, centre, strength, bias_strength)
        step = _solve(hessian, gradient)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w[0], {name: w[index[name]] for name in names}


def _derivatives(rows, w, centre, strength, bias_strength):
    """The gradient and Hessian of the negative log-posterior at ``w`` (index 0 is the bias)."""
    size = len(w)
    precision = [bias_strength] + [strength] * (size - 1)
    gradient = [p * (wi - ci) for p, wi, ci in zip(precision, w, centre, strict=True)]
    hessian = [[0.0] * size for _ in range(size)]
    for i in range(size):
        hessian[i][i] = precision[i]
    for active, label in rows:
        score = sum(w[j] for j in active)
        p = _sigmoid(score)
        for j in active:
            gradient[j] += p - label
        curvature = max(p * (1 - p), 1e-12)
        for a in active:
            row = hessian[a]
            for b in active:
                row[b] += curvature
    return gradient, hessian


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    e = math.exp(score)
    return e / (1.0 + e)


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with ``matrix`` x = ``vector`` (Gaussian elimination with partial pivoting; the matrix is
    positive definite, so this never fails)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        lead = a[col][col]
        for r in range(col + 1, n):
            factor = a[r][col] / lead
            if factor:
                row, top = a[r], a[col]
                for c in range(col, n + 1):
                    row[c] -= factor * top[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def log_loss(examples: Iterable[Example], bias: float, weights: dict[str, float]) -> float:
    """The mean negative log-likelihood of ``examples`` under (bias, weights)."""
    total, count = 0.0, 0
    for found, label in examples:
        p = _sigmoid(bias + sum(weights[name] for name in found))
        total -= math.log(max(p if label else 1 - p, 1e-15))
        count += 1
    return total / max(count, 1)
