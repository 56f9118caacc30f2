using System.Globalization;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Tests.Scanning;

/// <summary>
/// The engine's one-pass aggregates over the DuckDB-written fixture <c>current_2k.parquet</c> (tests/fixtures/duckdb-written),
/// checked against pandas' answers on the fixture's expected-value CSV (<c>reference/current_2k_aggregates.csv</c>),
/// and the stored-statistics shortcut checked both to skip decoding and to agree with the decoded answer.
/// </summary>
public sealed class SnapshotAggregationTests
{
    private static readonly string[] Numeric = ["num_0", "num_1", "num_2", "num_3", "num_4", "num_5", "lognorm_0", "lognorm_1", "lognorm_2", "int_0", "int_1", "int_2", "score"];
    private static readonly string[] Categorical = ["cat_0", "cat_1", "cat_2", "flag_0", "flag_1"];

    private static readonly Lazy<List<string[]>> Reference = new(() =>
        [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scanning", "reference", "current_2k_aggregates.csv"))
            .Where(line => !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split(','))]);

    [Theory]
    [InlineData("current_2k.parquet")]
    [InlineData("current_2k_v2.parquet")]
    [InlineData("current_2k_zstd.parquet")]
    public void Null_counts_summaries_and_value_counts_match_pandas(string file)
    {
        var reader = new ParquetSnapshotReader(Fixture(file));
        var requests = new List<AggregateRequest>();
        foreach (var field in reader.ReadSchema().Fields)
        {
            var wanted = ColumnAggregates.NullCount
                | (Numeric.Contains(field.Name) ? ColumnAggregates.Summary : ColumnAggregates.None)
                | (Categorical.Contains(field.Name) ? ColumnAggregates.ValueCounts : ColumnAggregates.None);
            requests.Add(new AggregateRequest(field.Name, field.Kind!.Value, wanted));
        }

        var results = SnapshotAggregation.Run(reader, requests, useStoredStatistics: false).ToDictionary(r => r.Name);

        var checkedValues = 0;
        foreach (var row in Reference.Value)
        {
            var (column, aggregate, key, text) = (row[0], row[1], row[2], row[3]);
            var result = results[column];
            result.Rows.Should().Be(2000);
            switch (aggregate)
            {
                case "nulls":
                    result.Nulls.Should().Be(long.Parse(text, CultureInfo.InvariantCulture), column);
                    break;
                case "count":
                    result.ValueCounts!.Should().ContainKey(key).WhoseValue.Should().Be(long.Parse(text, CultureInfo.InvariantCulture), column + " = " + key);
                    break;
                default:
                    var expected = double.Parse(text, CultureInfo.InvariantCulture);
                    var summary = result.Summary!;
                    var actual = aggregate switch { "min" => summary.Minimum, "max" => summary.Maximum, "mean" => summary.Mean, _ => summary.StandardDeviation };
                    actual.Should().BeApproximately(expected, 1e-12 * Math.Max(1, Math.Abs(expected)), column + " " + aggregate);
                    break;
            }

            checkedValues++;
        }

        checkedValues.Should().BeGreaterThan(150);
        foreach (var column in Categorical)
        {
            results[column].ValueCounts!.Count.Should().Be(Reference.Value.Count(r => r[0] == column && r[1] == "count"), "no value beyond pandas' appears in " + column);
        }
    }

    [Fact]
    public void Null_counts_come_from_stored_statistics_without_decoding_and_equal_the_decoded_ones()
    {
        var reader = new CountingReader(new ParquetSnapshotReader(Fixture("current_2k.parquet")));
        var requests = reader.ReadSchema().Fields.Select(f => new AggregateRequest(f.Name, f.Kind!.Value, ColumnAggregates.NullCount)).ToList();

        var fromStatistics = SnapshotAggregation.Run(reader, requests);
        reader.Scanned.Should().BeEmpty("DuckDB records every chunk's null count, so no page needs decoding");
        var decoded = SnapshotAggregation.Run(reader, requests, useStoredStatistics: false);

        reader.Scanned.Should().HaveCount(requests.Count);
        fromStatistics.Should().OnlyContain(r => r.FromStoredStatistics);
        decoded.Should().OnlyContain(r => !r.FromStoredStatistics);
        fromStatistics.Select(r => (r.Name, r.Rows, r.Nulls)).Should().Equal(decoded.Select(r => (r.Name, r.Rows, r.Nulls)));
        fromStatistics.Sum(r => r.Nulls).Should().BeGreaterThan(0, "the fixture has nulls to count");
    }

    [Fact]
    public void Ranges_of_numbers_and_timestamps_come_from_stored_statistics_and_equal_the_decoded_ones()
    {
        var reader = new CountingReader(new ParquetSnapshotReader(Fixture("current_2k.parquet")));
        var requests = reader.ReadSchema().Fields
            .Where(f => f.Kind is ColumnKind.Double or ColumnKind.Int64 or ColumnKind.Timestamp)
            .Select(f => new AggregateRequest(f.Name, f.Kind!.Value, ColumnAggregates.NullCount | ColumnAggregates.Range))
            .ToList();

        var fromStatistics = SnapshotAggregation.Run(reader, requests);
        reader.Scanned.Should().BeEmpty();
        var decoded = SnapshotAggregation.Run(reader, requests, useStoredStatistics: false);

        fromStatistics.Should().HaveCount(15).And.OnlyContain(r => r.FromStoredStatistics);
        fromStatistics.Select(r => (r.Name, r.Nulls, r.Minimum, r.Maximum)).Should().Equal(decoded.Select(r => (r.Name, r.Nulls, r.Minimum, r.Maximum)));
        decoded.Single(r => r.Name == "int_1").Minimum.Should().Be(1L, "pandas' minimum of int_1");
    }

    [Fact]
    public void Text_ranges_and_summaries_are_decoded_because_statistics_cannot_answer_them()
    {
        var reader = new CountingReader(new ParquetSnapshotReader(Fixture("current_2k.parquet")));
        AggregateRequest[] requests =
        [
            new("cat_1", ColumnKind.String, ColumnAggregates.NullCount | ColumnAggregates.Range),
            new("num_1", ColumnKind.Double, ColumnAggregates.Summary),
            new("num_0", ColumnKind.Double, ColumnAggregates.NullCount),
        ];

        var results = SnapshotAggregation.Run(reader, requests);

        reader.Scanned.Should().Equal("cat_1", "num_1");
        results[0].Minimum.Should().Be("country_00");
        results[0].Maximum.Should().Be("country_19");
        results[2].FromStoredStatistics.Should().BeTrue();
    }

    [Fact]
    public void Readers_without_a_scanner_are_aggregated_batch_by_batch()
    {
        var parquet = new ParquetSnapshotReader(Fixture("current_2k.parquet"));
        var requests = new List<AggregateRequest>
        {
            new("num_2", ColumnKind.Double, ColumnAggregates.NullCount | ColumnAggregates.Summary | ColumnAggregates.Range),
            new("cat_2", ColumnKind.String, ColumnAggregates.NullCount | ColumnAggregates.ValueCounts | ColumnAggregates.Range),
            new("flag_1", ColumnKind.Bool, ColumnAggregates.ValueCounts | ColumnAggregates.Range),
            new("int_2", ColumnKind.Int64, ColumnAggregates.Summary | ColumnAggregates.Range),
        };

        var scanned = SnapshotAggregation.Run(parquet, requests, useStoredStatistics: false);
        var batched = SnapshotAggregation.Run(new BatchOnlyReader(parquet), requests);

        for (var i = 0; i < requests.Count; i++)
        {
            batched[i].Should().BeEquivalentTo(scanned[i], options => options.Excluding(r => r.Summary));
            batched[i].Summary?.Mean.Should().BeApproximately(scanned[i].Summary!.Mean, 1e-9 * Math.Abs(scanned[i].Summary!.Mean));
            batched[i].Summary?.StandardDeviation.Should().BeApproximately(scanned[i].Summary!.StandardDeviation, 1e-9 * scanned[i].Summary!.StandardDeviation);
        }
    }

    internal static string Fixture(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MonitorsAsCode.sln")))
            {
                var path = Path.Combine(folder.FullName, "tests", "fixtures", "duckdb-written", file);
                File.Exists(path).Should().BeTrue($"the fixture {path} is needed (see tests/fixtures/duckdb-written/README.md)");
                return path;
            }
        }

        throw new InvalidOperationException("MonitorsAsCode.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Delegates to a Parquet reader and records which columns had their pages decoded.</summary>
    private sealed class CountingReader(ParquetSnapshotReader inner) : ISnapshotReader, IColumnScanner, IStoredStatisticsSource
    {
        public List<string> Scanned { get; } = [];

        public string Path => inner.Path;

        public SnapshotSchema ReadSchema() => inner.ReadSchema();

        public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
        {
            Scanned.AddRange(columns.Select(c => c.Name));
            return inner.ReadBatches(columns, progress, cancellationToken);
        }

        public void Scan(IReadOnlyList<ColumnRequest> columns, IReadOnlyList<ColumnAccumulator> accumulators, CancellationToken cancellationToken = default)
        {
            Scanned.AddRange(columns.Select(c => c.Name));
            inner.Scan(columns, accumulators, cancellationToken);
        }

        public IReadOnlyList<StoredColumnStatistics> ReadStatistics(IReadOnlyList<ColumnRequest> columns) => inner.ReadStatistics(columns);
    }

    /// <summary>Hides the scanner and the statistics, as a CSV reader has neither.</summary>
    private sealed class BatchOnlyReader(ISnapshotReader inner) : ISnapshotReader
    {
        public string Path => inner.Path;

        public SnapshotSchema ReadSchema() => inner.ReadSchema();

        public IEnumerable<ColumnBatch> ReadBatches(IReadOnlyList<ColumnRequest> columns, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
            inner.ReadBatches(columns, progress, cancellationToken);
    }
}
