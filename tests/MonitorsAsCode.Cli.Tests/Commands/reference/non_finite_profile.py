#!/usr/bin/env python3
"""Independent profile of non_finite.csv for ProfileCommandTests: what pandas counts and what it
computes over the finite values only (NaN and +-inf left out, as `monitors profile` does).

Run from the repository root:
  /usr/bin/python3 tests/MonitorsAsCode.Cli.Tests/Commands/reference/non_finite_profile.py
(pandas 1.5.3, numpy 1.24.2 from Debian). Only the empty field is missing; "NaN", "inf",
"-inf" and "Infinity" are values.
"""
import numpy
import pandas

path = "tests/MonitorsAsCode.Cli.Tests/Commands/reference/non_finite.csv"
text = pandas.read_csv(path, keep_default_na=False, na_values=[""], dtype={"reading": str})["reading"]
present = text.dropna()
values = present.map(float)  # Python's float() reads NaN, inf, -inf and Infinity
finite = values[numpy.isfinite(values)]
print("count", len(present))
print("nulls", int(text.isna().sum()))
print("non_finite", int((~numpy.isfinite(values)).sum()))
print("nan", int(numpy.isnan(values).sum()), "posinf", int(numpy.isposinf(values).sum()), "neginf", int(numpy.isneginf(values).sum()))
print("min", repr(finite.min()), "max", repr(finite.max()))
print("mean", repr(finite.mean()), "std", repr(finite.std(ddof=1)))
