#!/bin/sh
# The Parquet scan benchmark of the README's Speed section, end to end:
#   tests/MonitorsAsCode.Benchmarks/ParquetScan/run.sh [rows=10000000] [repeats=5]
# 1. installs DuckDB from npm (@duckdb/node-api) into artifacts/duckdb (git-ignored), once;
# 2. writes the seeded snapshot artifacts/parquet-scan/scan_<rows>.parquet with generate.mjs, once
#    (10M rows: about 1 GB and a few minutes);
# 3. times DuckDB with 2 threads on it (duckdb-scan.mjs), then MonitorsAsCode's engine on the same file
#    (`parquet-scan` in Program.cs), which prints both side by side with the ratios.
# Nothing is written outside artifacts/ and the build's bin/obj folders.
set -eu
repo=$(cd "$(dirname "$0")/../../.." && pwd)
here=$repo/tests/MonitorsAsCode.Benchmarks/ParquetScan
rows=${1:-10000000}
repeats=${2:-5}
duckdb=$repo/artifacts/duckdb
data=$repo/artifacts/parquet-scan
mkdir -p "$duckdb" "$data"

if [ ! -d "$duckdb/node_modules/@duckdb/node-api" ]; then
  (cd "$duckdb" && npm init -y >/dev/null && npm install --no-audit --no-fund @duckdb/node-api@1.5.6-r.1)
fi

file=$data/scan_$rows.parquet
if [ ! -f "$file" ]; then
  DUCKDB_NODE_PREFIX=$duckdb/ node "$here/generate.mjs" "$file" "$rows"
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
DUCKDB_NODE_PREFIX=$duckdb/ node "$here/duckdb-scan.mjs" "$file" "$repeats" 2 --json="$data/duckdb_$rows.json"
dotnet run -c Release --project "$repo/tests/MonitorsAsCode.Benchmarks" -- parquet-scan "$file" "$repeats" --duckdb="$data/duckdb_$rows.json"
# 4. our reader against Parquet.Net 6.1.0 on the same file (every column decoded), and our Snappy
#    decoder against Snappier, the managed library Parquet.Net uses (ParquetNetComparison.cs).
dotnet run -c Release --project "$repo/tests/MonitorsAsCode.Benchmarks" -- parquet-net "$file" 3
