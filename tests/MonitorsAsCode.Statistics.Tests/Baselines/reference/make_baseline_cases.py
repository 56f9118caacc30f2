"""Reference values for the baseline kernels (src/MonitorsAsCode.Statistics/Baselines).

Run with Debian's interpreter: /usr/bin/python3 make_baseline_cases.py > baseline_cases.json
(needs python3-numpy and python3-statsmodels from apt). Seeded, so the output is the same on every run.

- robust: np.median, the MAD (np.median(|x - median|)) and np.quantile(..., method='linear') of seeded samples.
- holt_winters: statsmodels ExponentialSmoothing(trend='add', seasonal='add', seasonal_periods=m,
  initialization_method='known', initial_level/trend/seasonal = the simple heuristic computed here with numpy),
  fit(smoothing_level, smoothing_trend, smoothing_seasonal, optimized=False): fittedvalues, forecast(1), sse.
  The same fit with initialization_method='legacy-heuristic' is asserted equal here, so the initial state is statsmodels' own.
- same_period: the same-period-last-week baseline by hand with numpy: np.median of the values one, two, ... seasons
  before the next point (NaN = a missing window, skipped) and 1.4826 * np.median(|d - np.median(d)|) of the
  season-over-season changes d (pairs with a NaN skipped).
- holt_winters_grid: the (alpha, beta, gamma) of the 0.1..0.9 grid with the smallest statsmodels sse.
"""
import json
import sys
import itertools

import numpy as np
import statsmodels
from statsmodels.tsa.holtwinters import ExponentialSmoothing

rng = np.random.default_rng(20261207)


def robust_case(name, values):
    values = np.asarray(values, dtype=float)
    median = float(np.median(values))
    mad = float(np.median(np.abs(values - median)))
    mean_dev = float(np.mean(np.abs(values - median)))
    q = np.quantile(values, [0.25, 0.5, 0.75], method="linear")
    return {
        "name": name,
        "values": values.tolist(),
        "median": median,
        "mad": mad,
        "mean_absolute_deviation": mean_dev,
        "quartiles": [float(v) for v in q],
    }


def seasonal_series(n, m, level, slope, amplitude, noise):
    t = np.arange(n)
    pattern = amplitude * np.sin(2 * np.pi * np.arange(m) / m)
    return level + slope * t + pattern[t % m] + rng.normal(0, noise, n)


def simple_init(y, m):
    level = float(np.mean(y[:m]))
    trend = float((np.mean(y[m:2 * m]) - np.mean(y[:m])) / m)
    seasonal = [float(v) for v in (y[:m] - level)]
    return level, trend, seasonal


def hw_case(name, y, m, alpha, beta, gamma):
    level, trend, seasonal = simple_init(y, m)
    model = ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=m, initialization_method="known",
                                 initial_level=level, initial_trend=trend, initial_seasonal=seasonal)
    fit = model.fit(smoothing_level=alpha, smoothing_trend=beta, smoothing_seasonal=gamma, optimized=False)
    legacy = ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=m,
                                  initialization_method="legacy-heuristic").fit(
        smoothing_level=alpha, smoothing_trend=beta, smoothing_seasonal=gamma, optimized=False)
    assert np.allclose(fit.fittedvalues, legacy.fittedvalues, rtol=1e-12, atol=0), name
    return {
        "name": name,
        "period": m,
        "values": [float(v) for v in y],
        "alpha": alpha,
        "beta": beta,
        "gamma": gamma,
        "initial_level": level,
        "initial_trend": trend,
        "initial_seasonal": seasonal,
        "fitted": [float(v) for v in fit.fittedvalues],
        "forecast": float(fit.forecast(1)[0]),
        "sse": float(fit.sse),
    }


def grid_case(name, y, m):
    level, trend, seasonal = simple_init(y, m)
    grid = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    best = None
    for a, b, g in itertools.product(grid, grid, grid):
        model = ExponentialSmoothing(y, trend="add", seasonal="add", seasonal_periods=m, initialization_method="known",
                                     initial_level=level, initial_trend=trend, initial_seasonal=seasonal)
        sse = model.fit(smoothing_level=a, smoothing_trend=b, smoothing_seasonal=g, optimized=False).sse
        if best is None or sse < best[0]:
            best = (sse, a, b, g)
    return {"name": name, "period": m, "values": [float(v) for v in y], "sse": float(best[0]),
            "alpha": best[1], "beta": best[2], "gamma": best[3]}


def same_period_case(name, y, m):
    y = np.asarray(y, dtype=float)
    n = len(y)
    same = [y[t] for t in range(n - m, -1, -m) if np.isfinite(y[t])]
    d = np.array([y[t] - y[t - m] for t in range(m, n) if np.isfinite(y[t]) and np.isfinite(y[t - m])])
    mad = float(np.median(np.abs(d - np.median(d))))
    return {"name": name, "period": m, "values": [None if not np.isfinite(v) else float(v) for v in y],
            "expected": float(np.median(same)), "change_median": float(np.median(d)), "change_mad": mad}


robust = [
    robust_case("normal-28", rng.normal(1000, 50, 28)),
    robust_case("odd-count-15", rng.normal(0.02, 0.005, 15)),
    robust_case("with-outliers", np.concatenate([rng.normal(5000, 100, 20), [9000.0, 100.0]])),
    robust_case("heavy-ties-zero-mad", [3.0, 3.0, 3.0, 3.0, 3.0, 4.0, 7.0]),
    robust_case("all-equal", [2.5] * 6),
    robust_case("small-3", [1.0, 10.0, 4.0]),
]

holt_winters = [
    hw_case("weekly-42-mid", seasonal_series(42, 7, 1000, 2.0, 150, 20), 7, 0.3, 0.1, 0.2),
    hw_case("weekly-84-high", seasonal_series(84, 7, 50000, -15.0, 8000, 900), 7, 0.8, 0.05, 0.6),
    hw_case("period-4-low", seasonal_series(20, 4, 0.1, 0.001, 0.02, 0.003), 4, 0.1, 0.2, 0.05),
    hw_case("weekly-14-extremes", seasonal_series(14, 7, 300, 0.0, 40, 5), 7, 1.0, 0.0, 1.0),
]

weekly = seasonal_series(35, 7, 1000, 0.0, 300, 40)
weekly_gaps = weekly.copy()
weekly_gaps[[3, 10, 20, 28]] = np.nan
same_period = [
    same_period_case("weekly-35", weekly, 7),
    same_period_case("weekly-35-gaps", weekly_gaps, 7),
    same_period_case("daily-hours-30", seasonal_series(30, 24, 50, 0.0, 10, 2), 24),
]

grids = [
    grid_case("weekly-56-grid", seasonal_series(56, 7, 2000, 3.0, 400, 60), 7),
    grid_case("period-5-grid", seasonal_series(30, 5, 10, 0.1, 3, 0.4), 5),
]

json.dump({
    "_generated_by": "make_baseline_cases.py with numpy " + np.__version__ + " and statsmodels " + statsmodels.__version__
                     + " (Debian /usr/bin/python3 " + sys.version.split()[0] + ")",
    "robust": robust,
    "holt_winters": holt_winters,
    "holt_winters_grid": grids,
    "same_period": same_period,
}, sys.stdout, indent=1)
sys.stdout.write("\n")
