#!/usr/bin/python3
"""Writes the full-suite benchmark's monitor folders, SUITES_DIR/psi-<size> and SUITES_DIR/ks-<size>:

    /usr/bin/python3 make_suites.py DATA_DIR SUITES_DIR SIZE...

Each folder holds dataset.yaml (the 20-column snapshot pair DATA_DIR/reference_<size>.parquet and
current_<size>.parquet, written RELATIVE to the folder, as a team's repository would hold them), monitors.yaml
and gates.yaml. Both suites have the same 40 quality monitors (schema, completeness of every column, validity
ranges of the 13 numeric columns, categories against the reference, id uniqueness, volume, freshness), then a drift
monitor on every column and one dataset drift monitor over the feature and prediction columns (61 in all):
  psi-<size>: PSI on every column, and PSI for the dataset drift;
  ks-<size>:  Kolmogorov-Smirnov on the numeric columns, chi-square on the categorical ones, and the dataset
              drift's automatic choice (PSI on numeric columns, Jensen-Shannon on categories at 1m rows and more).
The team's shared bench/suite/make_suites.py, reduced to these two suites.
"""
import os
import sys

COLUMNS = [
    ('id', 'int64', 'id'), ('ts', 'timestamp', 'event_time'),
    *[(f'num_{i}', 'double', 'feature') for i in range(6)],
    *[(f'lognorm_{i}', 'double', 'feature') for i in range(3)],
    *[(f'int_{i}', 'int64', 'feature') for i in range(3)],
    *[(f'cat_{i}', 'string', 'feature') for i in range(3)],
    *[(f'flag_{i}', 'bool', 'feature') for i in range(2)],
    ('score', 'double', 'prediction'),
]
NUMERIC_TYPES = {'int64', 'double', 'timestamp'}
# Validity ranges; they hold for any row count (the generator's values do not depend on it). int_0's current
# side is shifted by 5 past its maximum of 99 on purpose, so its validity monitor fails.
RANGES = {
    'num_0': (-10, 10), 'num_1': (-10, 10), 'num_2': (-20, 40), 'num_3': (-6, -4), 'num_4': (-500, 2500),
    'num_5': (-10, 10), 'lognorm_0': (0, 1000), 'lognorm_1': (0, 1000000), 'lognorm_2': (0, 100),
    'int_0': (0, 99), 'int_1': (1, 2981), 'int_2': (-1000000000, 1000000000), 'score': (0, 1),
}
CATEGORICAL = ['cat_0', 'cat_1', 'cat_2']


def dataset_yaml(reference, current, size):
    columns = '\n'.join(f'      {name}: {{ type: {kind}, role: {role} }}' for name, kind, role in COLUMNS)
    return f"""# Written by tests/MonitorsAsCode.Benchmarks/Suite/make_suites.py; snapshot paths are relative to this file.
datasets:
  - id: snap
    owner: ml-platform
    description: Synthetic 20-column monitoring snapshot ({size} rows a side), reference vs current with injected drift.
    snapshots: {{ reference: {reference}, current: {current}, captured_at: 2024-03-01T06:00:00Z }}
    columns:
{columns}
runbooks:
  - id: data-quality
    title: Data quality
    meaning: The snapshot breaks a data-quality expectation.
    mitigations: [Find the producing job, fix it and backfill.]
  - id: feature-drift
    title: Feature drift
    meaning: A column no longer looks like the reference window.
    mitigations: [Compare quantiles in both snapshots.]
"""


def quality_monitors():
    common = dict(dataset='snap', severity='act', owner='ml-oncall', runbook='data-quality')
    monitors = [dict(id='schema', check='schema', unexpected_columns='fail', **common)]
    for name, _, _ in COLUMNS:
        monitors.append(dict(id=f'{name}-completeness', check='completeness', column=name, warn=0.05, fail=0.1, **common))
    for name, (low, high) in RANGES.items():
        monitors.append(dict(id=f'{name}-validity', check='validity', column=name, min=low, max=high, warn=0.001, fail=0.01, **common))
    for name in CATEGORICAL:
        monitors.append(dict(id=f'{name}-validity', check='validity', column=name, allowed='reference', warn=0.001, fail=0.01, **common))
    monitors.append(dict(id='id-uniqueness', check='uniqueness', column='id', warn=0.001, fail=0.01, **common))
    monitors.append(dict(id='volume', check='volume', warn='{ below: 0.8, above: 1.25 }', fail='{ below: 0.5, above: 2 }', **common))
    monitors.append(dict(id='ts-freshness', check='freshness', column='ts', warn='24h', fail='36h', **common))
    return monitors


def drift_monitors(variant):
    common = dict(dataset='snap', check='drift', severity='investigate', owner='ml-oncall', runbook='feature-drift')
    monitors = []
    for name, kind, _ in COLUMNS:
        if variant == 'psi':
            monitors.append(dict(id=f'{name}-drift', column=name, method='psi', warn=0.1, fail=0.25, **common))
        elif kind in NUMERIC_TYPES:
            monitors.append(dict(id=f'{name}-drift', column=name, method='ks', warn=0.05, fail=0.01, **common))
        else:
            monitors.append(dict(id=f'{name}-drift', column=name, method='chi-square', warn=0.05, fail=0.01, **common))
    dataset_drift = dict(id='dataset-drift', columns='all', warn=0.2, fail=0.5, **common)
    if variant == 'psi':
        dataset_drift['method'] = 'psi'
    monitors.append(dataset_drift)
    return monitors


def monitor_yaml(monitor):
    first = ['id', 'dataset', 'check']
    keys = first + [key for key in monitor if key not in first]
    return '  - ' + '\n    '.join(f'{key}: {monitor[key]}' for key in keys)


def write(path, text):
    # Written to a temporary file and renamed, as the project writes its outputs.
    with open(path + '.tmp', 'w', encoding='utf-8', newline='\n') as file:
        file.write(text)
    os.replace(path + '.tmp', path)


def write_suite(folder, data_dir, size, monitors):
    os.makedirs(folder, exist_ok=True)
    reference = os.path.relpath(os.path.join(data_dir, f'reference_{size}.parquet'), folder)
    current = os.path.relpath(os.path.join(data_dir, f'current_{size}.parquet'), folder)
    write(os.path.join(folder, 'dataset.yaml'), dataset_yaml(reference, current, size))
    write(os.path.join(folder, 'monitors.yaml'), 'monitors:\n' + '\n\n'.join(monitor_yaml(m) for m in monitors) + '\n')
    write(os.path.join(folder, 'gates.yaml'), 'gates:\n  - id: deploy\n    monitors: [' + ', '.join(m['id'] for m in monitors) + ']\n')


def main(arguments):
    if len(arguments) < 3:
        sys.exit(__doc__)
    data_dir, suites_dir, sizes = os.path.abspath(arguments[0]), os.path.abspath(arguments[1]), arguments[2:]
    for size in sizes:
        for variant in ['psi', 'ks']:
            write_suite(os.path.join(suites_dir, f'{variant}-{size}'), data_dir, size, quality_monitors() + drift_monitors(variant))


if __name__ == '__main__':
    main(sys.argv[1:])
