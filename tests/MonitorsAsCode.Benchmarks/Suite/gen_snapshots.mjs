// Writes the full-suite benchmark's snapshot pair, reference_<size>.parquet and current_<size>.parquet
// (20 columns, snappy, DuckDB's defaults), with DuckDB; a file that already exists is kept.
//
//   node gen_snapshots.mjs OUT_DIR SIZE        SIZE: 1m, 10m, 100m, 250k or a row count
//   Env: DUCKDB_NODE_PREFIX = folder whose node_modules holds @duckdb/node-api (run.sh installs it).
//
// The team's shared generator (bench/gen_snapshots.mjs), default variant only: the same expressions, so the
// files are the same. Every value is a pure function of (row index, column salt, snapshot) through DuckDB's
// 64-bit integer hash, so the files do not depend on thread count. Schema: id BIGINT, ts TIMESTAMP (30 days
// spread over the rows), num_0..num_5 DOUBLE ~ Normal (0-5% nulls), lognorm_0..lognorm_2, int_0..int_2 BIGINT,
// cat_0..cat_2 VARCHAR (5/20/100 levels), flag_0..flag_1 BOOLEAN, score in (0,1). "current" differs from
// "reference" by injected drift: num_0 mean, num_1 scale, num_2 nulls, lognorm_0 sigma, int_0 offset,
// cat_0 mix, flag_0 rate, score shift, and timestamps 30 days later.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(process.env.DUCKDB_NODE_PREFIX ?? process.cwd() + '/');
const { DuckDBInstance } = require('@duckdb/node-api');

const [outDir, size] = process.argv.slice(2);
const rows = size && Number(size.replace(/k$/i, 'e3').replace(/m$/i, 'e6'));
if (!outDir || !Number.isSafeInteger(rows) || rows <= 0) {
  console.error('usage: node gen_snapshots.mjs OUT_DIR SIZE   (SIZE such as 1m, 10m, 100m, 250k)');
  process.exit(2);
}

// A uniform draw in (0,1) from the top 53 bits of hash(i * 256 + salt): one independent stream per salt.
// Not hash(i, salt): its argument combining leaves the streams strongly correlated.
const uniform = (salt) => `((hash(i * 256 + ${salt}) >> 11)::DOUBLE + 0.5) / 9007199254740992.0`;
// Box-Muller with two independent streams.
const normal = (a, b) => `(sqrt(-2.0 * ln(${uniform(a)})) * cos(2.0 * pi() * ${uniform(b)}))`;
const withNulls = (salt, share, expression) => share > 0 ? `CASE WHEN ${uniform(salt)} < ${share} THEN NULL ELSE ${expression} END` : expression;
// 30 days of microseconds spread over the rows: 2 592 µs apart at 1 000 000 000 rows, still distinct.
const step = Math.floor(2592e9 / rows);

function select(drifted) {
  const d = drifted ? 1 : 0;
  const columns = [
    `i::BIGINT AS id`,
    `TIMESTAMP '2024-01-01 00:00:00' + to_microseconds(i * ${step}) + INTERVAL ${d ? 30 : 0} DAY AS ts`,
    `${withNulls(101, 0.01, `${d ? 0.25 : 0.0} + ${normal(1, 2)}`)} AS num_0`,
    `${withNulls(102, 0.00, `${d ? 1.5 : 1.0} * ${normal(3, 4)}`)} AS num_1`,
    `${withNulls(103, d ? 0.08 : 0.02, `10.0 + 3.0 * ${normal(5, 6)}`)} AS num_2`,
    `${withNulls(104, 0.05, `-5.0 + 0.1 * ${normal(7, 8)}`)} AS num_3`,
    `${withNulls(105, 0.00, `1000.0 + 250.0 * ${normal(9, 10)}`)} AS num_4`,
    `${withNulls(106, 0.03, `${normal(11, 12)}`)} AS num_5`,
    `${withNulls(107, 0.02, `exp(${d ? 0.7 : 0.5} * ${normal(13, 14)})`)} AS lognorm_0`,
    `${withNulls(108, 0.00, `exp(2.0 + 1.0 * ${normal(15, 16)})`)} AS lognorm_1`,
    `${withNulls(109, 0.01, `exp(-1.0 + 0.25 * ${normal(17, 18)})`)} AS lognorm_2`,
    `${withNulls(110, 0.01, `(floor(${uniform(19)} * 100)::BIGINT + ${d ? 5 : 0})`)} AS int_0`,
    `${withNulls(111, 0.00, `floor(exp(8.0 * ${uniform(20)}))::BIGINT`)} AS int_1`,
    `${withNulls(112, 0.02, `(hash(i * 256 + 21) % 2000000000)::BIGINT - 1000000000`)} AS int_2`,
    `${withNulls(113, 0.02, `['alpha','beta','gamma','delta','epsilon'][1 + least(4, floor(pow(${uniform(22)}, ${d ? 0.6 : 1.0}) * 5)::INT)]`)} AS cat_0`,
    `${withNulls(114, 0.00, `'country_' || lpad(floor(pow(${uniform(23)}, 2) * 20)::INT::VARCHAR, 2, '0')`)} AS cat_1`,
    `${withNulls(115, 0.05, `'segment_' || floor(${uniform(24)} * 100)::INT::VARCHAR`)} AS cat_2`,
    `${withNulls(116, 0.00, `${uniform(25)} < ${d ? 0.35 : 0.3}`)} AS flag_0`,
    `${withNulls(117, 0.01, `${uniform(26)} < 0.5`)} AS flag_1`,
    `1.0 / (1.0 + exp(-(${normal(27, 28)} + ${d ? 0.3 : 0.0}))) AS score`,
  ];
  return `SELECT ${columns.join(',\n  ')}\nFROM range(${rows}) t(i)`;
}

fs.mkdirSync(outDir, { recursive: true });
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
for (const side of ['reference', 'current']) {
  const file = path.join(outDir, `${side}_${size}.parquet`);
  if (fs.existsSync(file)) {
    continue;
  }

  // Written under another name and renamed, so an interrupted run never leaves a truncated snapshot behind.
  const partial = file + '.partial';
  const started = performance.now();
  await connection.run(`COPY (${select(side === 'current')}) TO '${partial.replaceAll("'", "''")}' (FORMAT parquet)`);
  fs.renameSync(partial, file);
  console.log(`${file}: ${rows} rows, ${(fs.statSync(file).size / 1048576).toFixed(1)} MiB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
