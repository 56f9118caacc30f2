using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.Parquet;

namespace MonitorsAsCode.Data.Tests.Scanning;

/// <summary>
/// Scanning into accumulators must give exactly what reading batches gives — the same nulls and the same
/// non-null values in the same order — for every fixture the reader reads, whatever the encoding, codec or page version.
/// </summary>
public sealed class ColumnScanTests
{
    public static TheoryData<string> ReadableFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { ParquetFixtures.ParquetTestingFolder, ParquetFixtures.DuckDbFolder })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.parquet").Order(StringComparer.Ordinal))
            {
                try
                {
                    ParquetFixtures.LoadAll(file);
                    data.Add(Path.GetFileName(folder) + "/" + Path.GetFileName(file));
                }
                catch (SnapshotReadException)
                {
                    // Files the reader refuses (nested columns, corrupt checksums) are covered by the conformance tests.
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadableFixtures))]
    public void Scanning_gives_the_nulls_and_values_that_batches_give(string fixture)
    {
        var path = Path.Combine(ParquetFixtures.DuckDbFolder, "..", fixture);
        var reader = new ParquetSnapshotReader(path);
        var requests = reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind!.Value)).ToList();
        var table = SnapshotTable.Load(reader, requests);
        var recorders = requests.Select(_ => new RecordingAccumulator()).ToList();
        var counters = requests.Select(_ => new RecordingAccumulator(needsValues: false)).ToList();

        ColumnScan.Run(reader, requests, recorders);
        ColumnScan.Run(reader, requests, counters);

        requests.Should().NotBeEmpty();
        for (var i = 0; i < requests.Count; i++)
        {
            var column = table[requests[i].Name];
            recorders[i].Nulls.Should().Be(column.NullCount, requests[i].Name);
            recorders[i].Values.Should().Equal(PresentValues(column), requests[i].Name);
            counters[i].Nulls.Should().Be(column.NullCount, requests[i].Name);
            counters[i].Skipped.Should().Be(column.Length - column.NullCount, requests[i].Name);
            counters[i].Values.Should().BeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(ReadableFixtures))]
    public void Parts_say_where_they_start_and_which_of_their_rows_are_null_as_batches_do(string fixture)
    {
        var path = Path.Combine(ParquetFixtures.DuckDbFolder, "..", fixture);
        var reader = new ParquetSnapshotReader(path);
        var requests = reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind!.Value)).ToList();
        var table = SnapshotTable.Load(reader, requests);

        foreach (var needsValues in new[] { true, false })
        {
            var recorders = requests.Select(_ => new PresenceRecorder(needsValues)).ToList();
            ColumnScan.Run(reader, requests, recorders);

            for (var i = 0; i < requests.Count; i++)
            {
                var column = table[requests[i].Name];
                var recorder = recorders[i];
                recorder.Present.Should().Equal(column.Valid.Take(column.Length), requests[i].Name);
                recorder.Nulls.Should().Be(column.NullCount, requests[i].Name);
                recorder.Values.Should().Be(column.Length - column.NullCount, requests[i].Name);
                var start = 0L;
                foreach (var part in recorder.Parts)
                {
                    part.FirstRow.Should().Be(start, "each part starts where the one before it ended");
                    part.Ends.Should().Be(1, "each part is ended once, before it is merged");
                    start += part.Present.Count;
                }
            }
        }
    }

    [Fact]
    public void Batches_of_a_row_format_are_parts_that_start_at_their_first_row()
    {
        var directory = Path.Combine(Path.GetTempPath(), "presence-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var csv = Path.Combine(directory, "rows.csv");
            var lines = Enumerable.Range(0, 70_000).Select(i => i % 7 == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            File.WriteAllText(csv, "x\n" + string.Join("\n", lines) + "\n");
            var reader = SnapshotReaders.Open(csv);
            var recorder = new PresenceRecorder(needsValues: true);

            ColumnScan.Run(reader, [new ColumnRequest("x", ColumnKind.Int64)], [recorder]);

            recorder.Present.Should().Equal(Enumerable.Range(0, 70_000).Select(i => i % 7 != 0));
            recorder.Parts.Should().HaveCountGreaterThan(1, "70,000 rows come in several batches");
            recorder.Parts.Select(p => p.FirstRow).Should().Equal(recorder.Parts.Select((p, i) => (long)recorder.Parts.Take(i).Sum(q => q.Present.Count)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Dictionary_encoded_text_arrives_as_codes()
    {
        var reader = new ParquetSnapshotReader(ParquetFixtures.DuckDb("current_2k.parquet"));
        var recorder = new RecordingAccumulator();

        reader.Scan([new ColumnRequest("cat_1", ColumnKind.String)], [recorder]);

        recorder.CodedCalls.Should().BeGreaterThan(0, "DuckDB writes low-cardinality text as a dictionary");
        recorder.Values.Should().HaveCount(2000 - (int)recorder.Nulls).And.OnlyContain(v => ((string)v!).StartsWith("country_", StringComparison.Ordinal));
    }

    [Fact]
    public void Casts_are_scanned_through_batches()
    {
        var reader = new ParquetSnapshotReader(ParquetFixtures.DuckDb("current_2k.parquet"));
        var recorder = new RecordingAccumulator();

        reader.Scan([new ColumnRequest("int_1", ColumnKind.Double)], [recorder]);

        var expected = PresentValues(SnapshotTable.Load(reader, [new ColumnRequest("int_1", ColumnKind.Double)])["int_1"]);
        recorder.Values.Should().Equal(expected).And.AllBeOfType<double>();
    }

    [Fact]
    public void A_folder_of_parts_is_scanned_part_after_part()
    {
        var folder = Directory.CreateTempSubdirectory("pqscan-");
        try
        {
            File.Copy(ParquetFixtures.DuckDb("reference_2k.parquet"), Path.Combine(folder.FullName, "part-0.parquet"));
            File.Copy(ParquetFixtures.DuckDb("current_2k.parquet"), Path.Combine(folder.FullName, "part-1.parquet"));
            var reader = SnapshotReaders.Open(folder.FullName);
            var recorder = new RecordingAccumulator();

            ColumnScan.Run(reader, [new ColumnRequest("num_2", ColumnKind.Double)], [recorder]);

            var column = SnapshotTable.Load(reader, [new ColumnRequest("num_2", ColumnKind.Double)])["num_2"];
            recorder.Nulls.Should().Be(column.NullCount);
            recorder.Values.Should().Equal(PresentValues(column));
            recorder.Nulls.Should().BeGreaterThan(0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_column_is_reported_before_anything_is_scanned()
    {
        var reader = new ParquetSnapshotReader(ParquetFixtures.DuckDb("current_2k.parquet"));

        var scan = () => reader.Scan([new ColumnRequest("no_such", ColumnKind.Double)], [new RecordingAccumulator()]);

        scan.Should().Throw<SnapshotReadException>().Which.Message.Should().Contain("no_such");
    }

    private static List<object?> PresentValues(Column column)
    {
        var values = new List<object?>();
        for (var row = 0; row < column.Length; row++)
        {
            if (column.Valid[row])
            {
                values.Add(column switch
                {
                    DoubleColumn c => c.Values[row],
                    Int64Column c => c.Values[row],
                    TimestampColumn c => c.Microseconds[row],
                    DateColumn c => c.Days[row],
                    BoolColumn c => c.Values[row],
                    StringColumn c => c.Values[row],
                    _ => throw new InvalidOperationException(column.GetType().Name),
                });
            }
        }

        return values;
    }
}
