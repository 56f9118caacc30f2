#!/usr/bin/python3
"""Writes the CSV snapshots and engine_drift_cases.json the MonitorsAsCode.Engine tests run end to end.

Run from the repository root with Debian's Python (python3-numpy, python3-scipy, python3-pandas):

    /usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_drift_cases.py

Each drift case is a pair of CSV files (columns `row` and `x`) that the C# tests load through YAML
definitions and the MonitorRunner. The expected values are computed here from the files as pandas
reads them back, independently of the C# code:
  values  nulls (empty fields) dropped, then NaN and +-inf dropped (and counted)
  edges   np.unique(np.quantile(reference, np.arange(1, 10) / 10))            (method='linear')
  counts  np.bincount(np.searchsorted(edges, x, side='left'), minlength=len(edges) + 1)
          categorical columns: counts over the sorted union of both samples' categories
  psi     shares = counts / total, a share of exactly 0 -> 0.0001 on each side, sum (r - c) ln(r / c)
  js      scipy.spatial.distance.jensenshannon(reference_shares, current_shares)   (natural log)
  w       scipy.stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001)
The profile case is one CSV whose column statistics are computed with numpy (std with ddof=1).
The generator is seeded, so rerunning it with the same numpy, scipy and pandas rewrites the same files.
"""

import csv
import json
import math
import pathlib

import numpy as np
import pandas as pd
import scipy
from scipy.spatial.distance import jensenshannon
from scipy.stats import wasserstein_distance

SEED = 20251116
ZERO_SHARE = 0.0001
MINIMUM_SCALE = 0.001
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Checks/reference/make_engine_drift_cases.py"

rng = np.random.default_rng(SEED)


def rounded(array, decimals=3):
    """Samples rounded so the files stay small and hold ties; written with repr they round-trip exactly."""
    return [float(x) for x in np.round(np.asarray(array, dtype=np.float64), decimals)]


def with_nulls(values, share):
    """Replaces about `share` of the values by None (an empty CSV field)."""
    mask = rng.random(len(values)) < share
    return [None if m else v for v, m in zip(values, mask)]


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)  # shortest round-trip form: 0.125, nan, inf, -inf
    return str(value)


def write_column(path, values):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["row", "x"])
        for index, value in enumerate(values, start=1):
            writer.writerow([index, text(value)])


def read_column(path):
    """The x column as pandas reads it back: text, with empty fields as missing."""
    frame = pd.read_csv(path, dtype={"row": np.int64, "x": str}, keep_default_na=False, na_values={"x": [""]})
    return frame["x"]


def shares_psi(reference_counts, current_counts):
    r = reference_counts / reference_counts.sum()
    c = current_counts / current_counts.sum()
    r = np.where(r == 0, ZERO_SHARE, r)
    c = np.where(c == 0, ZERO_SHARE, c)
    return float(np.sum((r - c) * np.log(r / c)))


def jensen_shannon(reference_counts, current_counts):
    return float(jensenshannon(reference_counts / reference_counts.sum(), current_counts / current_counts.sum()))


def numeric_case(name, column_type, reference, current):
    reference_file, current_file = f"{name}_reference.csv", f"{name}_current.csv"
    write_column(HERE / reference_file, reference)
    write_column(HERE / current_file, current)

    def finite(path):
        parsed = read_column(path).dropna().map(float).to_numpy(dtype=np.float64)
        keep = np.isfinite(parsed)
        return parsed[keep], int(np.count_nonzero(~keep))

    ref, ref_dropped = finite(HERE / reference_file)
    cur, cur_dropped = finite(HERE / current_file)
    edges = np.unique(np.quantile(ref, np.arange(1, 10) / 10))
    reference_counts = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1)
    current_counts = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1)
    return {
        "name": name,
        "type": column_type,
        "reference": reference_file,
        "current": current_file,
        "bins": int(len(edges) + 1),
        "non_finite": {"reference": ref_dropped, "current": cur_dropped},
        "expected": {
            "psi": shares_psi(reference_counts, current_counts),
            "jensen_shannon": jensen_shannon(reference_counts, current_counts),
            "wasserstein": float(wasserstein_distance(ref, cur)) / max(float(np.std(ref)), MINIMUM_SCALE),
        },
    }


def categorical_case(name, column_type, reference, current):
    reference_file, current_file = f"{name}_reference.csv", f"{name}_current.csv"
    write_column(HERE / reference_file, reference)
    write_column(HERE / current_file, current)
    ref = read_column(HERE / reference_file).dropna()
    cur = read_column(HERE / current_file).dropna()
    categories = sorted(set(ref) | set(cur))
    reference_counts = ref.value_counts().reindex(categories, fill_value=0).to_numpy(dtype=np.int64)
    current_counts = cur.value_counts().reindex(categories, fill_value=0).to_numpy(dtype=np.int64)
    return {
        "name": name,
        "type": column_type,
        "reference": reference_file,
        "current": current_file,
        "bins": len(categories),
        "non_finite": {"reference": 0, "current": 0},
        "expected": {
            "psi": shares_psi(reference_counts, current_counts),
            "jensen_shannon": jensen_shannon(reference_counts, current_counts),
            "wasserstein": None,
        },
    }


def labels(names, probabilities, size):
    return [str(x) for x in rng.choice(names, size=size, p=probabilities)]


cases = []
cases.append(numeric_case(
    "int64_with_ties_and_nulls",
    "int64",
    with_nulls([int(x) for x in rng.integers(0, 6, 200)], 0.05),
    with_nulls([int(x) for x in rng.integers(1, 8, 150)], 0.08)))
cases.append(numeric_case(
    "double_with_ties_and_nulls",
    "double",
    with_nulls(rounded(rng.normal(0, 1, 300), 1), 0.1),
    with_nulls(rounded(rng.normal(0.3, 1.2, 250), 1), 0.1)))
cases.append(numeric_case(
    "constant_reference",
    "double",
    [5.0] * 40 + [None, None],
    [5.0] * 10 + [4.0] * 3 + [6.5] * 7 + [None]))
cases.append(numeric_case(
    "single_row_current",
    "double",
    rounded(rng.normal(0, 1, 100)),
    [0.7]))
cases.append(numeric_case(
    "current_outside_reference_range",
    "double",
    rounded(rng.uniform(10, 20, 120)),
    rounded(rng.uniform(2, 9, 30)) + rounded(rng.uniform(12, 18, 20)) + rounded(rng.uniform(21, 30, 25))))
nan_reference = rounded(rng.normal(50, 5, 80))
nan_reference[7], nan_reference[30] = math.nan, math.inf
nan_current = rounded(rng.normal(53, 6, 60))
nan_current[3], nan_current[11], nan_current[40] = -math.inf, math.nan, None
cases.append(numeric_case("nan_and_infinity_present", "double", nan_reference, nan_current))
cases.append(categorical_case(
    "categories_only_on_one_side_with_nulls",
    "string",
    with_nulls(labels(["bank", "card", "cash", "cheque"], [0.4, 0.3, 0.2, 0.1], 400), 0.05),
    with_nulls(labels(["bank", "card", "cash", "crypto"], [0.35, 0.3, 0.2, 0.15], 300), 0.05)))
cases.append(categorical_case(
    "bool_with_nulls",
    "bool",
    with_nulls([bool(x) for x in rng.random(150) < 0.2], 0.1),
    with_nulls([bool(x) for x in rng.random(120) < 0.35], 0.1)))


def profile_case():
    """A CSV with one column per inferred type, and its statistics computed with numpy."""
    rows = [
        (3, 1.5, "true", "2026-11-14", "2026-11-15T10:00:00Z", "de", "1"),
        (-1, -0.25, "false", "2026-11-12", "2026-11-15T08:30:00+02:00", "fr", "2.5"),
        (7, 2.125, "true", "", "2026-11-14T23:59:59.5Z", "de", "3"),
        (None, 0.0625, "", "2026-11-13", "", "it", ""),
        (3, None, "true", "2026-11-14", "2026-11-15T10:00:00Z", "", "4"),
        (12, 10.0, "false", "2026-11-01", "2026-11-01T00:00:00Z", "nl", "-1"),
    ]
    header = ["id", "amount", "approved", "day", "event_time", "country", "mixed"]
    with open(HERE / "profile_sample.csv", "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([text(v) for v in row])

    frame = pd.read_csv(HERE / "profile_sample.csv", dtype=str, keep_default_na=False, na_values=[""])

    def numbers(column):
        values = frame[column].dropna().map(float).to_numpy(dtype=np.float64)
        return {
            "count": int(len(values)),
            "nulls": int(frame[column].isna().sum()),
            "min": float(np.min(values)),
            "max": float(np.max(values)),
            "mean": float(np.mean(values)),
            "std": float(np.std(values, ddof=1)),
            "distinct": int(len(np.unique(values))),
        }

    return {
        "file": "profile_sample.csv",
        "rows": len(rows),
        "columns": {"id": numbers("id"), "amount": numbers("amount"), "mixed": numbers("mixed")},
    }


document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__}, pandas {pd.__version__}, seed {SEED})",
    "drift_cases": cases,
    "profile": profile_case(),
}

(HERE / "engine_drift_cases.json").write_text(json.dumps(document, indent=1, allow_nan=False) + "\n", encoding="utf-8")
