#!/usr/bin/python3
"""Writes million_row_cases.json: reference values for every drift method on samples of 10^6 rows.

Run from the repository root with Debian's Python (python3-numpy, python3-scipy):

    /usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_million_row_cases.py

The samples are not committed. Each is described by a generator spec that the C# test
(SeededSample.cs) turns into the same values bit for bit, so only the spec and the statistics
numpy and scipy compute from the samples are stored:

  stream    SplitMix64 (Steele, Lea & Flood 2014; Vigna's reference code): the state starts at
            `seed`; each draw adds 0x9E3779B97F4A7C15 to the state (mod 2^64) and returns
            z ^ (z >> 31) after z = (s ^ (s >> 30)) * 0xBF58476D1CE4E5B9 and
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB (both mod 2^64).
            u = draw >> 11 is a 53-bit integer, uniform on [0, 2^53).
  normal    mean + sd * (float(u_1 + ... + u_12) * 2^-53 - 6): the Irwin-Hall sum of twelve
            uniforms, an approximate standard normal; the integer sum is exact, float() rounds
            once to nearest, and the scaling by 2^-53 is exact, so both languages agree.
  integer   offset + ((u * k) >> 53): uniform on the integers offset ... offset + k - 1 (ties).
  weights   category i for the t = (u * W) >> 53 with cum[i] <= t < cum[i + 1], W = sum(weights),
            cum the running sums of the integer weights: categories with given shares.
            k and W stay below 2^11, so u * k and u * W fit in 64 bits.
Every operation above is integer arithmetic or a single correctly rounded IEEE operation.

Statistics (numpy and scipy, independently of the C# code):
  ks        scipy.stats.ks_2samp (method='auto': asymptotic at this size)
  ad        scipy.stats.anderson_ksamp([reference, current]) (midrank=True)
  cvm       scipy.stats.cramervonmises_2samp (method='auto': asymptotic at this size); and the
            statistic as an exact fraction, from integer doubled midrank deviations (scipy's float
            formula cancels two numbers near 3e5 and keeps about ten digits)
  energy    scipy.stats.energy_distance; normed by sqrt(max(np.std(reference), 0.001))
  w         scipy.stats.wasserstein_distance; normed by max(np.std(reference), 0.001)
  bins      edges np.unique(np.quantile(reference, k / 10)), counts by searchsorted 'left'
  psi, kl   shares with a share of exactly 0 -> 0.0001 on each side; psi sum (r - c) ln(r / c),
            kl sum r ln(r / c)
  js        scipy.spatial.distance.jensenshannon(reference_counts, current_counts) (base e)
  hellinger sqrt(0.5 * sum (sqrt(p) - sqrt(q))^2); tv 0.5 * sum |p - q|; linf max |p - q|
  chi2      scipy.stats.chi2_contingency([reference, current], correction=False) over the bins or
            categories present on at least one side
  z         statsmodels' proportions_ztest written out (pooled), on the share of category 1
The file also stores each sample's length, sum and minimum and maximum, so a test can tell a
generator mismatch from a statistics mismatch.
"""

import json
import pathlib
import warnings
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon

ROWS = 1_000_000
ZERO_SHARE = 0.0001
MINIMUM_SCALE = 0.001
BINS = 10
HERE = pathlib.Path(__file__).resolve().parent
COMMAND = "/usr/bin/python3 tests/MonitorsAsCode.Statistics.Tests/Drift/reference/make_million_row_cases.py"
GOLDEN = np.uint64(0x9E3779B97F4A7C15)

warnings.simplefilter("ignore")  # anderson_ksamp warns when it caps its p-value


def uniforms53(seed, count):
    """The first `count` 53-bit draws of SplitMix64 from `seed`, vectorized (uint64 wraps mod 2^64)."""
    with np.errstate(over="ignore"):
        state = np.uint64(seed) + GOLDEN * np.arange(1, count + 1, dtype=np.uint64)
        z = state
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return z >> np.uint64(11)


def uniforms53_reference(seed, count):
    """The same draws in plain Python integers, to check the vectorized version on a prefix."""
    mask = (1 << 64) - 1
    state = seed
    out = []
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        out.append((z ^ (z >> 31)) >> 11)
    return out


def generate(spec):
    kind, seed, count = spec["kind"], spec["seed"], spec["count"]
    if kind == "normal":
        u = uniforms53(seed, 12 * count).reshape(count, 12)
        sums = u.sum(axis=1, dtype=np.uint64)  # exact: 12 * 2^53 < 2^64
        z = sums.astype(np.float64) * 2.0 ** -53 - 6.0
        return spec["mean"] + spec["sd"] * z
    u = uniforms53(seed, count)
    assert spec.get("k", 0) < 2 ** 11 and sum(spec.get("weights", [])) < 2 ** 11, "u * k must fit in 64 bits"
    if kind == "integer":
        return (spec["offset"] + ((u * np.uint64(spec["k"])) >> np.uint64(53)).astype(np.int64)).astype(np.float64)
    if kind == "weights":
        weights = np.asarray(spec["weights"], dtype=np.uint64)
        t = (u * np.uint64(int(weights.sum()))) >> np.uint64(53)
        cumulative = np.cumsum(weights)
        return np.searchsorted(cumulative, t, side="right")  # the i with cum[i-1] <= t < cum[i]
    raise ValueError(kind)


def check_generator():
    assert [int(x) for x in uniforms53(12345, 20)] == uniforms53_reference(12345, 20)
    # Vigna's splitmix64.c from state 0: the first output is 0xE220A8397B1DCDAF.
    assert int(uniforms53(0, 1)[0]) == 0xE220A8397B1DCDAF >> 11


def shares(counts):
    return counts / counts.sum()


def with_floor(share):
    return np.where(share == 0, ZERO_SHARE, share)


def distances(reference_counts, current_counts):
    p = shares(reference_counts)
    q = shares(current_counts)
    r = with_floor(p)
    c = with_floor(q)
    table = np.vstack([reference_counts, current_counts])
    table = table[:, table.sum(axis=0) > 0]
    chi2 = stats.chi2_contingency(table, correction=False)
    return {
        "psi": float(np.sum((r - c) * np.log(r / c))),
        "kl": float(np.sum(r * np.log(r / c))),
        "jensen_shannon": float(jensenshannon(reference_counts, current_counts)),
        "hellinger": float(np.sqrt(0.5 * np.sum((np.sqrt(p) - np.sqrt(q)) ** 2))),
        "total_variation": float(0.5 * np.sum(np.abs(p - q))),
        "l_infinity": float(np.max(np.abs(p - q))),
        "chi_square": {"statistic": float(chi2[0]), "dof": int(chi2[2]), "pvalue": float(chi2[1])},
    }


def summary(sample):
    return {
        "count": int(len(sample)),
        "head": [float(x) for x in sample[:5]],
        "mean": float(np.mean(sample)),
        "min": float(np.min(sample)),
        "max": float(np.max(sample)),
    }


def exact_cramer_von_mises(x, y):
    """T = (6U - k(4k - 1)) / (6kN) as a fraction, 4U summed from integer doubled midrank deviations."""
    nx, ny = len(x), len(y)
    doubled = (2 * stats.rankdata(np.concatenate([np.sort(x), np.sort(y)]), method="average")).astype(np.int64)
    dx = doubled[:nx] - 2 * np.arange(1, nx + 1, dtype=np.int64)
    dy = doubled[nx:] - 2 * np.arange(1, ny + 1, dtype=np.int64)
    four_u = nx * int(np.sum(dx.astype(object) ** 2)) + ny * int(np.sum(dy.astype(object) ** 2))
    k, total = nx * ny, nx + ny
    return float(Fraction(6 * four_u - 4 * k * (4 * k - 1), 24 * k * total))


def numeric_case(name, reference_spec, current_spec):
    reference = generate(reference_spec)
    current = generate(current_spec)
    ks = stats.ks_2samp(reference, current)
    ad = stats.anderson_ksamp([reference, current])
    cvm = stats.cramervonmises_2samp(reference, current)
    std = float(np.std(reference))
    energy = float(stats.energy_distance(reference, current))
    wasserstein = float(stats.wasserstein_distance(reference, current))
    edges = np.unique(np.quantile(reference, np.arange(1, BINS) / BINS))
    reference_counts = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=len(edges) + 1)
    current_counts = np.bincount(np.searchsorted(edges, current, side="left"), minlength=len(edges) + 1)
    return {
        "name": name,
        "reference": reference_spec,
        "current": current_spec,
        "expected": {
            "reference_summary": summary(reference),
            "current_summary": summary(current),
            "ks": {"statistic": float(ks.statistic), "pvalue": float(ks.pvalue)},
            "anderson_darling": {"statistic": float(ad.statistic), "pvalue": float(ad.pvalue)},
            "cramer_von_mises": {"statistic": float(cvm.statistic), "pvalue": float(cvm.pvalue)},
            "cramer_von_mises_exact_statistic": exact_cramer_von_mises(reference, current),
            "reference_std": std,
            "energy": energy,
            "energy_normed": energy / np.sqrt(max(std, MINIMUM_SCALE)),
            "wasserstein": wasserstein,
            "wasserstein_normed": wasserstein / max(std, MINIMUM_SCALE),
            "edges": [float(e) for e in edges],
            "reference_counts": [int(c) for c in reference_counts],
            "current_counts": [int(c) for c in current_counts],
            "binned": distances(reference_counts, current_counts),
        },
    }


def z_test(reference_counts, current_counts):
    count = np.array([reference_counts[1], current_counts[1]], dtype=np.float64)
    nobs = np.array([reference_counts.sum(), current_counts.sum()], dtype=np.float64)
    proportions = count / nobs
    pooled = count.sum() / nobs.sum()
    z = (proportions[0] - proportions[1]) / np.sqrt(pooled * (1 - pooled) * np.sum(1.0 / nobs))
    return {"statistic": float(z), "pvalue": float(2 * stats.norm.sf(abs(z)))}


def categorical_case(name, reference_spec, current_spec):
    levels = max(len(reference_spec["weights"]), len(current_spec["weights"]))
    reference_counts = np.bincount(generate(reference_spec), minlength=levels)
    current_counts = np.bincount(generate(current_spec), minlength=levels)
    expected = {
        "reference_counts": [int(c) for c in reference_counts],
        "current_counts": [int(c) for c in current_counts],
        **distances(reference_counts, current_counts),
        "z_test": z_test(reference_counts, current_counts) if levels == 2 else None,
    }
    return {"name": name, "reference": reference_spec, "current": current_spec, "expected": expected}


def normal(seed, mean, sd, count=ROWS):
    return {"kind": "normal", "seed": seed, "count": count, "mean": mean, "sd": sd}


def integer(seed, offset, k, count=ROWS):
    return {"kind": "integer", "seed": seed, "count": count, "offset": offset, "k": k}


def weights(seed, values, count=ROWS):
    return {"kind": "weights", "seed": seed, "count": count, "weights": values}


check_generator()

numeric = [
    # A shift of 0.002 sd: p-values inside (0, 1) rather than at a cap or at 0.
    numeric_case("normal_tiny_shift", normal(101, 0.0, 1.0), normal(102, 0.002, 1.0)),
    # Integers 0..19 against 1..21: ties everywhere, and values above the reference's range.
    numeric_case("integers_ties_and_values_outside_the_reference", integer(201, 0, 20), integer(202, 1, 21)),
    # Unequal sizes and a wider spread, around a large offset.
    numeric_case("wider_around_an_offset_unequal_sizes", normal(301, 1000.0, 2.0), normal(302, 1000.0, 2.2, count=300_000)),
]

zipf = [max(1, int(round(60 / (i + 1) ** 0.8))) for i in range(200)]  # W = sum(zipf) < 2^11
reference_levels = zipf[:-2] + [0, 0]  # the last two levels only in the current sample
current_levels = [0] + zipf[1:]  # the first level only in the reference sample
categorical = [
    categorical_case("two_hundred_levels_one_side_only", weights(401, reference_levels), weights(402, current_levels)),
    categorical_case("two_hundred_levels_stable", weights(501, zipf), weights(502, zipf)),
    categorical_case("binary_rare_event_moved", weights(601, [990, 10]), weights(602, [988, 12])),
]

document = {
    "_generated_by": f"{COMMAND} (numpy {np.__version__}, scipy {scipy.__version__})",
    "numeric_cases": numeric,
    "categorical_cases": categorical,
}

(HERE / "million_row_cases.json").write_text(json.dumps(document, indent=1, allow_nan=False) + "\n", encoding="utf-8")
