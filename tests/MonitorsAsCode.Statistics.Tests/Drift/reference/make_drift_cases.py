#!/usr/bin/python3
"""Writes drift_cases.json, the reference values the MonitorsAsCode.Statistics tests compare against.

Run from the repository root with Debian's Python (python3-numpy, python3-scipy):

    /usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_drift_cases.py

Everything is computed here with numpy and scipy, independently of the C# code:
  edges   np.unique(np.quantile(reference, np.arange(1, bins) / bins))   (method='linear')
  counts  np.bincount(np.searchsorted(edges, x, side='left'), minlength=len(edges) + 1)
  psi     shares = counts / total, a share of exactly 0 -> 0.0001 on each side, sum (r - c) ln(r / c)
  js      scipy.spatial.distance.jensenshannon(reference_counts, current_counts)   (base e)
  w       scipy.stats.wasserstein_distance(reference, current), normed by max(np.std(reference), 0.001)
  summary len, np.min, np.max, np.mean, np.std(ddof=1)
The generator is seeded, so rerunning it with the same numpy and scipy rewrites the same file.
"""

import json
import pathlib

import numpy as np
import scipy
from scipy.spatial.distance import jensenshannon
from scipy.stats import wasserstein_distance

SEED = 20240611
ZERO_SHARE = 0.0001
MINIMUM_SCALE = 0.001
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_drift_cases.py"

rng = np.random.default_rng(SEED)


def values(array):
    """Rounds generated samples to 6 decimals to keep the file small; they stay exact doubles in JSON."""
    return np.round(np.asarray(array, dtype=np.float64), 6)


def floats(array):
    return [float(x) for x in np.asarray(array, dtype=np.float64)]


def ints(array):
    return [int(x) for x in np.asarray(array)]


def psi(reference_counts, current_counts):
    r = reference_counts / reference_counts.sum()
    c = current_counts / current_counts.sum()
    r = np.where(r == 0, ZERO_SHARE, r)
    c = np.where(c == 0, ZERO_SHARE, c)
    contributions = (r - c) * np.log(r / c)
    return float(np.sum(contributions)), contributions


def numeric_case(name, reference, current, bins=10):
    reference = np.asarray(reference, dtype=np.float64)
    current = np.asarray(current, dtype=np.float64)
    edges = np.unique(np.quantile(reference, np.arange(1, bins) / bins))
    reference_counts = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=len(edges) + 1)
    current_counts = np.bincount(np.searchsorted(edges, current, side="left"), minlength=len(edges) + 1)
    psi_value, psi_contributions = psi(reference_counts, current_counts)
    reference_std = float(np.std(reference))
    distance = float(wasserstein_distance(reference, current))
    return {
        "name": name,
        "bins": bins,
        "reference": floats(reference),
        "current": floats(current),
        "expected": {
            "edges": floats(edges),
            "reference_counts": ints(reference_counts),
            "current_counts": ints(current_counts),
            "psi": psi_value,
            "psi_contributions": floats(psi_contributions),
            "jensen_shannon": float(jensenshannon(reference_counts, current_counts)),
            "wasserstein": distance,
            "reference_std": reference_std,
            "wasserstein_normed": distance / max(reference_std, MINIMUM_SCALE),
        },
    }


def categorical_case(name, reference, current):
    categories = sorted(set(reference) | set(current))
    reference_counts = np.array([reference.count(c) for c in categories], dtype=np.int64)
    current_counts = np.array([current.count(c) for c in categories], dtype=np.int64)
    psi_value, psi_contributions = psi(reference_counts, current_counts)
    return {
        "name": name,
        "categories": categories,
        "reference_counts": ints(reference_counts),
        "current_counts": ints(current_counts),
        "expected": {
            "psi": psi_value,
            "psi_contributions": floats(psi_contributions),
            "jensen_shannon": float(jensenshannon(reference_counts, current_counts)),
        },
    }


def summary_case(name, data, split):
    data = np.asarray(data, dtype=np.float64)
    return {
        "name": name,
        "values": floats(data),
        "merge_split": split,
        "expected": {
            "count": int(len(data)),
            "min": float(np.min(data)),
            "max": float(np.max(data)),
            "mean": float(np.mean(data)),
            "std": float(np.std(data, ddof=1)) if len(data) >= 2 else None,
        },
    }


def labels(names, probabilities, size):
    return [str(x) for x in rng.choice(names, size=size, p=probabilities)]


numeric = []
numeric.append(numeric_case("normal_vs_shifted_normal_small", values(rng.normal(0, 1, 60)), values(rng.normal(0.5, 1, 45))))
numeric.append(numeric_case("normal_vs_shifted_normal_medium", values(rng.normal(10, 2, 1000)), values(rng.normal(10.5, 2.4, 800))))
numeric.append(numeric_case("normal_vs_shifted_normal_large", values(rng.normal(-3, 0.5, 2500)), values(rng.normal(-2.9, 0.5, 2000))))
same = values(rng.normal(0, 1, 300))
numeric.append(numeric_case("identical_samples", same, same.copy()))
numeric.append(numeric_case("same_distribution_different_draws", values(rng.normal(0, 1, 1000)), values(rng.normal(0, 1, 1000))))
numeric.append(numeric_case("integer_valued_with_many_ties", rng.poisson(3, 500).astype(np.float64), rng.poisson(3.6, 400).astype(np.float64)))
numeric.append(numeric_case("integer_valued_few_levels", rng.integers(0, 3, 200).astype(np.float64), rng.integers(0, 4, 150).astype(np.float64)))
numeric.append(numeric_case("constant_reference", np.full(200, 5.0), np.concatenate([np.full(50, 5.0), values(rng.normal(5, 1, 50))])))
numeric.append(numeric_case("single_row_reference", np.array([2.5]), values(rng.normal(2.5, 1, 30))))
numeric.append(numeric_case("single_row_current", values(rng.normal(0, 1, 100)), np.array([0.3])))
numeric.append(numeric_case("single_row_both", np.array([1.0]), np.array([4.0])))
numeric.append(numeric_case("current_all_below_reference", values(rng.uniform(0, 1, 200)), values(rng.uniform(-3, -1, 100))))
numeric.append(numeric_case("current_all_above_reference", values(rng.uniform(0, 1, 200)), values(rng.uniform(2, 5, 100))))
numeric.append(numeric_case(
    "current_outside_reference_on_both_sides",
    values(rng.uniform(0, 1, 200)),
    np.concatenate([values(rng.uniform(-2, -1, 60)), values(rng.uniform(1.5, 3, 40))])))
evenly_spaced = np.arange(11, dtype=np.float64)  # deciles are exactly 1, 2, ..., 9
numeric.append(numeric_case("values_equal_to_integer_edges", evenly_spaced, np.array([0.0, 1.0, 1.0, 2.0, 4.5, 5.0, 9.0, 9.5, 10.0, 11.0])))
skewed = values(rng.lognormal(0, 1, 500))
skewed_edges = np.unique(np.quantile(skewed, np.arange(1, 10) / 10))
numeric.append(numeric_case("values_equal_to_interpolated_edges", skewed, np.concatenate([skewed_edges, skewed_edges, values(rng.lognormal(0.1, 1, 80))])))
numeric.append(numeric_case("five_bins", values(rng.exponential(2, 700)), values(rng.exponential(2.5, 600)), bins=5))
numeric.append(numeric_case("twenty_bins", values(rng.normal(100, 15, 1500)), values(rng.normal(97, 18, 1200)), bins=20))
numeric.append(numeric_case("two_bins", values(rng.normal(0, 1, 101)), values(rng.normal(0.2, 1, 99)), bins=2))
numeric.append(numeric_case("more_bins_than_reference_rows", values(rng.normal(0, 1, 7)), values(rng.normal(0, 1, 25)), bins=20))
numeric.append(numeric_case("large_offset", values(1e6 + rng.normal(0, 1, 500)), values(1e6 + rng.normal(0.3, 1, 500))))
numeric.append(numeric_case("tiny_spread_below_minimum_scale", values(rng.normal(1, 0.0002, 300)), values(rng.normal(1.0005, 0.0002, 300))))

categorical = []
categorical.append(categorical_case(
    "category_only_in_current",
    labels(["bank", "card", "cash"], [0.5, 0.3, 0.2], 400),
    labels(["bank", "card", "cash", "crypto"], [0.45, 0.3, 0.15, 0.1], 300)))
categorical.append(categorical_case(
    "category_only_in_reference",
    labels(["de", "fr", "it", "nl"], [0.4, 0.3, 0.2, 0.1], 500),
    labels(["de", "fr", "it"], [0.5, 0.3, 0.2], 250)))
categorical.append(categorical_case(
    "categories_on_either_side_only",
    labels(["a", "b", "c"], [0.6, 0.3, 0.1], 120),
    labels(["b", "c", "d"], [0.2, 0.5, 0.3], 90)))
categorical.append(categorical_case(
    "same_categories_moved_shares",
    labels(["low", "medium", "high"], [0.7, 0.2, 0.1], 1000),
    labels(["low", "medium", "high"], [0.5, 0.3, 0.2], 1000)))
categorical.append(categorical_case("disjoint_categories", ["x"] * 10 + ["y"] * 5, ["z"] * 8))
categorical.append(categorical_case("single_category", ["only"] * 30, ["only"] * 12))

summary = []
normal = values(rng.normal(3, 2, 1000))
summary.append(summary_case("normal", normal, 500))
summary.append(summary_case("normal_uneven_merge", normal, 1))
summary.append(summary_case("large_offset", 1e9 + rng.normal(0, 1, 1000), 400))
summary.append(summary_case("integer_valued", rng.integers(-5, 6, 301).astype(np.float64), 150))
summary.append(summary_case("two_values", np.array([1.5, -2.25]), 1))
summary.append(summary_case("mixed_magnitudes", values(rng.standard_cauchy(400)), 200))
summary.append(summary_case("single_value", np.array([42.0]), 0))

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__}, seed {SEED})",
    "numeric_cases": numeric,
    "categorical_cases": categorical,
    "summary_cases": summary,
}

(HERE / "drift_cases.json").write_text(json.dumps(document, indent=1, allow_nan=False) + "\n", encoding="utf-8")
