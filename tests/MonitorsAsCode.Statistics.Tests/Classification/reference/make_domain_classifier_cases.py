#!/usr/bin/python3
"""Writes domain_classifier_cases.json, the reference values for RocAuc and LogisticRegression.

Run from the repository root with Debian's Python (python3-numpy, python3-scipy):

    /usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Classification/reference/make_domain_classifier_cases.py

Computed here with numpy and scipy, independently of the C# code:
  auc       scipy.stats.mannwhitneyu(positive_scores, negative_scores).statistic / (n_pos * n_neg)
            (midranks for ties), on seeded scores with and without ties
  logistic  scipy.optimize.minimize of sum(log(1 + exp(-s (b + x.w)))) + (l2 / 2) * |w|^2, s = +-1,
            method='BFGS' from zero with gtol 1e-12; intercept b is not penalised
The generator is seeded, so rerunning it with the same numpy and scipy rewrites the same file.
"""

import json
import pathlib

import numpy as np
import scipy
from scipy import optimize, stats

SEED = 20261121
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Classification/reference/make_domain_classifier_cases.py"
rng = np.random.default_rng(SEED)


def auc_case(name, scores, positive):
    scores = np.asarray(scores, dtype=np.float64)
    positive = np.asarray(positive, dtype=bool)
    u = stats.mannwhitneyu(scores[positive], scores[~positive]).statistic
    return {
        "name": name,
        "scores": [float(x) for x in scores],
        "positive": [bool(x) for x in positive],
        "auc": float(u / (positive.sum() * (~positive).sum())),
    }


def logistic_case(name, x, positive, l2):
    x = np.asarray(x, dtype=np.float64)
    s = np.where(np.asarray(positive, dtype=bool), 1.0, -1.0)

    def loss(beta):
        margin = beta[0] + x @ beta[1:]
        return np.sum(np.logaddexp(0.0, -s * margin)) + 0.5 * l2 * np.dot(beta[1:], beta[1:])

    def gradient(beta):
        margin = beta[0] + x @ beta[1:]
        residual = -s * stats.logistic.cdf(-s * margin)
        g = np.empty_like(beta)
        g[0] = residual.sum()
        g[1:] = x.T @ residual + l2 * beta[1:]
        return g

    result = optimize.minimize(loss, np.zeros(x.shape[1] + 1), jac=gradient, method="BFGS", options={"gtol": 1e-12, "maxiter": 10000})
    return {
        "name": name,
        "features": [[float(v) for v in row] for row in x],
        "positive": [bool(v) for v in positive],
        "l2": l2,
        "intercept": float(result.x[0]),
        "weights": [float(v) for v in result.x[1:]],
    }


auc_cases = [
    auc_case("separated_with_noise", np.concatenate([rng.normal(1, 1, 300), rng.normal(0, 1, 200)]), [True] * 300 + [False] * 200),
    auc_case("ties", np.round(rng.uniform(0, 1, 400), 1), rng.random(400) < 0.4),
    auc_case("perfect", [0.1, 0.2, 0.3, 0.8, 0.9], [False, False, False, True, True]),
    auc_case("all_tied", [0.5] * 6, [True, False, True, False, False, False]),
]

n = 400
x = rng.normal(0, 1, (n, 4))
margin = 0.3 + x @ np.array([1.5, -0.8, 0.0, 0.4])
positive = rng.random(n) < 1 / (1 + np.exp(-margin))
interaction = rng.normal(0, 1, (n, 2))
flip = np.arange(n) >= n // 2
interaction[flip, 1] = -interaction[flip, 1]
logistic_cases = [
    logistic_case("four_features", x, positive, 1.0),
    logistic_case("four_features_strong_penalty", x, positive, 25.0),
    logistic_case("product_feature", np.column_stack([interaction, interaction[:, 0] * interaction[:, 1] + 0.5 * flip]), flip, 1.0),
]

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__}, seed {SEED})",
    "auc_cases": auc_cases,
    "logistic_cases": logistic_cases,
}
(HERE / "domain_classifier_cases.json").write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
