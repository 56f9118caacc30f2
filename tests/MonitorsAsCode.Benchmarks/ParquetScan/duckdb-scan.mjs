// Times DuckDB (from npm, @duckdb/node-api) on the scan benchmark's three tasks over the same Parquet file,
// so the .NET benchmark can report a ratio measured on the same machine in the same session.
//
//   node duckdb-scan.mjs FILE [runs=5] [threads=2] [--json=OUT.json]
//   Env: DUCKDB_NODE_PREFIX = folder whose node_modules holds @duckdb/node-api (setup.sh installs it).
//
// Tasks (the column sets the .NET side uses): a) count of nulls of every column; b) min, max, avg and
// stddev_samp of the DOUBLE and BIGINT columns but id; d) value counts (histogram) and nulls of the VARCHAR and
// BOOLEAN columns. Each runs once untimed, then `runs` times; the median wall-clock time is reported, with the
// median processor time of the whole process (all DuckDB threads; process.cpuUsage), steadier on a shared machine.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(process.env.DUCKDB_NODE_PREFIX ?? process.cwd() + '/');
const { DuckDBInstance } = require('@duckdb/node-api');

const positional = process.argv.slice(2).filter(a => !a.startsWith('--'));
const json = process.argv.slice(2).find(a => a.startsWith('--json='))?.slice('--json='.length);
const [file, runs = '5', threads = '2'] = positional;
if (!file) {
  console.error('usage: node duckdb-scan.mjs FILE [runs] [threads] [--json=OUT.json]');
  process.exit(2);
}

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(`SET threads = ${Number(threads)}`);
const source = `read_parquet('${file.replaceAll("'", "''")}')`;
const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJson();
const quote = (name) => `"${name.replaceAll('"', '""')}"`;
const numeric = described.filter(c => /^(DOUBLE|BIGINT)$/.test(c.column_type) && c.column_name !== 'id').map(c => quote(c.column_name));
const categorical = described.filter(c => /^(VARCHAR|BOOLEAN)$/.test(c.column_type)).map(c => quote(c.column_name));
const all = described.map(c => quote(c.column_name));

const tasks = {
  a: `SELECT count(*), ${all.map(c => `count(*) - count(${c})`).join(', ')} FROM ${source}`,
  b: `SELECT ${numeric.map(c => `min(${c}), max(${c}), avg(${c}), stddev_samp(${c})`).join(', ')} FROM ${source}`,
  d: `SELECT ${categorical.map(c => `histogram(${c}), count(*) - count(${c})`).join(', ')} FROM ${source}`,
};

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = [];
for (const [task, sql] of Object.entries(tasks)) {
  await connection.run(sql);
  const seconds = [];
  const processor = [];
  for (let i = 0; i < Number(runs); i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await connection.run(sql);
    seconds.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpu);
    processor.push((used.user + used.system) / 1e6);
  }

  const result = { task, threads: Number(threads), median_s: median(seconds), min_s: Math.min(...seconds), max_s: Math.max(...seconds), cpu_s: median(processor), runs: Number(runs) };
  results.push(result);
  console.log(`DuckDB threads=${threads} ${task}: median ${result.median_s.toFixed(3)} s [min ${result.min_s.toFixed(3)}, max ${result.max_s.toFixed(3)}, n=${runs}]  CPU ${result.cpu_s.toFixed(2)} s`);
}

if (json) fs.writeFileSync(json, JSON.stringify(results, null, 1) + '\n');
