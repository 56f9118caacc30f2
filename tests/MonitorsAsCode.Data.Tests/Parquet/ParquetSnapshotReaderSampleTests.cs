using System.Globalization;
using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Our reader against DuckDB on <c>Expected/writer_sample.parquet</c> and <c>writer_sample_snappy.parquet</c>:
/// 40 rows of every column kind, OPTIONAL and REQUIRED columns, nulls, dictionary and PLAIN strings, NaN,
/// ±0 and infinities, non-ASCII and empty strings, pre-1970 instants, several pages and two row groups,
/// with page CRCs. The project's former writer made them; <c>writer_sample_expect.csv</c> is what DuckDB
/// 1.5.6 read from them (the .mjs script beside it says how).
/// </summary>
[UseCulture("de-DE")]
public sealed class ParquetSnapshotReaderSampleTests
{
    private const int Rows = 40;

    private static readonly string ExpectedFolder = Path.Combine(AppContext.BaseDirectory, "Parquet", "Expected");

    [Theory]
    [InlineData("writer_sample.parquet")]
    [InlineData("writer_sample_snappy.parquet")]
    public void Our_reader_reads_every_value_duckdb_read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(ExpectedFolder, "writer_sample_expect.csv"));
        var expected = ParquetFixtures.ReadCsv(Path.Combine(ExpectedFolder, "writer_sample_expect.csv")).Where(r => r[0] is null || !r[0]!.StartsWith('#')).Skip(1).ToList();
        var table = ParquetFixtures.LoadAll(Path.Combine(ExpectedFolder, file));

        lines.Should().Contain(l => l.StartsWith("# DuckDB v1.5.6", StringComparison.Ordinal));
        expected.Should().HaveCount(Rows);
        table.RowCount.Should().Be(Rows);
        for (var row = 0; row < expected.Count; row++)
        {
            var e = expected[row];
            Cell(table["d"], row, e[0], text => Bits(text).Should().Be(Bits(((DoubleColumn)table["d"]).Values[row]), "d row {0}", row));
            Cell(table["n"], row, e[1], text => ((Int64Column)table["n"]).Values[row].Should().Be(long.Parse(text, CultureInfo.InvariantCulture)));
            Cell(table["b"], row, e[2], text => ((BoolColumn)table["b"]).Values[row].Should().Be(text == "true"));
            Cell(table["s"], row, e[3], text => ((StringColumn)table["s"]).Values[row].Should().Be(text));
            Cell(table["u"], row, e[4], text => ((StringColumn)table["u"]).Values[row].Should().Be(text));
            Cell(table["t"], row, e[5], text => ((TimestampColumn)table["t"]).Microseconds[row].Should().Be(long.Parse(text, CultureInfo.InvariantCulture)));
            Cell(table["dt"], row, e[6], text => ((DateColumn)table["dt"]).Days[row].Should().Be(int.Parse(text, CultureInfo.InvariantCulture)));
        }

        table.Schema.Fields.Select(f => (f.Name, f.Kind)).Should().Equal(
            ("d", ColumnKind.Double), ("n", ColumnKind.Int64), ("b", ColumnKind.Bool), ("s", ColumnKind.String),
            ("u", ColumnKind.String), ("t", ColumnKind.Timestamp), ("dt", ColumnKind.Date));
    }

    // DuckDB writes NaN as "nan" or "-nan" by its sign bit; every NaN counts as one value here.
    private static long Bits(string text) => Bits(text.EndsWith("nan", StringComparison.Ordinal) ? double.NaN : Double(text));

    private static long Bits(double value) => double.IsNaN(value) ? long.MinValue : BitConverter.DoubleToInt64Bits(value);

    private static double Double(string text) => double.Parse(text.Replace("inf", "Infinity", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static void Cell(Column column, int row, string? expected, Action<string> check)
    {
        column.Valid[row].Should().Be(expected is not null, "{0} row {1} is null in DuckDB's reading exactly when it is null in ours", column.Name, row);
        if (expected is not null)
        {
            check(expected);
        }
    }
}
