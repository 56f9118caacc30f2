#!/usr/bin/python3
"""Writes the DuckDB side of the full-suite benchmark, SQL_DIR/psi-<size>.sql and SQL_DIR/ks-<size>.sql:

    /usr/bin/python3 make_sql.py DATA_DIR SQL_DIR SIZE...

Each script computes every aggregate its suite's verdicts need (see make_suites.py) from the snapshot pair
DATA_DIR/reference_<size>.parquet and current_<size>.parquet, whose paths are written relative to SQL_DIR
(run_duckdb.mjs runs a script from its own folder). Both scripts:
  ref_stats, cur_stats   rows, non-null counts of every column, min/max of the 15 numeric columns, value counts
                         of the 5 categorical ones; on the current side also out-of-range counts of the 13 validity
                         ranges, distinct ids and the newest timestamp;
  e_<column>             variables: the bin edges of each binned column, its exact reference deciles (numpy's
                         linear method, quantile_cont) without duplicates;
  ref_hist, cur_hist     both sides' counts over those edges, (-inf,e1], ..., (ek,+inf).
psi-<size> bins all 15 numeric columns (PSI drift on each, and the dataset drift's PSI). ks-<size> bins the 13
feature and prediction columns (its dataset drift chooses PSI for numeric columns at these sizes) and adds
  ks_d                   the exact two-sample Kolmogorov-Smirnov statistic D of each numeric column, as
                         scipy.stats.ks_2samp defines it: max |F_ref(x) - F_cur(x)| over the union of both
                         samples, both sides sorted together by a window whose RANGE frame counts ties at once.
Categorical drift (PSI, chi-square, Jensen-Shannon) and category validity need only the value counts.
The team's shared bench/suite/make_sql.py with the paths as parameters, plus the KS script.
"""
import os
import sys

ALL = ['id', 'ts'] + [f'num_{i}' for i in range(6)] + [f'lognorm_{i}' for i in range(3)] + \
      [f'int_{i}' for i in range(3)] + [f'cat_{i}' for i in range(3)] + [f'flag_{i}' for i in range(2)] + ['score']
NUMERIC = ['id', 'ts'] + [f'num_{i}' for i in range(6)] + [f'lognorm_{i}' for i in range(3)] + \
          [f'int_{i}' for i in range(3)] + ['score']
CATEGORICAL = [f'cat_{i}' for i in range(3)] + [f'flag_{i}' for i in range(2)]
# What `columns: all` compares in a dataset drift: every column but the id and the event time.
DATASET_DRIFT_NUMERIC = [c for c in NUMERIC if c not in ('id', 'ts')]
# The validity ranges of make_suites.py.
RANGES = {
    'num_0': (-10, 10), 'num_1': (-10, 10), 'num_2': (-20, 40), 'num_3': (-6, -4), 'num_4': (-500, 2500),
    'num_5': (-10, 10), 'lognorm_0': (0, 1000), 'lognorm_1': (0, 1000000), 'lognorm_2': (0, 100),
    'int_0': (0, 99), 'int_1': (1, 2981), 'int_2': (-1000000000, 1000000000), 'score': (0, 1),
}
DECILES = '[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]'


def value(column):
    """A numeric column as DOUBLE; timestamps as epoch microseconds, as the project measures them."""
    return f'epoch_us({column})::DOUBLE' if column == 'ts' else f'{column}::DOUBLE'


def parquet(path):
    return "read_parquet('" + path.replace("'", "''") + "')"


def statements(variant, reference, current):
    binned = NUMERIC if variant == 'psi' else DATASET_DRIFT_NUMERIC
    sql = []
    # One pass over each side for the quality aggregates and the categorical value counts.
    both = ['count(*) AS n'] + [f'count({c}) AS nn_{c}' for c in ALL] + \
           [f'min({value(c)}) AS mn_{c}, max({value(c)}) AS mx_{c}' for c in NUMERIC] + \
           [f'histogram({c}) AS vc_{c}' for c in CATEGORICAL]
    sql.append(f'CREATE TEMP TABLE ref_stats AS SELECT {", ".join(both)} FROM {reference}')
    out_of_range = [f'count(*) FILTER (WHERE {c} < {low} OR {c} > {high} OR isnan({c}::DOUBLE)) AS bad_{c}'
                    for c, (low, high) in RANGES.items()]
    current_only = out_of_range + ['count(DISTINCT id) AS distinct_id', 'max(ts) AS max_ts']
    sql.append(f'CREATE TEMP TABLE cur_stats AS SELECT {", ".join(both + current_only)} FROM {current}')
    # Bin edges: the exact reference deciles (numpy's linear method, quantile_cont) without duplicates (as
    # numpy.unique). One column at a time: DuckDB holds a column's values to find its quantiles, and all 15 at once
    # (one UNPIVOT grouped by column, as the shared script did) took as long and 4 times the memory at 10m rows.
    for c in binned:
        sql.append(f'SET VARIABLE e_{c} = (SELECT list_sort(list_distinct(quantile_cont({value(c)}, {DECILES}))) FROM {reference})')
    histograms = ', '.join(f"histogram({value(c)}, getvariable('e_{c}')) AS h_{c}" for c in binned)
    sql.append(f'CREATE TEMP TABLE ref_hist AS SELECT {histograms} FROM {reference}')
    sql.append(f'CREATE TEMP TABLE cur_hist AS SELECT {histograms} FROM {current}')
    if variant == 'ks':
        sql.append('CREATE TEMP TABLE ks_d (name VARCHAR, d DOUBLE)')
        for c in NUMERIC:
            sql.append(ks_statistic(c, reference, current))
    return sql


def ks_statistic(column, reference, current):
    """D = max over x of |F_ref(x) - F_cur(x)|: both samples sorted together, each row carrying how many values of
    each side are at or below it; the default RANGE frame includes a row's ties, so F is right-continuous."""
    x = value(column)
    union = f'SELECT {x} AS x, 1 AS is_ref FROM {reference} WHERE {column} IS NOT NULL ' \
            f'UNION ALL SELECT {x}, 0 FROM {current} WHERE {column} IS NOT NULL'
    cumulative = f'SELECT sum(is_ref) OVER w AS at_or_below_ref, sum(1 - is_ref) OVER w AS at_or_below_cur ' \
                 f'FROM ({union}) WINDOW w AS (ORDER BY x)'
    sizes = f'(SELECT nn_{column} AS n FROM ref_stats) r, (SELECT nn_{column} AS n FROM cur_stats) c'
    return f"INSERT INTO ks_d SELECT '{column}', max(abs(at_or_below_ref / r.n - at_or_below_cur / c.n)) FROM ({cumulative}), {sizes}"


def main(arguments):
    if len(arguments) < 3:
        sys.exit(__doc__)
    data_dir, sql_dir, sizes = os.path.abspath(arguments[0]), os.path.abspath(arguments[1]), arguments[2:]
    os.makedirs(sql_dir, exist_ok=True)
    for size in sizes:
        reference = parquet(os.path.relpath(os.path.join(data_dir, f'reference_{size}.parquet'), sql_dir))
        current = parquet(os.path.relpath(os.path.join(data_dir, f'current_{size}.parquet'), sql_dir))
        for variant in ['psi', 'ks']:
            path = os.path.join(sql_dir, f'{variant}-{size}.sql')
            with open(path + '.tmp', 'w', encoding='utf-8', newline='\n') as file:
                file.write(';\n'.join(statements(variant, reference, current)) + ';\n')
            os.replace(path + '.tmp', path)


if __name__ == '__main__':
    main(sys.argv[1:])
