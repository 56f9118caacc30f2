#!/usr/bin/python3
"""Turns run.sh's /usr/bin/time -v logs (TIMES/<tool>-<suite>-<size>-<round>.txt) into a Markdown table of medians
and ratios, printed and written to OUT, and checks that both tools' outputs in OUTPUTS hold the same drift numbers:

    /usr/bin/python3 report.py --times DIR --outputs DIR --out results.md --sizes 1m,10m --repeats 3 \\
        --load-before '0.5 0.4 0.3' --load-after '2.1 1.2 0.7' [--monitors-args ...] [--peer ...] [--commit ...]

Wall time is the process's elapsed time, peak memory its maximum resident set size (what the kernel counts, data
included; GB = 10^9 bytes), CPU its user + system time; for DuckDB the whole node process that hosts it.
"""
import argparse
import datetime
import json
import math
import os
import re
import statistics

VARIANTS = ['psi', 'ks']


def seconds(clock):
    """'1:02:03' (h:mm:ss) or '2:03.45' (m:ss) as seconds."""
    total = 0.0
    for part in clock.split(':'):
        total = total * 60 + float(part)
    return total


def measurement(path):
    with open(path, encoding='utf-8') as file:
        text = file.read()

    def field(label):
        match = re.search(r'^\s*' + re.escape(label) + r'.*?: (\S+)$', text, re.MULTILINE)
        if match is None:
            raise SystemExit(f'{path}: no "{label}" line; was it written by /usr/bin/time -v?')
        return match.group(1)

    return {
        'wall': seconds(field('Elapsed (wall clock) time (h:mm:ss or m:ss)')),
        'peak': int(field('Maximum resident set size (kbytes)')) * 1024 / 1e9,
        'cpu': float(field('User time (seconds)')) + float(field('System time (seconds)')),
    }


def medians(times_dir):
    """(tool, suite) → {'wall', 'peak', 'cpu'}, each the median over the rounds."""
    runs = {}
    for name in sorted(os.listdir(times_dir)):
        match = re.fullmatch(r'(\w+)-(\w+-\w+)-(\d+)\.txt', name)
        if match:
            runs.setdefault((match.group(1), match.group(2)), []).append(measurement(os.path.join(times_dir, name)))
    return {key: {k: statistics.median(m[k] for m in values) for k in ('wall', 'peak', 'cpu')}
            for key, values in runs.items()}


def rows(size):
    """'10m' as '10,000,000'."""
    scale = {'k': 1_000, 'm': 1_000_000}.get(size[-1].lower())
    return f'{int(float(size[:-1]) * scale if scale else float(size)):,}'


def compared(ours, theirs, key):
    """Our median, DuckDB's and their ratio (ours / DuckDB's) as table cells; dashes when DuckDB was not run."""
    if theirs is None:
        return [f'{ours[key]:.2f}', '–', '–']
    return [f'{ours[key]:.2f}', f'{theirs[key]:.2f}', f'{ours[key] / theirs[key]:.2f}×']


def table(results, sizes):
    lines = [
        '| suite | rows a side | monitors run: wall s | DuckDB: wall s | wall ratio | monitors run: peak GB '
        '| DuckDB: peak GB | peak ratio | monitors run: CPU s | DuckDB: CPU s |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ]
    for size in sizes:
        for variant in VARIANTS:
            suite = f'{variant}-{size}'
            if ('monitors', suite) not in results:
                continue
            ours, theirs = results[('monitors', suite)], results.get(('duckdb', suite))
            cells = [suite, rows(size)] + compared(ours, theirs, 'wall') + compared(ours, theirs, 'peak') + \
                compared(ours, theirs, 'cpu')[:2]
            lines.append('| ' + ' | '.join(cells) + ' |')
    return lines


# `monitors run` before the one-pass engine (commit 9ca3364), as the scale issue measured it on this machine class:
# (wall seconds, peak GB) per suite. Kept here so every report shows where the numbers started.
BEFORE = {'psi-1m': (5.2, 1.25), 'psi-10m': (52.0, 12.5), 'ks-1m': (6.9, 1.5), 'ks-10m': (74.0, 14.8)}


def before(results, sizes):
    """Today's medians beside the in-memory engine's figures, for the suites both have."""
    lines = ['| suite | before: wall s | now: wall s | before: peak GB | now: peak GB |', '|---|---:|---:|---:|---:|']
    for size in sizes:
        for variant in VARIANTS:
            suite = f'{variant}-{size}'
            if ('monitors', suite) in results and suite in BEFORE:
                ours = results[('monitors', suite)]
                wall, peak = BEFORE[suite]
                lines.append(f'| {suite} | ≈{wall:.1f} | {ours["wall"]:.2f} | {peak:.2f} | {ours["peak"]:.2f} |')
    return lines if len(lines) > 2 else []


def agreement(outputs, sizes):
    """Whether DuckDB's drift numbers are `monitors run`'s, so that both did the same work: for each suite whose two
    outputs are in OUTPUTS, the PSI of every column (psi-*) or the KS statistic D of every numeric column (ks-*)."""
    lines = []
    for size in sizes:
        for variant in VARIANTS:
            suite = f'{variant}-{size}'
            ours_path, theirs_path = os.path.join(outputs, f'{suite}.json'), os.path.join(outputs, f'duckdb-{suite}.json')
            if not (os.path.exists(ours_path) and os.path.exists(theirs_path)):
                continue
            with open(ours_path, encoding='utf-8') as ours_file, open(theirs_path, encoding='utf-8') as theirs_file:
                ours, theirs = json.load(ours_file), json.load(theirs_file)
            expected, what, field = (theirs['psi'], 'PSI values', 'value') if variant == 'psi' else (theirs['ks_d'], 'KS statistics D', 'statistic')
            measured = {r['column']: r.get(field) for r in ours['results'] if r['check'] == 'drift' and r.get('column') in expected}
            differ = [c for c, value in expected.items()
                      if measured.get(c) is None or not math.isclose(measured[c], value, rel_tol=1e-9, abs_tol=1e-12)]
            lines.append(f'- {suite}: {len(expected) - len(differ)} of {len(expected)} {what} match DuckDB\'s'
                         + (f'; different: {", ".join(f"{c} ({measured.get(c)} against {expected[c]})" for c in differ)}' if differ else ''))
    return lines


def memory_total_gb():
    with open('/proc/meminfo', encoding='ascii') as file:
        for line in file:
            if line.startswith('MemTotal:'):
                return int(line.split()[1]) * 1024 / 1e9
    return 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--times', required=True)
    parser.add_argument('--outputs', required=True)
    parser.add_argument('--out', required=True)
    parser.add_argument('--sizes', required=True)
    parser.add_argument('--repeats', required=True)
    parser.add_argument('--load-before', required=True)
    parser.add_argument('--load-after', required=True)
    parser.add_argument('--monitors-args', default='')
    parser.add_argument('--peer', default='DuckDB with 2 threads')
    parser.add_argument('--commit', default='')
    arguments = parser.parse_args()

    results = medians(arguments.times)
    now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
    peer_ran = any(tool == 'duckdb' for tool, _ in results)
    rounds = f'{arguments.repeats} round' + ('s' if arguments.repeats != '1' else '')
    how = (f'Medians of {rounds}, interleaved: per suite {arguments.peer}, then `monitors run`'
           if peer_ran else f'Medians of {rounds} of `monitors run` alone (--monitors-only)')
    lines = [
        '# Full suite: `monitors run` and DuckDB computing the same aggregates',
        '',
        f'{now} · {os.cpu_count()} cores, {memory_total_gb():.1f} GB of memory · load average (1, 5, 15 min) '
        f'before {arguments.load_before}, after {arguments.load_after}',
        '',
        f'{how}; each a fresh process per run, timed whole by `/usr/bin/time -v`. '
        f'`monitors run` extra options: {arguments.monitors_args or "none"}.'
        + (f' Commit {arguments.commit} (plus any uncommitted changes).' if arguments.commit else ''),
        '',
        *table(results, arguments.sizes.split(',')),
        '',
        'Wall: elapsed time of the process. Peak: maximum resident set size (GB = 10⁹ bytes). CPU: user + system '
        'time, all threads. Ratios are `monitors run` / DuckDB: below 1× we are faster or smaller.',
    ]
    history = before(results, arguments.sizes.split(','))
    if history:
        lines += ['', '`monitors run` before the one-pass engine (commit 9ca3364, figures from the scale issue, same '
                  'machine class) and now:', '', *history]
    checked = agreement(arguments.outputs, arguments.sizes.split(','))
    if checked:
        lines += ['', 'The same numbers, from the last round\'s outputs:', '', *checked]
    text = '\n'.join(lines) + '\n'
    with open(arguments.out + '.tmp', 'w', encoding='utf-8', newline='\n') as file:
        file.write(text)
    os.replace(arguments.out + '.tmp', arguments.out)
    print(text, end='')


if __name__ == '__main__':
    main()
