// Runs one of make_sql.py's scripts in an in-process DuckDB (from npm, @duckdb/node-api), then reads the small
// result tables and derives the suite's drift numbers from them, so they can be checked against `monitors run`.
//
//   node run_duckdb.mjs SQL_FILE [threads=2] [--out=RESULT.json]
//   Env: DUCKDB_NODE_PREFIX = folder whose node_modules holds @duckdb/node-api (run.sh installs it).
//
// The script's snapshot paths are relative to its own folder, so it runs from there. run.sh times the whole
// process (wall time and peak memory under /usr/bin/time), as it times `monitors run`; the per-statement times
// written to RESULT.json are for finding where the time goes.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(process.env.DUCKDB_NODE_PREFIX ?? process.cwd() + '/');
const { DuckDBInstance } = require('@duckdb/node-api');

const positional = process.argv.slice(2).filter(a => !a.startsWith('--'));
const out = process.argv.slice(2).find(a => a.startsWith('--out='))?.slice('--out='.length);
const [sqlFile, threads = '2'] = positional;
if (!sqlFile) {
  console.error('usage: node run_duckdb.mjs SQL_FILE [threads] [--out=RESULT.json]');
  process.exit(2);
}

const started = performance.now();
const statements = fs.readFileSync(sqlFile, 'utf8').split(';\n').map(s => s.trim()).filter(Boolean);
const outFile = out && path.resolve(out);
process.chdir(path.dirname(path.resolve(sqlFile)));
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`SET threads = ${Number(threads)}`);
const timings = [];
for (const statement of statements) {
  const before = performance.now();
  await connection.run(statement);
  timings.push({ statement: statement.slice(0, 60), seconds: (performance.now() - before) / 1000 });
}

const rowOf = async (table) => (await connection.runAndReadAll(`SELECT * FROM ${table}`)).getRowObjectsJson();
const [reference] = await rowOf('ref_stats');
const [current] = await rowOf('cur_stats');
const [referenceBins] = await rowOf('ref_hist');
const [currentBins] = await rowOf('cur_hist');
const hasKs = Number((await connection.runAndReadAll("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'ks_d'")).getRowObjectsJson()[0].n) > 0;
const ks = hasKs ? await rowOf('ks_d ORDER BY name') : [];

// A DuckDB MAP read as JSON: [{ key, value }, ...]; here label → count.
const counts = (map) => Object.fromEntries(map.map(e => [String(e.key), Number(e.value)]));
// PSI = Σ (r − c)·ln(r / c) over the shares, a zero share replaced by 0.0001 (the project's PopulationStabilityIndex).
function psi(referenceCounts, currentCounts) {
  const labels = new Set([...Object.keys(referenceCounts), ...Object.keys(currentCounts)]);
  const total = (c) => Object.values(c).reduce((a, b) => a + b, 0);
  const [nr, nc] = [total(referenceCounts), total(currentCounts)];
  let sum = 0;
  for (const label of labels) {
    const share = (count, n) => (count ?? 0) === 0 ? 1e-4 : count / n;
    const [r, c] = [share(referenceCounts[label], nr), share(currentCounts[label], nc)];
    sum += (r - c) * Math.log(r / c);
  }

  return sum;
}

const result = {
  sql: path.basename(sqlFile),
  threads: Number(threads),
  rows: { reference: Number(reference.n), current: Number(current.n) },
  duplicate_ids: Number(current.n) - Number(current.distinct_id),
  newest_ts: current.max_ts,
  nulls: {},
  out_of_range: {},
  psi: {},
  ks_d: Object.fromEntries(ks.map(r => [r.name, Number(r.d)])),
  timings,
};
for (const key of Object.keys(current).filter(k => k.startsWith('nn_'))) {
  result.nulls[key.slice(3)] = { reference: Number(reference.n) - Number(reference[key]), current: Number(current.n) - Number(current[key]) };
}
for (const key of Object.keys(current).filter(k => k.startsWith('bad_'))) {
  result.out_of_range[key.slice(4)] = Number(current[key]);
}
for (const key of Object.keys(referenceBins)) {
  result.psi[key.slice(2)] = psi(counts(referenceBins[key]), counts(currentBins[key]));
}
for (const key of Object.keys(reference).filter(k => k.startsWith('vc_'))) {
  result.psi[key.slice(3)] = psi(counts(reference[key]), counts(current[key]));
}
result.seconds = (performance.now() - started) / 1000;

if (outFile) {
  fs.writeFileSync(outFile + '.tmp', JSON.stringify(result, null, 1) + '\n');
  fs.renameSync(outFile + '.tmp', outFile);
}
console.log(`DuckDB ${result.sql}: ${result.seconds.toFixed(2)} s in process, threads=${threads}`);
