#!/usr/bin/python3
"""Writes performance_cases.json, the reference values for the Performance kernels.

Run from the repository root with Debian's Python (python3-numpy, python3-sklearn, python3-statsmodels):

    /usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Performance/reference/make_performance_cases.py

Computed here, independently of the C# code:
  metrics     scikit-learn: accuracy_score, precision_score, recall_score, f1_score (predicted positive: score >= threshold),
              roc_auc_score, average_precision_score, log_loss(labels=[0, 1]), brier_score_loss, mean_absolute_error,
              mean_squared_error(squared=False), mean_absolute_percentage_error, r2_score, all with sample_weight when
              the case has weights; a value is null where the metric is undefined (no positive, no predicted positive,
              one class only), where scikit-learn warns and reports 0 or raises
  ece         numpy: bins of sklearn.calibration.calibration_curve(strategy='uniform') (searchsorted on the inner edges
              of linspace(0, 1, bins + 1)), sum over bins of |sum(w*y) - sum(w*p)| / sum(w)
  cost        numpy from sklearn.metrics.confusion_matrix(sample_weight=w): (fp * c_fp + fn * c_fn) / sum(w)
  wilson      statsmodels.stats.proportion.proportion_confint(k, n, alpha=0.05, method='wilson')
  delong      numpy, straight from DeLong, DeLong & Clarke-Pearson (1988): the m x n matrix psi(x_i, y_j) (1, 1/2, 0),
              V10 = row means, V01 = column means, var = var(V10, ddof=1)/m + var(V01, ddof=1)/n,
              interval auc -/+ norm.ppf(0.975) * sqrt(var) clipped to [0, 1]
  newcombe    statsmodels.stats.proportion.confint_proportions_2indep(k1, n1, k2, n2, method='newcomb', compare='diff')
              for the difference of two proportions (what DifferenceInterval gives from two Wilson intervals)
  bootstrap   the same resamples as the C# PercentileBootstrap: SplitMix64 seeded with SEED_BOOT, draw k of resample b is
              next() mod n; each resample's statistic by scikit-learn with sample_weight = numpy.bincount(draws), and the
              interval by numpy.quantile(values, [0.025, 0.975]) (linear)
The generator is seeded, so rerunning it with the same numpy, scikit-learn and statsmodels rewrites the same file.
"""

import json
import pathlib
import warnings

import numpy as np
import scipy
import sklearn
import statsmodels
from scipy import stats
from sklearn import metrics
from statsmodels.stats.proportion import proportion_confint

SEED = 20261207
SEED_BOOT = 20261207
RESAMPLES = 200
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Performance/reference/make_performance_cases.py"
rng = np.random.default_rng(SEED)
MASK = (1 << 64) - 1
Z = float(stats.norm.ppf(0.975))


def splitmix_draws(n, resamples, seed):
    state = seed
    out = np.empty((resamples, n), dtype=np.int64)
    for b in range(resamples):
        for k in range(n):
            state = (state + 0x9E3779B97F4A7C15) & MASK
            z = state
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
            z = z ^ (z >> 31)
            out[b, k] = z % n
    return out


def opt(f):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            value = float(f())
        except (ValueError, Warning):
            return None
    return None if np.isnan(value) else value


def ece(p, y, bins, w):
    edges = np.linspace(0.0, 1.0, bins + 1)
    ids = np.searchsorted(edges[1:-1], p)
    total = w.sum()
    err = 0.0
    for b in range(bins):
        inside = ids == b
        if w[inside].sum() > 0:
            err += abs((w[inside] * y[inside]).sum() - (w[inside] * p[inside]).sum()) / total
    return float(err)


def cost(y, pred, w, cfp, cfn):
    tn, fp, fn, tp = metrics.confusion_matrix(y, pred, labels=[0, 1], sample_weight=w).ravel()
    return float((fp * cfp + fn * cfn) / w.sum())


def wilson(k, n):
    if n == 0:
        return None
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    return [float(lo), float(hi)]


def delong(p, y):
    x = p[y == 1]
    z = p[y == 0]
    m, n = len(x), len(z)
    if m < 2 or n < 2:
        return None
    psi = (x[:, None] > z[None, :]).astype(float) + 0.5 * (x[:, None] == z[None, :])
    auc = psi.mean()
    v10 = psi.mean(axis=1)
    v01 = psi.mean(axis=0)
    var = np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / n
    half = Z * np.sqrt(var)
    return {"auc": float(auc), "variance": float(var), "interval": [float(max(0.0, auc - half)), float(min(1.0, auc + half))]}


def classification_case(name, scores, positive, threshold=0.5, bins=10, weights=None, costs=(1.0, 25.0), bootstrap=False):
    p = np.asarray(scores, dtype=np.float64)
    y = np.asarray(positive, dtype=int)
    w = np.ones_like(p) if weights is None else np.asarray(weights, dtype=np.float64)
    sw = None if weights is None else w
    pred = (p >= threshold).astype(int)
    tp = float((w * (pred == 1) * (y == 1)).sum())
    fp = float((w * (pred == 1) * (y == 0)).sum())
    fn = float((w * (pred == 0) * (y == 1)).sum())
    n = float(w.sum())
    case = {
        "name": name,
        "scores": [float(v) for v in p],
        "positive": [bool(v) for v in y],
        "weights": None if weights is None else [float(v) for v in w],
        "threshold": threshold,
        "bins": bins,
        "false_positive_cost": costs[0],
        "false_negative_cost": costs[1],
        "accuracy": opt(lambda: metrics.accuracy_score(y, pred, sample_weight=sw)),
        "precision": opt(lambda: metrics.precision_score(y, pred, sample_weight=sw)) if tp + fp > 0 else None,
        "recall": opt(lambda: metrics.recall_score(y, pred, sample_weight=sw)) if tp + fn > 0 else None,
        "f1": opt(lambda: metrics.f1_score(y, pred, sample_weight=sw)) if tp + fp + fn > 0 else None,
        "roc_auc": opt(lambda: metrics.roc_auc_score(y, p, sample_weight=sw)) if weights is None else None,
        "average_precision": opt(lambda: metrics.average_precision_score(y, p, sample_weight=sw)) if tp + fn > 0 else None,
        "log_loss": opt(lambda: metrics.log_loss(y, p, labels=[0, 1], sample_weight=sw)),
        "brier": opt(lambda: metrics.brier_score_loss(y, p, sample_weight=sw, pos_label=1)),
        "ece": ece(p, y, bins, w),
        "cost": cost(y, pred, w, costs[0], costs[1]),
        "accuracy_wilson": wilson(tp + float((w * (pred == 0) * (y == 0)).sum()), n) if weights is None else None,
        "precision_wilson": wilson(tp, tp + fp) if weights is None else None,
        "recall_wilson": wilson(tp, tp + fn) if weights is None else None,
        "delong": delong(p, y) if weights is None else None,
        "bootstrap": None,
    }
    if bootstrap:
        draws = splitmix_draws(len(p), RESAMPLES, SEED_BOOT)
        stats_by_name = {"f1": [], "average_precision": [], "log_loss": [], "brier": [], "ece": []}
        for row in draws:
            bw = np.bincount(row, minlength=len(p)).astype(np.float64)
            bpred = pred
            btp = (bw * (bpred == 1) * (y == 1)).sum()
            bfp = (bw * (bpred == 1) * (y == 0)).sum()
            bfn = (bw * (bpred == 0) * (y == 1)).sum()
            stats_by_name["f1"].append(float(metrics.f1_score(y, pred, sample_weight=bw)) if btp + bfp + bfn > 0 else np.nan)
            stats_by_name["average_precision"].append(float(metrics.average_precision_score(y, p, sample_weight=bw)) if btp + bfn > 0 else np.nan)
            stats_by_name["log_loss"].append(float(metrics.log_loss(y, p, labels=[0, 1], sample_weight=bw)))
            stats_by_name["brier"].append(float(metrics.brier_score_loss(y, p, sample_weight=bw, pos_label=1)))
            stats_by_name["ece"].append(ece(p, y, bins, bw))
        case["bootstrap"] = {
            "resamples": RESAMPLES,
            "seed": SEED_BOOT,
            "first_draws": [int(v) for v in draws[0, :10]],
            "intervals": {k: interval(v) for k, v in stats_by_name.items()},
        }
    return case


def interval(values):
    values = np.asarray(values, dtype=np.float64)
    defined = values[~np.isnan(values)]
    if len(defined) * 2 < len(values):
        return None
    lo, hi = np.quantile(defined, [0.025, 0.975])
    return [float(lo), float(hi)]


def regression_case(name, predicted, actual, tolerance, weights=None, bootstrap=False):
    yh = np.asarray(predicted, dtype=np.float64)
    y = np.asarray(actual, dtype=np.float64)
    w = np.ones_like(y) if weights is None else np.asarray(weights, dtype=np.float64)
    sw = None if weights is None else w
    within = np.abs(y - yh) <= tolerance
    case = {
        "name": name,
        "predicted": [float(v) for v in yh],
        "actual": [float(v) for v in y],
        "weights": None if weights is None else [float(v) for v in w],
        "tolerance": tolerance,
        "mae": float(metrics.mean_absolute_error(y, yh, sample_weight=sw)),
        "rmse": float(metrics.mean_squared_error(y, yh, sample_weight=sw, squared=False)),
        "mape": float(metrics.mean_absolute_percentage_error(y, yh, sample_weight=sw)),
        "r2": float(metrics.r2_score(y, yh, sample_weight=sw)) if len(y) >= 2 else None,
        "within": float(np.average(within, weights=w)),
        "within_wilson": wilson(float(within.sum()), float(len(y))) if weights is None else None,
        "bootstrap": None,
    }
    if bootstrap:
        draws = splitmix_draws(len(y), RESAMPLES, SEED_BOOT)
        values = {"mae": [], "rmse": [], "mape": [], "r2": []}
        for row in draws:
            bw = np.bincount(row, minlength=len(y)).astype(np.float64)
            values["mae"].append(float(metrics.mean_absolute_error(y, yh, sample_weight=bw)))
            values["rmse"].append(float(metrics.mean_squared_error(y, yh, sample_weight=bw, squared=False)))
            values["mape"].append(float(metrics.mean_absolute_percentage_error(y, yh, sample_weight=bw)))
            values["r2"].append(float(metrics.r2_score(y, yh, sample_weight=bw)))
        case["bootstrap"] = {"resamples": RESAMPLES, "seed": SEED_BOOT, "first_draws": [int(v) for v in draws[0, :10]], "intervals": {k: interval(v) for k, v in values.items()}}
    return case


def calibrated(n):
    p = rng.beta(1.2, 3.0, n)
    return p, rng.random(n) < p


classification = []
p, y = calibrated(300)
classification.append(classification_case("calibrated_300", p, y, threshold=0.4, bootstrap=True))
p, y = calibrated(120)
classification.append(classification_case("ties_rounded_to_tenths", np.round(p, 1), y, threshold=0.3, bins=5, bootstrap=True))
p, y = calibrated(80)
classification.append(classification_case("weighted_80", p, y, threshold=0.5, weights=rng.integers(1, 5, 80).astype(float), costs=(2.0, 10.0)))
classification.append(classification_case("edges_and_extremes", [0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1.0, 1.0, 0.0, 0.6, 0.4], [False, False, True, False, True, True, False, True, False, True, True, False], threshold=0.5, bins=10))
classification.append(classification_case("all_scores_tied", [0.3] * 10, [True, False] * 5, threshold=0.3))
classification.append(classification_case("single_class_positive", [0.9, 0.2, 0.6, 0.8], [True, True, True, True]))
classification.append(classification_case("single_class_negative", [0.9, 0.2, 0.6, 0.1], [False, False, False, False]))
classification.append(classification_case("nothing_predicted_positive", [0.1, 0.2, 0.3, 0.4], [True, False, True, False], threshold=0.9))
classification.append(classification_case("tiny_three", [0.2, 0.7, 0.7], [False, True, False], threshold=0.5, bins=3))
classification.append(classification_case("tiny_four_for_delong", [0.2, 0.7, 0.4, 0.9], [False, True, False, True], threshold=0.5))

regression = []
x = rng.normal(100, 20, 250)
regression.append(regression_case("noisy_250", x + rng.normal(0, 5, 250), x, 5.0, bootstrap=True))
x = np.round(rng.normal(10, 3, 60), 0)
regression.append(regression_case("weighted_rounded_60", x + np.round(rng.normal(0, 2, 60)), x, 1.0, weights=rng.integers(1, 4, 60).astype(float)))
regression.append(regression_case("zero_actual_values", [0.5, 1.0, 2.0, 0.0], [0.0, 1.0, 2.5, 0.0], 0.5))
regression.append(regression_case("constant_actual_perfect", [3.0, 3.0, 3.0], [3.0, 3.0, 3.0], 0.0))
regression.append(regression_case("constant_actual_imperfect", [3.0, 2.0, 3.5], [3.0, 3.0, 3.0], 0.5))
regression.append(regression_case("single_row", [2.0], [2.5], 0.1))

from statsmodels.stats.proportion import confint_proportions_2indep

differences = []
for k1, n1, k2, n2 in [(80, 100, 70, 100), (5, 12, 9, 10), (0, 20, 3, 25), (450, 500, 430, 480), (10, 10, 0, 8)]:
    lo, hi = confint_proportions_2indep(k1, n1, k2, n2, method="newcomb", compare="diff")
    differences.append({"k1": k1, "n1": n1, "k2": k2, "n2": n2, "interval": [float(lo), float(hi)]})

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}, statsmodels {statsmodels.__version__}, seed {SEED})",
    "z_975": Z,
    "classification_cases": classification,
    "regression_cases": regression,
    "proportion_differences": differences,
}
(HERE / "performance_cases.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
