using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using global::Parquet;
using global::Parquet.Schema;
using global::Parquet.Serialization;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Parquet.Net 6.1.0 as a second, independent reader of the whole conformance corpus: every
/// <c>.parquet</c> file of <c>tests/fixtures/parquet-testing</c>, <c>tests/fixtures/duckdb-written</c> and
/// <c>Parquet/Expected</c> is read by both, and every value of every flat column must be equal. The
/// files one of the two readers refuses are listed below with the reason; a test checks that each still is.
/// </summary>
[UseCulture("de-DE")]
public sealed class ParquetNetOracleTests
{
    /// <summary>Files Parquet.Net 6.1.0 cannot read, with what it lacks; our reader's values for them are checked elsewhere.</summary>
    public static readonly IReadOnlyDictionary<string, string> ParquetNetCannotRead = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["parquet-testing/byte_stream_split_extended.gzip.parquet"] = "FLOAT16 columns: \"type System.Half is not supported\"",
        ["parquet-testing/floating_orders_nan_count.parquet"] = "FLOAT16 columns: \"type System.Half is not supported\"",
        ["parquet-testing/datapage_v2.snappy.parquet"] = "the RLE-encoded BOOLEAN column 'd' of a v2 page: DivideByZeroException",
        ["parquet-testing/datapage_v2_empty_datapage.snappy.parquet"] = "a v2 page whose compressed value section is 0 bytes: \"Incomplete Snappy block\"",
        ["parquet-testing/dict-page-offset-zero.parquet"] = "dictionary_page_offset = 0 without a dictionary page: a Thrift error",
        ["parquet-testing/hadoop_lz4_compressed.parquet"] = "codec LZ4 with Hadoop framing: ArgumentOutOfRangeException",
        ["parquet-testing/hadoop_lz4_compressed_larger.parquet"] = "codec LZ4 with Hadoop framing: ArgumentOutOfRangeException",
        ["parquet-testing/int96_from_spark.parquet"] = "INT96 instants outside DateTime's range (year 290000, ~226414 BC)",
        ["parquet-testing/rle_boolean_encoding.parquet"] = "the GZIP page: \"The archive entry was compressed using an unsupported compression method\"",
        ["duckdb-written/current_2k_v2.parquet"] = "DELTA_BINARY_PACKED timestamps: \"element type System.DateTime is not supported in DELTA_BINARY_PACKED\"",
    };

    /// <summary>Files our reader refuses on purpose (the error tests say what it reports), which Parquet.Net reads.</summary>
    public static readonly IReadOnlyDictionary<string, string> OurReaderRefuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["parquet-testing/datapage_v1-corrupt-checksum.parquet"] = "a page whose CRC-32 does not match its bytes (Parquet.Net does not check page CRCs)",
    };

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Corpus())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Both_readers_read_the_same_values(string file)
    {
        if (ParquetNetCannotRead.ContainsKey(file) || OurReaderRefuses.ContainsKey(file))
        {
            return;
        }

        var path = PathOf(file);
        var ours = ParquetFixtures.LoadAll(path);
        var (schema, rows) = await ReadWithParquetNet(path);

        ((long)rows.Count).Should().Be(ours.RowCount, "{0} row count", file);
        var compared = 0;
        foreach (var field in schema.Fields.OfType<DataField>().Where(f => !f.IsArray))
        {
            var column = ours[field.Name];
            for (var row = 0; row < rows.Count; row++)
            {
                rows[row].TryGetValue(field.Name, out var value);
                var expected = Canonical(value, column.Kind);
                var actual = column.FormatValue(row);
                if (!string.Equals(expected, actual, StringComparison.Ordinal) && !Close(expected, actual, column))
                {
                    actual.Should().Be(expected, "{0}, column '{1}', row {2} (Parquet.Net read {3})", file, field.Name, row, value?.GetType().Name ?? "null");
                }
            }

            compared++;
        }

        compared.Should().BePositive("{0} has flat columns to compare", file);
    }

    [Fact]
    public async Task Files_listed_as_unreadable_by_Parquet_Net_still_are()
    {
        foreach (var file in ParquetNetCannotRead.Keys)
        {
            var read = () => ReadWithParquetNet(PathOf(file));

            await read.Should().ThrowAsync<Exception>("{0} is listed as unreadable by Parquet.Net: {1}", file, ParquetNetCannotRead[file]);
        }
    }

    [Fact]
    public void Files_listed_as_refused_by_our_reader_still_are()
    {
        foreach (var file in OurReaderRefuses.Keys)
        {
            var read = () => ParquetFixtures.LoadAll(PathOf(file));

            read.Should().Throw<SnapshotReadException>("{0}: {1}", file, OurReaderRefuses[file]);
        }
    }

    [Fact]
    public void Every_listed_file_is_in_the_corpus()
    {
        Corpus().Should().Contain(ParquetNetCannotRead.Keys).And.Contain(OurReaderRefuses.Keys);
        Corpus().Should().HaveCount(52, "41 parquet-testing files, 9 DuckDB-written ones and the 2 writer samples");
    }

    private static List<string> Corpus()
    {
        var files = new List<string>();
        foreach (var (prefix, folder) in Folders())
        {
            files.AddRange(Directory.GetFiles(folder, "*.parquet").Select(p => prefix + "/" + Path.GetFileName(p)));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static IEnumerable<(string Prefix, string Folder)> Folders() =>
    [
        ("parquet-testing", ParquetFixtures.ParquetTestingFolder),
        ("duckdb-written", ParquetFixtures.DuckDbFolder),
        ("Expected", Path.Combine(AppContext.BaseDirectory, "Parquet", "Expected")),
    ];

    private static string PathOf(string file)
    {
        var slash = file.IndexOf('/', StringComparison.Ordinal);
        return Path.Combine(Folders().Single(f => f.Prefix == file[..slash]).Folder, file[(slash + 1)..]);
    }

    private static async Task<(ParquetSchema Schema, IList<Dictionary<string, object>> Rows)> ReadWithParquetNet(string path)
    {
        await using var stream = File.OpenRead(path);
        // Process-wide switches in Parquet.Net 6.1.0: strings and binary as string and byte[], not ReadOnlyMemory.
        ParquetOptions.PreferUntypedString = true;
        ParquetOptions.PreferUntypedByteArray = true;
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true };
        var result = await ParquetSerializer.DeserializeUntypedAsync(stream, options);
        return (result.Schema, result.Data);
    }

    /// <summary>A value Parquet.Net read, written the way our columns format theirs (<see cref="Column.FormatValue"/>).</summary>
    private static string? Canonical(object? value, ColumnKind kind) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        string s => s,
        byte[] bytes => Convert.ToBase64String(bytes),
        Guid g => g.ToString("D", CultureInfo.InvariantCulture),
        float f when kind == ColumnKind.Double => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => ((double)m).ToString("R", CultureInfo.InvariantCulture),
        Half h => ((double)h).ToString("R", CultureInfo.InvariantCulture),
        DateTime t when kind == ColumnKind.Date => TimestampText.FormatDate((int)((t.Date - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerDay)),
        DateTime t => TimestampText.Format(FloorDiv((t - DateTime.UnixEpoch).Ticks, 10)),
        DateTimeOffset t => TimestampText.Format(FloorDiv((t.UtcDateTime - DateTime.UnixEpoch).Ticks, 10)),
        DateOnly d => TimestampText.FormatDate(d.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber),
        TimeSpan t => (t.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        TimeOnly t => (t.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Decimals: ours scales the unscaled integer in double arithmetic, Parquet.Net in decimal; allow the last bit.</summary>
    private static bool Close(string? expected, string? actual, Column column) =>
        column is DoubleColumn
        && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
        && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
        && Math.Abs(e - a) <= Math.Abs(e) * 4e-16;

    private static long FloorDiv(long value, long divisor) => (value / divisor) - ((value % divisor) < 0 ? 1 : 0);
}
