#!/usr/bin/env python3
"""Independent computation of the worked example's serving SLOs at 2026-11-16T00:00:00Z.

Reads monitors/fraud-scoring/data/serving.csv with the standard library only and prints, for
scoring-latency (good: latency_ms <= 120 among status < 500, objective 0.99) and
scoring-availability (good: status < 500, objective 0.995), both over 28 days, the SLI, the budget
remaining (1 - error ratio / (1 - objective)) and the burn rates over the SRE workbook's windows
(window (as_of - w, as_of], factor = consumed * 672h / long window). RunCommandSloTests uses these.

Run from the repository root:  /usr/bin/python3 tests/MonitorsAsCode.Cli.Tests/Commands/reference/serving_slos.py
"""
import csv
import datetime as dt

AS_OF = dt.datetime(2026, 11, 16)
PERIOD_HOURS = 28 * 24
WINDOWS = [("page", 1, 5 / 60, 0.02), ("page", 6, 0.5, 0.05), ("ticket", 24, 2, 0.10), ("ticket", 72, 6, 0.10)]

rows = []
with open("monitors/fraud-scoring/data/serving.csv", newline="") as f:
    for r in csv.DictReader(f):
        rows.append((dt.datetime.strptime(r["request_time"], "%Y-%m-%dT%H:%M:%SZ"), float(r["latency_ms"]), int(r["status"])))


def window(hours):
    start = AS_OF - dt.timedelta(hours=hours)
    return [r for r in rows if start < r[0] <= AS_OF]


SLOS = [
    ("scoring-latency", 0.99, lambda r: r[1] <= 120, lambda r: r[2] < 500),
    ("scoring-availability", 0.995, lambda r: r[2] < 500, lambda r: True),
]
for name, objective, good, total in SLOS:
    events = [r for r in window(PERIOD_HOURS) if total(r)]
    goods = sum(1 for r in events if good(r))
    error_ratio = 1 - goods / len(events)
    print(f"{name}: events {len(events)} good {goods} sli {goods / len(events)!r} remaining {1 - error_ratio / (1 - objective)!r}")
    for severity, long_hours, short_hours, consumed in WINDOWS:
        factor = consumed * PERIOD_HOURS / long_hours
        burns = []
        for hours in (long_hours, short_hours):
            w = [r for r in window(hours) if total(r)]
            burns.append((1 - sum(1 for r in w if good(r)) / len(w)) / (1 - objective))
        print(f"  {severity} {long_hours}h: factor {factor:.4f} long {burns[0]:.4f} short {burns[1]:.4f} firing {all(b > factor for b in burns)}")
