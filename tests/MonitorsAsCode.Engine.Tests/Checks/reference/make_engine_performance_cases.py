#!/usr/bin/python3
"""Writes the snapshots and expected results of the engine's performance and label-coverage tests.

Run from the repository root with Debian's Python (python3-numpy, python3-sklearn, python3-statsmodels):

    /usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_performance_cases.py

Writes performance_current.csv and performance_reference.csv (a fraud score with late labels: event_time, score,
is_fraud, labelled_at), regression_current.csv (predicted, actual), the same current rows split into
predictions_current.csv (transaction_id, event_time, score) and labels.csv (transaction_id, is_fraud, labelled_at, with
duplicate labels and labels of unknown ids), and engine_performance_cases.json: what the
maturity rule (mature_after 14d at AS_OF, labels known only once labelled_at <= AS_OF) leaves, computed here with
numpy, then each metric over the mature labelled pairs by scikit-learn (threshold THRESHOLD; cost with COSTS), label
coverage and its statsmodels Wilson interval, and the drop of ROC AUC and accuracy from the reference (every labelled
reference row counts). Seeded, so rerunning it rewrites the same files.
"""

import datetime as dt
import json
import pathlib

import numpy as np
import scipy
import sklearn
import statsmodels
from sklearn import metrics
from statsmodels.stats.proportion import proportion_confint

SEED = 20261207
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_performance_cases.py"
AS_OF = dt.datetime(2026, 11, 16, tzinfo=dt.timezone.utc)
MATURE_AFTER = dt.timedelta(days=14)
THRESHOLD = 0.4
COSTS = (1.0, 25.0)
rng = np.random.default_rng(SEED)


def stamp(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fraud_rows(n, start, days, shift):
    rows = []
    for i in range(n):
        event = start + dt.timedelta(seconds=int(rng.integers(0, days * 86400)))
        score = float(np.round(rng.beta(1.3, 3.0), 3))  # rounded: ties in the scores
        label = bool(rng.random() < min(1.0, max(0.0, score + shift)))
        labelled_at = event + dt.timedelta(days=float(rng.uniform(2, 30)))
        if rng.random() < 0.08:
            label, labelled_at = None, None  # never labelled
        if rng.random() < 0.02:
            score = None  # not scored
        rows.append((event, score, label, labelled_at))
    return rows


def write_fraud(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("event_time,score,is_fraud,labelled_at\n")
        for event, score, label, labelled_at in rows:
            f.write(f"{stamp(event)},{'' if score is None else repr(score)},{'' if label is None else str(label).lower()},{'' if labelled_at is None else stamp(labelled_at)}\n")


current = fraud_rows(900, dt.datetime(2026, 9, 20, tzinfo=dt.timezone.utc), 57, -0.05)
reference = fraud_rows(700, dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc), 60, 0.0)
write_fraud(HERE / "performance_current.csv", current)
write_fraud(HERE / "performance_reference.csv", reference)

cutoff = AS_OF - MATURE_AFTER
mature = [r for r in current if r[0] <= cutoff]
immature = len(current) - len(mature)
scored = [r for r in mature if r[1] is not None]
known = [r for r in scored if r[2] is not None and r[3] <= AS_OF]
late = sum(1 for r in mature if r[2] is not None and r[3] > AS_OF)
label_only = sum(1 for r in mature if r[1] is None and r[2] is not None and r[3] <= AS_OF)
p = np.array([r[1] for r in known])
y = np.array([int(r[2]) for r in known])
pred = (p >= THRESHOLD).astype(int)
tn, fp, fn, tp = metrics.confusion_matrix(y, pred, labels=[0, 1]).ravel()
ref_pairs = [(r[1], int(r[2])) for r in reference if r[1] is not None and r[2] is not None]
rp = np.array([a for a, _ in ref_pairs])
ry = np.array([b for _, b in ref_pairs])

values = {
    "accuracy": metrics.accuracy_score(y, pred),
    "precision": metrics.precision_score(y, pred),
    "recall": metrics.recall_score(y, pred),
    "f1": metrics.f1_score(y, pred),
    "roc-auc": metrics.roc_auc_score(y, p),
    "average-precision": metrics.average_precision_score(y, p),
    "log-loss": metrics.log_loss(y, p, labels=[0, 1]),
    "brier": metrics.brier_score_loss(y, p),
    "cost": (fp * COSTS[0] + fn * COSTS[1]) / len(y),
}
lo, hi = proportion_confint(len(known), len(scored), alpha=0.05, method="wilson")

xs = rng.normal(50, 10, 300)
actual = xs + rng.normal(0, 4, 300)
with open(HERE / "regression_current.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write("predicted,actual\n")
    for a, b in zip(xs, actual):
        f.write(f"{a!r},{b!r}\n")

# The same rows with their labels in a snapshot of their own, joined on transaction_id. Some ids get a second label
# (a correction known later, sometimes only after AS_OF), and some labels name no prediction.
label_rows = []
with open(HERE / "predictions_current.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write("transaction_id,event_time,score\n")
    for i, (event, score, label, labelled_at) in enumerate(current):
        f.write(f"t{i:05d},{stamp(event)},{'' if score is None else repr(score)}\n")
        if label is not None:
            label_rows.append((f"t{i:05d}", label, labelled_at))
            if i % 37 == 0:
                label_rows.append((f"t{i:05d}", not label, labelled_at + dt.timedelta(days=float(rng.uniform(1, 20)))))
for j in range(25):
    label_rows.append((f"x{j:03d}", bool(j % 2), AS_OF - dt.timedelta(days=1)))
order = rng.permutation(len(label_rows))
label_rows = [label_rows[k] for k in order]
with open(HERE / "labels.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write("transaction_id,is_fraud,labelled_at\n")
    for tid, label, labelled_at in label_rows:
        f.write(f"{tid},{str(label).lower()},{stamp(labelled_at)}\n")

# Per id, the label known last at AS_OF; when none was known by then, the first to come after it.
kept = {}
for tid, label, labelled_at in label_rows:
    if tid not in kept:
        kept[tid] = (label, labelled_at)
        continue
    old = kept[tid][1]
    known_new, known_old = labelled_at <= AS_OF, old <= AS_OF
    if known_new != known_old:
        better = known_new
    else:
        better = labelled_at >= old if known_new else labelled_at < old
    if better:
        kept[tid] = (label, labelled_at)
joined_pairs = []
for i, (event, score, _, _) in enumerate(current):
    tid = f"t{i:05d}"
    if event > cutoff or score is None or tid not in kept or kept[tid][1] > AS_OF:
        continue
    joined_pairs.append((score, int(kept[tid][0])))
jp = np.array([a for a, _ in joined_pairs])
jy = np.array([b for _, b in joined_pairs])
joined = {
    "labelled": len(joined_pairs),
    "duplicates": len(label_rows) - len(kept),
    "unmatched": sum(1 for tid in kept if tid.startswith("x")),
    "roc_auc": float(metrics.roc_auc_score(jy, jp)),
    "coverage": len(joined_pairs) / len(scored),
}

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}, statsmodels {statsmodels.__version__}, seed {SEED})",
    "as_of": stamp(AS_OF),
    "threshold": THRESHOLD,
    "rows": len(current),
    "immature": immature,
    "mature": len(scored),
    "labelled": len(known),
    "labels_after_as_of": late,
    "labels_without_prediction": label_only,
    "positives": int(y.sum()),
    "confusion": {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)},
    "coverage": len(known) / len(scored),
    "coverage_wilson": [float(lo), float(hi)],
    "metrics": {k: float(v) for k, v in values.items()},
    "reference_roc_auc": float(metrics.roc_auc_score(ry, rp)),
    "reference_accuracy": float(metrics.accuracy_score(ry, (rp >= THRESHOLD).astype(int))),
    "joined": joined,
    "regression": {
        "mae": float(metrics.mean_absolute_error(actual, xs)),
        "rmse": float(metrics.mean_squared_error(actual, xs, squared=False)),
        "mape": float(metrics.mean_absolute_percentage_error(actual, xs)),
        "r2": float(metrics.r2_score(actual, xs)),
        "within_5": float(np.mean(np.abs(actual - xs) <= 5.0)),
    },
}
(HERE / "engine_performance_cases.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
