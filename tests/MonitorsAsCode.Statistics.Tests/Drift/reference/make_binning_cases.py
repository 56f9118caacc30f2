#!/usr/bin/python3
"""Writes binning_cases.json, the reference values for LinearQuantiles and SturgesBins.

Run from the repository root with Debian's Python (python3-numpy):

    /usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_binning_cases.py

Everything is computed here with numpy, independently of the C# code:
  quantiles  np.quantile(sample, levels)                       (method='linear', numpy's default)
  sturges    edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins='sturges')
             counts = np.histogram(sample, bins=edges)[0] for each sample
Large samples are stored as distinct values with repeat counts (both results depend only on the
multiset of values), so the file stays small while a sample reaches 10^6.
The generator is seeded, so rerunning it with the same numpy rewrites the same file.
"""

import json
import pathlib

import numpy as np

SEED = 20261116
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_binning_cases.py"
LEVELS = [0.0, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.99, 1.0]

rng = np.random.default_rng(SEED)


def floats(array):
    return [float(x) for x in np.asarray(array, dtype=np.float64)]


def sample_json(sample):
    sample = np.asarray(sample, dtype=np.float64)
    if len(sample) <= 2000:
        return {"values": floats(sample), "repeats": None}
    distinct, repeats = np.unique(sample, return_counts=True)
    return {"values": floats(distinct), "repeats": [int(r) for r in repeats]}


def quantile_case(name, sample):
    sample = np.asarray(sample, dtype=np.float64)
    return {
        "name": name,
        "sample": sample_json(sample),
        "levels": LEVELS,
        "expected": floats(np.quantile(sample, LEVELS)),
    }


def sturges_case(name, reference, current):
    reference = np.asarray(reference, dtype=np.float64)
    current = np.asarray(current, dtype=np.float64)
    edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")
    return {
        "name": name,
        "reference": sample_json(reference),
        "current": sample_json(current),
        "edges": floats(edges),
        "reference_counts": [int(c) for c in np.histogram(reference, bins=edges)[0]],
        "current_counts": [int(c) for c in np.histogram(current, bins=edges)[0]],
    }


normal = np.round(rng.normal(50, 10, 1000), 4)
integers = rng.integers(0, 6, 500).astype(np.float64)
million = np.round(rng.lognormal(3, 1, 1_000_000), 1)
quantile_cases = [
    quantile_case("normal_1000", normal),
    quantile_case("integers_with_ties", integers),
    quantile_case("constant", [4.25] * 7),
    quantile_case("single_value", [3.5]),
    quantile_case("two_values", [2.0, -1.0]),
    quantile_case("presorted_descending", np.arange(100, 0, -1) * 0.5),
    quantile_case("mostly_one_value", np.concatenate([np.full(3000, 1.0), np.round(rng.normal(0, 1, 40), 3)])),
    quantile_case("lognormal_1e6", million),
]

sturges_cases = [
    sturges_case("normal_shift", np.round(rng.normal(0, 1, 800), 4), np.round(rng.normal(0.5, 1.2, 600), 4)),
    sturges_case("integers_with_ties", rng.integers(0, 24, 300), rng.integers(0, 30, 250)),
    sturges_case("constant_both", [7.0] * 5, [7.0] * 3),
    sturges_case("single_rows", [1.0], [2.0]),
    sturges_case("current_outside_reference_range", np.round(rng.uniform(0, 10, 200), 3), np.round(rng.uniform(8, 20, 150), 3)),
    sturges_case("values_on_edges", np.arange(0, 11, 1.0), np.arange(0, 11, 0.5)),
    sturges_case("lognormal_1e6", million, np.round(rng.lognormal(3.1, 1, 1_000_000), 1)),
]

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, seed {SEED})",
    "quantile_cases": quantile_cases,
    "sturges_cases": sturges_cases,
}
(HERE / "binning_cases.json").write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
