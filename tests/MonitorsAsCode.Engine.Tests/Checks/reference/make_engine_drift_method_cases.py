#!/usr/bin/python3
"""Writes engine_drift_method_cases.json and dataset_{reference,current}.csv for the drift methods end to end.

Run from the repository root with Debian's Python (python3-numpy, python3-scipy, python3-pandas), after
make_engine_drift_cases.py (whose CSV snapshots this script reads back):

    /usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_drift_method_cases.py

Everything is computed here with numpy, scipy and pandas, independently of the C# code.

Per column case (the CSV pairs of engine_drift_cases.json, nulls and NaN/inf dropped as pandas reads them):
  ks          scipy.stats.ks_2samp(ref, cur)                          statistic and p-value
  ad          scipy.stats.anderson_ksamp([ref, cur])                  statistic and significance level;
              null where scipy raises or returns nan
  cvm         scipy.stats.cramervonmises_2samp(ref, cur)              null where scipy raises (n < 2)
  energy      scipy.stats.energy_distance(ref, cur) / sqrt(max(np.std(ref), 0.001))
  deciles     edges np.unique(np.quantile(ref, np.arange(1, 10) / 10)), counts by np.searchsorted 'left'
  sturges     edges np.histogram_bin_edges(np.concatenate([ref, cur]), 'sturges'), counts np.histogram
  edges       the fixed inner edges [-1, 0, 1, 2, 10, 50], counts by np.searchsorted 'left'
  on counts   psi, kl (zero shares -> 0.0001), scipy jensenshannon, hellinger, total variation, l-infinity,
              scipy.stats.chi2_contingency([ref, cur], correction=False) over categories present on a side
  z           statsmodels' proportions_ztest written out (pooled), on the share of the second category
  nulls       null shares of each snapshot and the same z-test on (non-null, null) counts
Corrections: Benjamini-Hochberg and Bonferroni written out in numpy (as statsmodels' multipletests does).
Dataset case: one pair of CSVs with several columns and the decision table of docs/drift.md written out
here (numeric: ks when the smaller side has at most 1,000 values, else psi; categorical: z for at most two
categories, chi-square with at least 5 values per category, else jensen-shannon), p-values corrected by
Benjamini-Hochberg, each column judged by its method's default thresholds, and the share of drifted
columns weighted by importance.
The generator is seeded, so rerunning it with the same numpy, scipy and pandas rewrites the same files.
"""

import csv
import json
import math
import pathlib
import warnings

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon

SEED = 20261121
ZERO_SHARE = 0.0001
MINIMUM_SCALE = 0.001
FIXED_EDGES = [-1.0, 0.0, 1.0, 2.0, 10.0, 50.0]
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_drift_method_cases.py"

rng = np.random.default_rng(SEED)
warnings.simplefilter("ignore")  # anderson_ksamp warns when it caps or floors its significance level


def read_column(path, column="x"):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values={column: [""]})
    return frame[column]


def numbers(series):
    values = series.dropna().map(float).to_numpy(dtype=np.float64)
    return values[np.isfinite(values)]


def shares(counts):
    return counts / counts.sum()


def psi(r_counts, c_counts):
    r = np.where(shares(r_counts) == 0, ZERO_SHARE, shares(r_counts))
    c = np.where(shares(c_counts) == 0, ZERO_SHARE, shares(c_counts))
    return float(np.sum((r - c) * np.log(r / c)))


def kl(r_counts, c_counts):
    r = np.where(shares(r_counts) == 0, ZERO_SHARE, shares(r_counts))
    c = np.where(shares(c_counts) == 0, ZERO_SHARE, shares(c_counts))
    return float(np.sum(r * np.log(r / c)))


def chi_square(r_counts, c_counts):
    keep = (r_counts + c_counts) > 0
    table = np.array([r_counts[keep], c_counts[keep]])
    if table.shape[1] < 2:
        return {"statistic": 0.0, "pvalue": 1.0}
    result = stats.chi2_contingency(table, correction=False)
    return {"statistic": float(result[0]), "pvalue": float(result[1])}


def z_test(r_counts, c_counts):
    n1, n2 = r_counts.sum(), c_counts.sum()
    p1, p2 = r_counts[1] / n1, c_counts[1] / n2
    pooled = (r_counts[1] + c_counts[1]) / (n1 + n2)
    variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
    if variance == 0:
        return {"statistic": 0.0, "pvalue": 1.0}
    z = (p1 - p2) / math.sqrt(variance)
    return {"statistic": float(z), "pvalue": float(2 * stats.norm.sf(abs(z)))}


def on_counts(r_counts, c_counts):
    r_counts = np.asarray(r_counts, dtype=np.int64)
    c_counts = np.asarray(c_counts, dtype=np.int64)
    p, q = shares(r_counts), shares(c_counts)
    return {
        "psi": psi(r_counts, c_counts),
        "jensen_shannon": float(jensenshannon(p, q)),
        "kl": kl(r_counts, c_counts),
        "hellinger": float(np.sqrt(0.5 * np.sum((np.sqrt(p) - np.sqrt(q)) ** 2))),
        "total_variation": float(0.5 * np.sum(np.abs(p - q))),
        "l_infinity": float(np.max(np.abs(p - q))),
        "chi_square": chi_square(r_counts, c_counts),
    }


def nulls(reference_series, current_series):
    r_null, c_null = int(reference_series.isna().sum()), int(current_series.isna().sum())
    r_rows, c_rows = len(reference_series), len(current_series)
    test = z_test(np.array([r_rows - r_null, r_null]), np.array([c_rows - c_null, c_null]))
    return {"reference": r_null / r_rows, "current": c_null / c_rows, "pvalue": test["pvalue"]}


def anderson(ref, cur):
    try:
        result = stats.anderson_ksamp([ref, cur])
    except (ValueError, IndexError):
        return None
    if not np.isfinite(result.statistic):
        return None
    return {"statistic": float(result.statistic), "pvalue": float(result.significance_level)}


def cramer(ref, cur):
    if len(ref) < 2 or len(cur) < 2:
        return None
    result = stats.cramervonmises_2samp(ref, cur)
    return {"statistic": float(result.statistic), "pvalue": float(result.pvalue)}


def numeric_expectation(ref, cur):
    ks = stats.ks_2samp(ref, cur)
    deciles = np.unique(np.quantile(ref, np.arange(1, 10) / 10))
    sturges = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
    fixed = np.array(FIXED_EDGES)
    return {
        "ks": {"statistic": float(ks.statistic), "pvalue": float(ks.pvalue)},
        "anderson_darling": anderson(ref, cur),
        "cramer_von_mises": cramer(ref, cur),
        "energy": float(stats.energy_distance(ref, cur)) / math.sqrt(max(float(np.std(ref)), MINIMUM_SCALE)),
        "deciles": on_counts(
            np.bincount(np.searchsorted(deciles, ref, side="left"), minlength=len(deciles) + 1),
            np.bincount(np.searchsorted(deciles, cur, side="left"), minlength=len(deciles) + 1)),
        "sturges": on_counts(np.histogram(ref, bins=sturges)[0], np.histogram(cur, bins=sturges)[0]),
        "edges": on_counts(
            np.bincount(np.searchsorted(fixed, ref, side="left"), minlength=len(fixed) + 1),
            np.bincount(np.searchsorted(fixed, cur, side="left"), minlength=len(fixed) + 1)),
        "percentiles": {
            "reference": [float(x) for x in np.quantile(ref, [0.05, 0.5, 0.95])],
            "current": [float(x) for x in np.quantile(cur, [0.05, 0.5, 0.95])],
        },
    }


def category_counts(reference_series, current_series):
    ref, cur = reference_series.dropna(), current_series.dropna()
    categories = sorted(set(ref) | set(cur))
    return (ref.value_counts().reindex(categories, fill_value=0).to_numpy(dtype=np.int64),
            cur.value_counts().reindex(categories, fill_value=0).to_numpy(dtype=np.int64))


def categorical_expectation(reference_series, current_series):
    r_counts, c_counts = category_counts(reference_series, current_series)
    expectation = {"counts": on_counts(r_counts, c_counts)}
    expectation["z"] = z_test(r_counts, c_counts) if len(r_counts) == 2 else None
    return expectation


def benjamini_hochberg(p):
    p = np.asarray(p, dtype=np.float64)
    m = len(p)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    adjusted_sorted = np.minimum.accumulate(ranked[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(adjusted_sorted, 1.0)
    return [float(x) for x in adjusted]


def bonferroni(p):
    return [float(x) for x in np.minimum(np.asarray(p) * len(p), 1.0)]


def text(value):
    if value is None:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


source = json.loads((HERE / "engine_drift_cases.json").read_text(encoding="utf-8"))
column_cases = []
p_values = []
for case in source["drift_cases"]:
    reference_series = read_column(HERE / case["reference"])
    current_series = read_column(HERE / case["current"])
    entry = {"name": case["name"], "type": case["type"], "nulls": nulls(reference_series, current_series)}
    if case["type"] in ("double", "int64"):
        entry["numeric"] = numeric_expectation(numbers(reference_series), numbers(current_series))
        entry["categorical"] = None
        p_values.append(entry["numeric"]["ks"]["pvalue"])
    else:
        entry["numeric"] = None
        entry["categorical"] = categorical_expectation(reference_series, current_series)
        p_values.append(entry["categorical"]["counts"]["chi_square"]["pvalue"])
    column_cases.append(entry)

# A dataset of six columns, 400 rows a side: a shifted and a stable number, a category set that moved,
# a stable category, a flag whose share moved, and a number whose only change is its null share.
ROWS = 400
reference = {
    "shifted": np.round(rng.normal(0, 1, ROWS), 3),
    "stable": np.round(rng.normal(10, 2, ROWS), 3),
    "channel": rng.choice(["app", "web", "pos"], ROWS, p=[0.5, 0.3, 0.2]),
    "tier": rng.choice(["gold", "silver", "bronze", "basic"], ROWS, p=[0.1, 0.2, 0.3, 0.4]),
    "flag": rng.random(ROWS) < 0.2,
    "nullable": np.round(rng.normal(5, 1, ROWS), 3),
}
current = {
    "shifted": np.round(rng.normal(0.5, 1, ROWS), 3),
    "stable": np.round(rng.normal(10, 2, ROWS), 3),
    "channel": rng.choice(["app", "web", "pos", "kiosk"], ROWS, p=[0.4, 0.3, 0.2, 0.1]),
    "tier": rng.choice(["gold", "silver", "bronze", "basic"], ROWS, p=[0.1, 0.2, 0.3, 0.4]),
    "flag": rng.random(ROWS) < 0.35,
    "nullable": np.round(rng.normal(5, 1, ROWS), 3),
}
reference_nullable = [float(v) if rng.random() >= 0.02 else None for v in reference["nullable"]]
current_nullable = [float(v) if rng.random() >= 0.25 else None for v in current["nullable"]]
COLUMNS = ["shifted", "stable", "channel", "tier", "flag", "nullable"]
TYPES = {"shifted": "double", "stable": "double", "channel": "string", "tier": "string", "flag": "bool", "nullable": "double"}
IMPORTANCE = {"shifted": 0.4, "stable": 0.3, "channel": 0.1, "tier": 0.1, "flag": 0.05, "nullable": 0.05}


def write_dataset(path, columns, nullable):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["row"] + COLUMNS)
        for i in range(ROWS):
            row = [i + 1] + [text(columns[c][i].item() if hasattr(columns[c][i], "item") else columns[c][i]) for c in COLUMNS[:-1]]
            writer.writerow(row + [text(nullable[i])])


write_dataset(HERE / "dataset_reference.csv", reference, reference_nullable)
write_dataset(HERE / "dataset_current.csv", current, current_nullable)

dataset_columns = []
for column in COLUMNS:
    ref_series = read_column(HERE / "dataset_reference.csv", column)
    cur_series = read_column(HERE / "dataset_current.csv", column)
    if TYPES[column] == "double":
        ref, cur = numbers(ref_series), numbers(cur_series)
        if min(len(ref), len(cur)) <= 1000:
            method, value = "ks", float(stats.ks_2samp(ref, cur).pvalue)
        else:
            raise AssertionError("the dataset case keeps every sample small")
    else:
        r_counts, c_counts = category_counts(ref_series, cur_series)
        n = min(r_counts.sum(), c_counts.sum())
        if len(r_counts) <= 2:
            method, value = "z", z_test(r_counts, c_counts)["pvalue"]
        elif n >= 5 * len(r_counts):
            method, value = "chi-square", chi_square(r_counts, c_counts)["pvalue"]
        else:
            method, value = "jensen-shannon", float(jensenshannon(shares(r_counts), shares(c_counts)))
    dataset_columns.append({"column": column, "method": method, "value": value, "nulls": nulls(ref_series, cur_series)})

tested = [c for c in dataset_columns if c["method"] != "jensen-shannon"]
for column, adjusted in zip(tested, benjamini_hochberg([c["value"] for c in tested])):
    column["adjusted_pvalue"] = adjusted
for column in dataset_columns:
    judged = column.get("adjusted_pvalue", column["value"])
    column["drifted"] = bool(judged < 0.05) if column["method"] != "jensen-shannon" else bool(judged > 0.1)
weight = sum(IMPORTANCE.values())
drifted_weight = sum(IMPORTANCE[c["column"]] for c in dataset_columns if c["drifted"])

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__}, pandas {pd.__version__}, seed {SEED})",
    "fixed_edges": FIXED_EDGES,
    "column_cases": column_cases,
    "corrections": {
        "pvalues": p_values,
        "benjamini_hochberg": benjamini_hochberg(p_values),
        "bonferroni": bonferroni(p_values),
    },
    "dataset": {
        "reference": "dataset_reference.csv",
        "current": "dataset_current.csv",
        "types": TYPES,
        "importance": IMPORTANCE,
        "columns": dataset_columns,
        "weighted_drifted_share": drifted_weight / weight,
        "drifted_count": sum(1 for c in dataset_columns if c["drifted"]),
    },
}
(HERE / "engine_drift_method_cases.json").write_text(json.dumps(document, indent=1, allow_nan=False) + "\n", encoding="utf-8")
