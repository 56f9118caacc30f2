using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Every DuckDB-written variant (each codec, format version 2 encodings) checked value for value
/// against the CSV DuckDB exported from the same file (tests/fixtures/duckdb-written/README.md).
/// </summary>
[UseCulture("de-DE")]
public sealed class ParquetSnapshotReaderDuckDbTests
{
    public static TheoryData<string, string> Variants => new()
    {
        { "reference_2k.parquet", "reference_2k_expect.csv" },
        { "current_2k.parquet", "current_2k_expect.csv" },
        { "current_2k_zstd.parquet", "current_2k_expect.csv" },
        { "current_2k_gzip.parquet", "current_2k_expect.csv" },
        { "current_2k_uncompressed.parquet", "current_2k_expect.csv" },
        { "current_2k_lz4_raw.parquet", "current_2k_expect.csv" },
        { "current_2k_brotli.parquet", "current_2k_expect.csv" },
        { "current_2k_v2.parquet", "current_2k_expect.csv" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_value_matches_what_DuckDB_exported(string file, string expected)
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.DuckDb(file));
        var csv = ParquetFixtures.ReadCsv(ParquetFixtures.DuckDb(expected));
        var header = csv[0];

        table.RowCount.Should().Be(csv.Count - 1);
        table.Schema.Fields.Select(f => f.Name).Should().Equal(header);
        var order = RowOrderById(table);
        for (var c = 0; c < header.Length; c++)
        {
            var column = table[header[c]!];
            for (var row = 1; row < csv.Count; row++)
            {
                var text = csv[row][c]!;
                var at = order[row - 1];
                if (text == "NULL")
                {
                    column.Valid[at].Should().BeFalse($"{header[c]} of id {row - 1} is NULL");
                    continue;
                }

                column.Valid[at].Should().BeTrue($"{header[c]} of id {row - 1} is {text}");
                switch (column)
                {
                    case DoubleColumn doubles:
                        doubles.Values[at].Should().Be(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), $"{header[c]} of id {row - 1}");
                        break;
                    case Int64Column longs:
                        longs.Values[at].Should().Be(long.Parse(text, CultureInfo.InvariantCulture), $"{header[c]} of id {row - 1}");
                        break;
                    case TimestampColumn timestamps:
                        timestamps.Microseconds[at].Should().Be(DuckDbTimestamp(text), $"{header[c]} of id {row - 1}");
                        break;
                    case BoolColumn flags:
                        flags.Values[at].Should().Be(bool.Parse(text), $"{header[c]} of id {row - 1}");
                        break;
                    case StringColumn strings:
                        strings.Values[at].Should().Be(text, $"{header[c]} of id {row - 1}");
                        break;
                    default:
                        throw new InvalidOperationException("unexpected column " + column.Kind);
                }
            }
        }
    }

    [Fact]
    public void Schema_reports_the_natural_kind_of_every_column()
    {
        var schema = new ParquetSnapshotReader(ParquetFixtures.DuckDb("reference_2k.parquet")).ReadSchema();

        schema.Fields.Should().Equal(
            new SnapshotField("id", ColumnKind.Int64),
            new SnapshotField("ts", ColumnKind.Timestamp),
            new SnapshotField("num_0", ColumnKind.Double),
            new SnapshotField("num_1", ColumnKind.Double),
            new SnapshotField("num_2", ColumnKind.Double),
            new SnapshotField("num_3", ColumnKind.Double),
            new SnapshotField("num_4", ColumnKind.Double),
            new SnapshotField("num_5", ColumnKind.Double),
            new SnapshotField("lognorm_0", ColumnKind.Double),
            new SnapshotField("lognorm_1", ColumnKind.Double),
            new SnapshotField("lognorm_2", ColumnKind.Double),
            new SnapshotField("int_0", ColumnKind.Int64),
            new SnapshotField("int_1", ColumnKind.Int64),
            new SnapshotField("int_2", ColumnKind.Int64),
            new SnapshotField("cat_0", ColumnKind.String),
            new SnapshotField("cat_1", ColumnKind.String),
            new SnapshotField("cat_2", ColumnKind.String),
            new SnapshotField("flag_0", ColumnKind.Bool),
            new SnapshotField("flag_1", ColumnKind.Bool),
            new SnapshotField("score", ColumnKind.Double));
    }

    /// <summary>Row index of each id 0, 1, 2…: the expected files are sorted by id.</summary>
    private static int[] RowOrderById(SnapshotTable table)
    {
        var ids = (Int64Column)table["id"];
        var order = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            order[(int)ids.Values[i]] = i;
        }

        return order;
    }

    /// <summary>DuckDB's <c>YYYY-MM-DD HH:MM:SS[.ffffff]</c>, a wall-clock time read as UTC, in microseconds since 1970.</summary>
    private static long DuckDbTimestamp(string text)
    {
        var instant = DateTime.ParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return (instant.Ticks - DateTime.UnixEpoch.Ticks) / 10;
    }
}
