// Reads writer_sample.parquet with DuckDB (npm @duckdb/node-api, DuckDB 1.5.6) and prints what it
// sees: every value, then every column chunk's statistics. Made with:
//   node writer_sample_expect.mjs writer_sample.parquet > writer_sample_expect.csv
// Doubles are printed with DuckDB's shortest round-trip text, timestamps as epoch microseconds,
// dates as days since 1970-01-01; an empty unquoted field is a null, "" an empty string. DuckDB shows
// no min/max for a chunk whose range holds an infinity (row group 0 of d).
import { DuckDBInstance } from '@duckdb/node-api';
const file = process.argv[2];
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const q = async (sql) => (await c.runAndReadAll(sql)).getRowsJson();
const text = (v) => (v === null ? '' : v === '' || /[",\n]/.test(String(v)) ? '"' + String(v).replaceAll('"', '""') + '"' : String(v));
console.log('# DuckDB ' + (await q('select version()'))[0][0] + ' reading writer_sample.parquet: node writer_sample_expect.mjs writer_sample.parquet');
console.log('d,n,b,s,u,t,dt');
for (const row of await q(`select d::varchar, n::varchar, b::varchar, s, u, epoch_us(t)::varchar, (dt - DATE '1970-01-01')::varchar from '${file}'`)) {
  console.log(row.map(text).join(','));
}
console.log('# statistics: row_group,column,null_count,min,max (DuckDB parquet_metadata)');
for (const row of await q(`select row_group_id, path_in_schema, stats_null_count, stats_min_value, stats_max_value from parquet_metadata('${file}') order by row_group_id, column_id`)) {
  console.log('#stats,' + row.map(text).join(','));
}
