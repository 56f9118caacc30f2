#!/bin/sh
# The full-suite benchmark: `monitors run` on a 61-monitor suite over a 20-column snapshot pair, against DuckDB
# computing every aggregate that suite needs, timed in the same run, interleaved (see README.md beside this file):
#   tests/MonitorsAsCode.Benchmarks/Suite/run.sh [sizes=1m,10m] [repeats=3] [--monitors-only]
# Env: SUITE_DATA     a folder already holding reference_<size>.parquet and current_<size>.parquet
#                     (default artifacts/suite/data, where the pair is written once per size);
#      MONITORS_ARGS  options appended to every `monitors run`, e.g. "--memory-limit 1GB".
# 1. installs DuckDB from npm (@duckdb/node-api) into artifacts/duckdb (git-ignored), once;
# 2. writes the snapshot pair of each size with gen_snapshots.mjs, once (10m: a few minutes, 2 GB of disk);
# 3. writes the suites artifacts/suite/psi-<size> and ks-<size> (make_suites.py; snapshot paths relative to them)
#    and DuckDB's scripts artifacts/suite/sql/<suite>.sql (make_sql.py);
# 4. publishes the CLI once in Release into artifacts/suite/cli (ReadyToRun on linux-x64, as the tool ships);
# 5. each round, for each size and suite: DuckDB's script (run_duckdb.mjs, 2 threads), then `monitors run`, each
#    under /usr/bin/time -v; exit code 1 from `monitors run` is expected (the injected drift fails monitors);
# 6. prints the medians and ratios as a Markdown table, also written to artifacts/suite/results.md (report.py).
# Nothing is written outside artifacts/ and the build's obj folders.
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
here=$repo/tests/MonitorsAsCode.Benchmarks/Suite
duckdb=$repo/artifacts/duckdb
suite=$repo/artifacts/suite
data=${SUITE_DATA:-$suite/data}
out=$suite/out
python=/usr/bin/python3
export DUCKDB_NODE_PREFIX="$duckdb/"

usage() {
  echo "usage: $0 [sizes=1m,10m] [repeats=3] [--monitors-only]" >&2
  exit 2
}

sizes=1m,10m
repeats=3
monitors_only=false
positional=0
for argument in "$@"; do
  case $argument in
    --monitors-only) monitors_only=true ;;
    -*) usage ;;
    *)
      positional=$((positional + 1))
      case $positional in
        1) sizes=$argument ;;
        2) repeats=$argument ;;
        *) usage ;;
      esac
      ;;
  esac
done
case $repeats in '' | *[!0-9]* | 0) usage ;; esac
size_list=$(echo "$sizes" | tr ',' ' ')

if [ ! -d "$duckdb/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$duckdb"
  (cd "$duckdb" && npm init -y >/dev/null && npm install --no-audit --no-fund @duckdb/node-api@1.5.6-r.1)
fi

for size in $size_list; do
  if [ ! -f "$data/reference_$size.parquet" ] || [ ! -f "$data/current_$size.parquet" ]; then
    if [ -n "${SUITE_DATA:-}" ]; then
      echo "SUITE_DATA=$SUITE_DATA holds no reference_$size.parquet and current_$size.parquet; unset it to write them into $suite/data" >&2
      exit 2
    fi
    node "$here/gen_snapshots.mjs" "$data" "$size"
  fi
done

# shellcheck disable=SC2086 # one argument per size
"$python" "$here/make_suites.py" "$data" "$suite" $size_list
# shellcheck disable=SC2086
"$python" "$here/make_sql.py" "$data" "$suite/sql" $size_list

# The CLI as the linux-x64 tool package ships it: published for the platform, so ReadyToRun-compiled (the csproj
# turns it on for every platform-specific publish) and a run does not wait for the JIT. Elsewhere a plain build.
rm -rf "$suite/cli"
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  dotnet publish "$repo/src/MonitorsAsCode.Cli" -c Release -r linux-x64 --self-contained false -o "$suite/cli" --nologo -v quiet
else
  dotnet build "$repo/src/MonitorsAsCode.Cli" -c Release -o "$suite/cli" --nologo -v quiet
fi
cli=$suite/cli/monitors.dll

rm -rf "$out"
mkdir -p "$out/times"

# timed TOOL SUITE ROUND COMMAND...: runs COMMAND under /usr/bin/time -v, its output in out/, and stops the
# benchmark if it exits with anything but 0 (or 1 for `monitors run`, whose monitors fail on the drift).
timed() {
  timed_tool=$1 timed_suite=$2 timed_round=$3
  shift 3
  times=$out/times/$timed_tool-$timed_suite-$timed_round.txt
  log=$out/$timed_tool-$timed_suite
  status=0
  /usr/bin/time -v -o "$times" "$@" >"$log.stdout" 2>"$log.stderr" || status=$?
  if [ "$status" -ne 0 ] && { [ "$timed_tool" != monitors ] || [ "$status" -ne 1 ]; }; then
    echo "error: $timed_tool on $timed_suite exited with $status: $*" >&2
    tail -n 20 "$log.stderr" "$log.stdout" >&2
    exit 1
  fi
  wall=$(sed -n 's/^.*Elapsed (wall clock) time.*: //p' "$times")
  peak=$(sed -n 's/^.*Maximum resident set size (kbytes): //p' "$times")
  echo "round $timed_round: $timed_tool $timed_suite: $wall wall, $((peak / 1024)) MiB peak, exit $status"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average before: $load_before"
round=1
while [ "$round" -le "$repeats" ]; do
  for size in $size_list; do
    for variant in psi ks; do
      name=$variant-$size
      if [ "$monitors_only" = false ]; then
        timed duckdb "$name" "$round" node "$here/run_duckdb.mjs" "$suite/sql/$name.sql" 2 --out="$out/duckdb-$name.json"
      fi
      # shellcheck disable=SC2086 # MONITORS_ARGS holds several words
      timed monitors "$name" "$round" dotnet "$cli" run "$suite/$name" --data-root "$data" --format json --out "$out/$name.json" ${MONITORS_ARGS:-}
    done
  done
  round=$((round + 1))
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average after: $load_after"

peer="DuckDB $(node -p "require('$duckdb/node_modules/@duckdb/node-api/package.json').version") with 2 threads"
"$python" "$here/report.py" --times "$out/times" --outputs "$out" --out "$suite/results.md" --sizes "$sizes" --repeats "$repeats" \
  --load-before "$load_before" --load-after "$load_after" --monitors-args "${MONITORS_ARGS:-}" --peer "$peer" \
  --commit "$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || true)"
