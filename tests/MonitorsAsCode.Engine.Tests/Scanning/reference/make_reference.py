# Reference aggregates of the DuckDB-written fixture current_2k (tests/fixtures/duckdb-written/current_2k_expect.csv),
# computed independently with pandas from the fixture's expected-value CSV, not from our reader.
# Run with Debian's Python (numpy 1.24, pandas 1.5):  /usr/bin/python3 make_reference.py > current_2k_aggregates.csv
import sys
import pandas as pd

frame = pd.read_csv(sys.argv[1] if len(sys.argv) > 1 else '../../../fixtures/duckdb-written/current_2k_expect.csv',
                    na_values=['NULL'], keep_default_na=False, float_precision='round_trip')
print('# Made with /usr/bin/python3 tests/MonitorsAsCode.Engine.Tests/Scanning/reference/make_reference.py (pandas ' + pd.__version__ + ')')
print('# from tests/fixtures/duckdb-written/current_2k_expect.csv (parsed round-trip exact); std is ddof=1; doubles printed with repr')
print('column,aggregate,key,value')
for name in frame.columns:
    print(f'{name},nulls,,{int(frame[name].isna().sum())}')
numeric = [c for c in frame.columns if c.startswith(('num_', 'lognorm_', 'int_')) or c == 'score']
for name in numeric:
    values = frame[name].dropna().astype('float64')
    for aggregate, value in [('min', values.min()), ('max', values.max()), ('mean', values.mean()), ('std', values.std(ddof=1))]:
        print(f'{name},{aggregate},,{value!r}')
for name in ['cat_0', 'cat_1', 'cat_2', 'flag_0', 'flag_1']:
    counts = frame[name].dropna().astype(str).str.lower().value_counts()
    for key in sorted(counts.index):
        print(f'{name},count,{key},{int(counts[key])}')
