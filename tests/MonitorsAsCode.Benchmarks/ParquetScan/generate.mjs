// Writes the seeded 20-column scan-benchmark snapshot to Parquet (snappy, DuckDB's defaults) with DuckDB.
//
//   node generate.mjs OUT.parquet [rows=10000000]
//   Env: DUCKDB_NODE_PREFIX = folder whose node_modules holds @duckdb/node-api (setup.sh installs it).
//
// Every value is a pure function of the row index and a per-column salt (DuckDB's 64-bit integer hash),
// so the file's values do not depend on thread count or run. The columns follow the worked example's kinds
// and the team's shared benchmark schema: id, ts, num_0..num_5 (normal, 0-5% nulls), lognorm_0..lognorm_2,
// int_0..int_2, cat_0..cat_2 (5/20/100 levels), flag_0, flag_1 and score.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(process.env.DUCKDB_NODE_PREFIX ?? process.cwd() + '/');
const { DuckDBInstance } = require('@duckdb/node-api');

const out = process.argv[2];
const rows = Number(process.argv[3] ?? 10_000_000);
if (!out || !Number.isInteger(rows) || rows <= 0) {
  console.error('usage: node generate.mjs OUT.parquet [rows]');
  process.exit(2);
}

// A uniform draw in (0,1) from the top 53 bits of hash(i * 256 + salt); one salt per stream.
const uniform = (salt) => `((hash(i * 256 + ${salt}) >> 11)::DOUBLE + 0.5) / 9007199254740992.0`;
// Box-Muller with two independent streams.
const normal = (a, b) => `(sqrt(-2.0 * ln(${uniform(a)})) * cos(2.0 * pi() * ${uniform(b)}))`;
const withNulls = (salt, share, expression) => share > 0 ? `CASE WHEN ${uniform(salt)} < ${share} THEN NULL ELSE ${expression} END` : expression;
const step = Math.floor(2592e9 / rows); // 30 days of microseconds spread over the rows

const columns = [
  `i::BIGINT AS id`,
  `TIMESTAMP '2024-01-01 00:00:00' + to_microseconds(i * ${step}) AS ts`,
  `${withNulls(101, 0.01, normal(1, 2))} AS num_0`,
  `${withNulls(102, 0, normal(3, 4))} AS num_1`,
  `${withNulls(103, 0.02, `10.0 + 3.0 * ${normal(5, 6)}`)} AS num_2`,
  `${withNulls(104, 0.05, `-5.0 + 0.1 * ${normal(7, 8)}`)} AS num_3`,
  `${withNulls(105, 0, `1000.0 + 250.0 * ${normal(9, 10)}`)} AS num_4`,
  `${withNulls(106, 0.03, normal(11, 12))} AS num_5`,
  `${withNulls(107, 0.02, `exp(0.5 * ${normal(13, 14)})`)} AS lognorm_0`,
  `${withNulls(108, 0, `exp(2.0 + ${normal(15, 16)})`)} AS lognorm_1`,
  `${withNulls(109, 0.01, `exp(-1.0 + 0.25 * ${normal(17, 18)})`)} AS lognorm_2`,
  `${withNulls(110, 0.01, `floor(${uniform(19)} * 100)::BIGINT`)} AS int_0`,
  `${withNulls(111, 0, `floor(exp(8.0 * ${uniform(20)}))::BIGINT`)} AS int_1`,
  `${withNulls(112, 0.02, `(hash(i * 256 + 21) % 2000000000)::BIGINT - 1000000000`)} AS int_2`,
  `${withNulls(113, 0.02, `['alpha','beta','gamma','delta','epsilon'][1 + least(4, floor(${uniform(22)} * 5)::INT)]`)} AS cat_0`,
  `${withNulls(114, 0, `'country_' || lpad(floor(pow(${uniform(23)}, 2) * 20)::INT::VARCHAR, 2, '0')`)} AS cat_1`,
  `${withNulls(115, 0.05, `'segment_' || floor(${uniform(24)} * 100)::INT::VARCHAR`)} AS cat_2`,
  `${withNulls(116, 0, `${uniform(25)} < 0.3`)} AS flag_0`,
  `${withNulls(117, 0.01, `${uniform(26)} < 0.5`)} AS flag_1`,
  `1.0 / (1.0 + exp(-${normal(27, 28)})) AS score`,
];

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const started = performance.now();
const partial = out + '.partial';
await connection.run(`COPY (SELECT ${columns.join(',\n  ')} FROM range(${rows}) t(i)) TO '${partial.replaceAll("'", "''")}' (FORMAT parquet)`);
fs.renameSync(partial, out);
console.log(`${out}: ${rows} rows, ${(fs.statSync(out).size / 1048576).toFixed(1)} MiB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
