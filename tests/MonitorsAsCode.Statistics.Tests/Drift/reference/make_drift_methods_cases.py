#!/usr/bin/python3
"""Writes drift_methods_cases.json, the reference values for the drift tests and distances.

Run from the repository root with Debian's Python (python3-numpy, python3-scipy):

    /usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_drift_methods_cases.py

Everything is computed here with numpy and scipy, independently of the C# code:
  ks        scipy.stats.ks_2samp(reference, current)                 (method='auto', two-sided)
  ad        scipy.stats.anderson_ksamp([reference, current])         (midrank=True); null where scipy
            raises or returns nan (fewer than 4 values, or a single distinct value)
  cvm       scipy.stats.cramervonmises_2samp(reference, current)     (method='auto'); null where scipy
            raises (a sample of fewer than 2 values)
  energy    scipy.stats.energy_distance(reference, current), normed by sqrt(max(np.std(reference), 0.001));
            energy_scaling: energy_distance of both samples multiplied by c, and the normed value
  counts    quantile bins as in make_drift_cases.py (10 bins, np.quantile 'linear', searchsorted 'left')
  kl        shares = counts / total, a share of exactly 0 -> 0.0001 on each side, sum r ln(r / c)
  hellinger sqrt(0.5 * sum (sqrt(p) - sqrt(q))^2), checked against sqrt(1 - sum sqrt(p q))
  tv, linf  0.5 * sum |p - q|, max |p - q|
  chi2      scipy.stats.chi2_contingency([reference, current], correction=False) over the categories
            present on at least one side (scipy refuses a category absent from both)
  z         statsmodels' proportions_ztest(count, nobs) written out: pooled p = (c1 + c2) / (n1 + n2),
            z = (p1 - p2) / sqrt(p (1 - p) (1 / n1 + 1 / n2)), p-value = 2 * scipy.stats.norm.sf(|z|);
            p1, p2 are the shares of the second category (index 1)
  kstwo     scipy.stats.kstwo.sf(x, n), the distribution ks_2samp's asymptotic p-value uses
  exact ks  scipy.stats._stats_py._attempt_exact_2kssamp(n1, n2, gcd, h / lcm, 'two-sided')
Large samples are rounded to 0.01 and stored as distinct values with repeat counts (every statistic
here depends only on the multiset of values), so the file stays small while a sample reaches 10^5.
The generator is seeded, so rerunning it with the same numpy and scipy rewrites the same file.
"""

import json
import math
import pathlib
import warnings

import numpy as np
import scipy
from scipy import stats
from scipy.stats import _stats_py

SEED = 20240612
ZERO_SHARE = 0.0001
MINIMUM_SCALE = 0.001
BINS = 10
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_drift_methods_cases.py"

rng = np.random.default_rng(SEED)
warnings.simplefilter("ignore")  # anderson_ksamp warns when it caps or floors its p-value


def floats(array):
    return [float(x) for x in np.asarray(array, dtype=np.float64)]


def ints(array):
    return [int(x) for x in np.asarray(array)]


def values(array):
    """Rounds generated samples to 6 decimals to keep the file small; they stay exact doubles in JSON."""
    return np.round(np.asarray(array, dtype=np.float64), 6)


def sample_json(sample, compact):
    if not compact:
        return {"values": floats(sample), "repeats": None}
    distinct, repeats = np.unique(sample, return_counts=True)
    return {"values": floats(distinct), "repeats": ints(repeats)}


def shares(counts):
    return counts / counts.sum()


def kl(reference_counts, current_counts):
    r = shares(reference_counts)
    c = shares(current_counts)
    r = np.where(r == 0, ZERO_SHARE, r)
    c = np.where(c == 0, ZERO_SHARE, c)
    return float(np.sum(r * np.log(r / c)))


def hellinger(reference_counts, current_counts):
    p = shares(reference_counts)
    q = shares(current_counts)
    value = float(np.sqrt(0.5 * np.sum((np.sqrt(p) - np.sqrt(q)) ** 2)))
    via_bhattacharyya = float(np.sqrt(max(0.0, 1.0 - np.sum(np.sqrt(p * q)))))
    assert abs(value - via_bhattacharyya) < 1e-7, (value, via_bhattacharyya)
    return value


def anderson(reference, current):
    try:
        result = stats.anderson_ksamp([reference, current])
    except (ValueError, IndexError):  # IndexError: scipy fails this way on two values in all
        return None
    if not np.isfinite(result.statistic):
        return None
    return {"statistic": float(result.statistic), "pvalue": float(result.pvalue)}


def cramer(reference, current):
    if len(reference) < 2 or len(current) < 2:
        return None
    result = stats.cramervonmises_2samp(reference, current)
    return {
        "statistic": float(result.statistic),
        "pvalue": float(result.pvalue),
        "exact": bool(max(len(reference), len(current)) <= 20),
    }


def numeric_case(name, reference, current, compact=False):
    reference = np.asarray(reference, dtype=np.float64)
    current = np.asarray(current, dtype=np.float64)
    ks = stats.ks_2samp(reference, current)
    edges = np.unique(np.quantile(reference, np.arange(1, BINS) / BINS))
    reference_counts = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=len(edges) + 1)
    current_counts = np.bincount(np.searchsorted(edges, current, side="left"), minlength=len(edges) + 1)
    reference_std = float(np.std(reference))
    energy = float(stats.energy_distance(reference, current))
    return {
        "name": name,
        "reference": sample_json(reference, compact),
        "current": sample_json(current, compact),
        "expected": {
            "ks_statistic": float(ks.statistic),
            "ks_pvalue": float(ks.pvalue),
            "ks_exact": bool(max(len(reference), len(current)) <= 10000),
            "anderson_darling": anderson(reference, current),
            "cramer_von_mises": cramer(reference, current),
            "energy": energy,
            "reference_std": reference_std,
            "energy_normed": energy / math.sqrt(max(reference_std, MINIMUM_SCALE)),
            "reference_counts": ints(reference_counts),
            "current_counts": ints(current_counts),
            "kl": kl(reference_counts, current_counts),
            "hellinger": hellinger(reference_counts, current_counts),
        },
    }


def z_test(reference_counts, current_counts):
    if len(reference_counts) != 2:
        return None
    count = np.array([reference_counts[1], current_counts[1]], dtype=np.float64)
    nobs = np.array([reference_counts.sum(), current_counts.sum()], dtype=np.float64)
    proportions = count / nobs
    pooled = count.sum() / nobs.sum()
    variance = pooled * (1 - pooled) * np.sum(1.0 / nobs)
    if variance == 0:
        return None  # statsmodels divides by zero here; the C# convention is tested on its own
    z = (proportions[0] - proportions[1]) / np.sqrt(variance)
    return {
        "statistic": float(z),
        "pvalue": float(2 * stats.norm.sf(abs(z))),
        "reference_proportion": float(proportions[0]),
        "current_proportion": float(proportions[1]),
    }


def count_case(name, reference_counts, current_counts):
    reference_counts = np.asarray(reference_counts, dtype=np.int64)
    current_counts = np.asarray(current_counts, dtype=np.int64)
    table = np.vstack([reference_counts, current_counts])
    table = table[:, table.sum(axis=0) > 0]
    chi2 = stats.chi2_contingency(table, correction=False)
    p = shares(reference_counts)
    q = shares(current_counts)
    return {
        "name": name,
        "reference_counts": ints(reference_counts),
        "current_counts": ints(current_counts),
        "expected": {
            "kl": kl(reference_counts, current_counts),
            "hellinger": hellinger(reference_counts, current_counts),
            "total_variation": float(0.5 * np.sum(np.abs(p - q))),
            "l_infinity": float(np.max(np.abs(p - q))),
            "chi_square": {"statistic": float(chi2[0]), "dof": int(chi2[2]), "pvalue": float(chi2[1])},
            "z_test": z_test(reference_counts, current_counts),
        },
    }


def label_counts(probabilities, size):
    return rng.multinomial(size, probabilities)


def rounded(array):
    return np.round(np.asarray(array, dtype=np.float64), 2)


numeric = []
numeric.append(numeric_case("normal_vs_shifted_normal_small", values(rng.normal(0, 1, 60)), values(rng.normal(0.5, 1, 45))))
numeric.append(numeric_case("small_samples_exact_cvm", values(rng.normal(0, 1, 12)), values(rng.normal(0.8, 1.5, 15))))
numeric.append(numeric_case("equal_sizes", values(rng.normal(0, 1, 50)), values(rng.normal(0.3, 1, 50))))
numeric.append(numeric_case("twenty_each_exact_cvm", values(rng.uniform(0, 1, 20)), values(rng.uniform(0.2, 1.2, 20))))
numeric.append(numeric_case("integer_valued_with_many_ties", rng.poisson(3, 300).astype(np.float64), rng.poisson(3.4, 250).astype(np.float64)))
numeric.append(numeric_case("few_levels_small_exact_cvm", rng.integers(0, 4, 10).astype(np.float64), rng.integers(0, 4, 14).astype(np.float64)))
numeric.append(numeric_case("ties_across_samples", np.array([1.0, 2, 2, 3, 3, 3, 4, 5]), np.array([2.0, 3, 3, 4, 4, 6])))
numeric.append(numeric_case("constant_reference", np.full(200, 5.0), np.concatenate([np.full(50, 5.0), values(rng.normal(5, 1, 50))])))
numeric.append(numeric_case("constant_reference_constant_current_elsewhere", np.full(10, 1.0), np.full(8, 2.0)))
numeric.append(numeric_case("constant_and_equal", np.full(20, 3.0), np.full(15, 3.0)))
numeric.append(numeric_case("single_row_reference", np.array([2.5]), values(rng.normal(2.5, 1, 30))))
numeric.append(numeric_case("single_row_current", values(rng.normal(0, 1, 100)), np.array([0.3])))
numeric.append(numeric_case("single_row_both", np.array([1.0]), np.array([4.0])))
numeric.append(numeric_case("single_row_vs_three", np.array([1.0]), np.array([2.0, 3.0, 4.0])))
numeric.append(numeric_case("two_rows_each", np.array([1.0, 2.0]), np.array([3.0, 4.0])))
numeric.append(numeric_case("two_rows_vs_three_interleaved", np.array([0.5, 2.5]), np.array([1.0, 2.0, 3.0])))
numeric.append(numeric_case("current_all_above_reference", values(rng.uniform(0, 1, 200)), values(rng.uniform(2, 5, 100))))
numeric.append(numeric_case(
    "current_outside_reference_on_both_sides",
    values(rng.uniform(0, 1, 200)),
    np.concatenate([values(rng.uniform(-2, -1, 60)), values(rng.uniform(1.5, 3, 40))])))
same = values(rng.normal(0, 1, 300))
numeric.append(numeric_case("identical_samples", same, same.copy()))
numeric.append(numeric_case("same_distribution_different_draws", values(rng.normal(0, 1, 1000)), values(rng.normal(0, 1, 1000))))
numeric.append(numeric_case("unequal_sizes_exact", values(rng.normal(0, 1, 3000)), values(rng.normal(0.05, 1, 2000))))
numeric.append(numeric_case("heavy_tailed", values(rng.standard_cauchy(400)), values(rng.standard_cauchy(350))))
numeric.append(numeric_case("large_offset", values(1e6 + rng.normal(0, 1, 500)), values(1e6 + rng.normal(0.3, 1, 500))))
numeric.append(numeric_case("tiny_spread_below_minimum_scale", values(rng.normal(1, 0.0002, 300)), values(rng.normal(1.0005, 0.0002, 300))))
# Rounded to 0.01 and stored compactly: ties everywhere, sizes up to 10^5 and beyond.
numeric.append(numeric_case(
    "exact_at_size_limit", rounded(rng.normal(0, 1, 10000)), rounded(rng.normal(0.03, 1, 7000)), compact=True))
numeric.append(numeric_case(
    "asymptotic_small_current", rounded(rng.normal(0, 1, 12000)), rounded(rng.normal(0.1, 1, 100)), compact=True))
numeric.append(numeric_case(
    "asymptotic_medium_current", rounded(rng.normal(0, 1, 15000)), rounded(rng.normal(0.05, 1, 400)), compact=True))
numeric.append(numeric_case(
    "large_same_distribution", rounded(rng.normal(0, 1, 100000)), rounded(rng.normal(0, 1, 120000)), compact=True))
numeric.append(numeric_case(
    "large_slightly_shifted", rounded(rng.normal(0, 1, 100000)), rounded(rng.normal(0.012, 1, 100000)), compact=True))
numeric.append(numeric_case(
    "large_shifted_and_wider", rounded(rng.normal(0, 1, 120000)), rounded(rng.normal(0.2, 1.3, 100000)), compact=True))

counts = []
counts.append(count_case("category_only_in_current", label_counts([0.5, 0.3, 0.2, 0.0], 400), label_counts([0.45, 0.3, 0.15, 0.1], 300)))
counts.append(count_case("category_only_in_reference", label_counts([0.4, 0.3, 0.2, 0.1], 500), label_counts([0.5, 0.3, 0.2, 0.0], 250)))
counts.append(count_case("categories_on_either_side_only", [72, 36, 12, 0], [0, 18, 45, 27]))
counts.append(count_case("same_categories_moved_shares", label_counts([0.7, 0.2, 0.1], 1000), label_counts([0.5, 0.3, 0.2], 1000)))
counts.append(count_case("same_shares_different_totals", [10, 20, 50], [40, 80, 200]))
counts.append(count_case("disjoint_categories", [10, 5, 0], [0, 0, 8]))
counts.append(count_case("single_category", [30], [12]))
counts.append(count_case("category_absent_from_both", [5, 0, 3, 7], [4, 0, 6, 2]))
counts.append(count_case("one_row_each_side_different", [1, 0], [0, 1]))
counts.append(count_case("tiny_samples", [1, 1, 0], [0, 2, 1]))
counts.append(count_case("binary_balanced", [480, 520], [530, 470]))
counts.append(count_case("binary_rare_event", [9990, 10], [9975, 25]))
counts.append(count_case("binary_positive_only_in_current", [100, 0], [95, 5]))
counts.append(count_case("binary_identical_shares", [300, 100], [150, 50]))
levels = 200
zipf = 1.0 / np.arange(1, levels + 1) ** 0.8
zipf /= zipf.sum()
counts.append(count_case("two_hundred_levels_stable", label_counts(zipf, 100000), label_counts(zipf, 100000)))
drifted = zipf * np.where(np.arange(levels) % 10 == 0, 1.25, 1.0)
drifted /= drifted.sum()
counts.append(count_case("two_hundred_levels_drifted", label_counts(zipf, 100000), label_counts(drifted, 100000)))

kolmogorov = []
for n in [1, 2, 3, 5, 10, 20, 50, 99, 140, 141, 390, 1000, 54545, 100000, 100001, 500000]:
    xs = {0.4 / n, 0.75 / n, 1.0 / n, 1.0 - 1.5 / n, 0.5, 0.7}
    xs |= {math.sqrt(c / n) for c in [0.05, 0.3, 0.7, 0.754, 0.76, 1.0, 1.5, 2.19, 2.21, 3.0, 3.99, 4.01, 8.0, 30.0, 369.0, 371.0]}
    xs |= {(c / n) ** (2.0 / 3.0) for c in [1.39, 1.41]}
    for x in sorted(xs):
        if 0 < x < 1:
            kolmogorov.append({"n": n, "x": float(x), "sf": float(stats.kstwo.sf(x, n))})

exact_ks = []
for n1, n2, d in [(5, 5, 0.6), (20, 20, 0.25), (100, 100, 0.13), (10000, 10000, 0.02), (10000, 10000, 0.008),
                  (7, 3, 0.5), (60, 45, 0.3), (1000, 999, 0.06), (3000, 2000, 0.04), (10000, 9999, 0.015),
                  (10000, 7000, 0.011), (10000, 1, 0.99), (10000, 13, 0.4), (9000, 6000, 0.5)]:
    g = math.gcd(n1, n2)
    lcm = (n1 // g) * n2
    h = int(round(d * lcm))
    _, statistic, pvalue = _stats_py._attempt_exact_2kssamp(n1, n2, g, h / lcm, "two-sided")
    exact_ks.append({"n1": n1, "n2": n2, "h": h, "statistic": float(statistic), "pvalue": float(pvalue)})

base_reference = values(rng.normal(0, 1, 400))
base_current = values(rng.normal(0.4, 1.3, 300))
scalings = []
for factor in [1.0, 1000.0, 0.01, 7.5]:
    scaled_reference = base_reference * factor
    scaled_current = base_current * factor
    distance = float(stats.energy_distance(scaled_reference, scaled_current))
    scalings.append({
        "factor": factor,
        "energy": distance,
        "energy_normed": distance / math.sqrt(max(float(np.std(scaled_reference)), MINIMUM_SCALE)),
    })
energy_scaling = {"reference": floats(base_reference), "current": floats(base_current), "scalings": scalings}

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__}, seed {SEED})",
    "numeric_cases": numeric,
    "count_cases": counts,
    "kolmogorov_cases": kolmogorov,
    "exact_kolmogorov_smirnov_cases": exact_ks,
    "energy_scaling": energy_scaling,
}

(HERE / "drift_methods_cases.json").write_text(json.dumps(document, indent=1, allow_nan=False) + "\n", encoding="utf-8")
