using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Windows;
using MonitorsAsCode.Testing;

namespace MonitorsAsCode.Data.Tests.Windows;

/// <summary>A snapshot seen through a time window: what is opened, and exactly which rows come out.</summary>
public sealed class WindowedSnapshotReaderTests : IDisposable
{
    private static readonly DateTime August1 = new(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Hive_day_folders_outside_the_window_are_never_opened()
    {
        for (var day = 0; day < 5; day++)
        {
            EventParquet.Write(folder.PathOf($"events/date={August1.AddDays(day):yyyy-MM-dd}/part-0.parquet"), EventParquet.Day(August1.AddDays(day), 10, firstAmount: day * 100));
        }

        // A part that would fail to read if opened: pruning by path must not touch it.
        File.WriteAllText(folder.PathOf("events/date=2026-08-05/part-1.parquet"), "not parquet");
        var reader = Window(SnapshotReaders.Open(folder.PathOf("events")), August1.AddDays(1), August1.AddDays(3));

        var amounts = Amounts(reader);

        reader.PartsListed.Should().Be(6);
        reader.PartsSkipped.Should().Be(4);
        reader.PartsRead.Should().Be(2);
        amounts.Should().Equal(Enumerable.Range(100, 10).Concat(Enumerable.Range(200, 10)).Select(a => (double)a));
    }

    [Fact]
    public void Row_groups_outside_the_window_are_skipped_by_their_event_time_statistics()
    {
        var days = Enumerable.Range(0, 6).Select(d => (IReadOnlyList<EventParquet.Row>)EventParquet.Day(August1.AddDays(d), 24, firstAmount: d * 100)).ToArray();
        var path = EventParquet.Write(folder.PathOf("all.parquet"), days);
        var reader = Window(SnapshotReaders.Open(path), August1.AddDays(2), August1.AddDays(3));

        var amounts = Amounts(reader);

        reader.RowGroupsRead.Should().Be(1);
        reader.RowGroupsSkipped.Should().Be(5);
        amounts.Should().Equal(Enumerable.Range(200, 24).Select(a => (double)a));
    }

    [Fact]
    public void Other_layouts_in_a_folder_are_pruned_by_statistics_too()
    {
        EventParquet.Write(folder.PathOf("flat/part-a.parquet"), EventParquet.Day(August1, 4), EventParquet.Day(August1.AddDays(1), 4, 10));
        EventParquet.Write(folder.PathOf("flat/part-b.parquet"), EventParquet.Day(August1.AddDays(2), 4, 20), EventParquet.Day(August1.AddDays(3), 4, 30));
        var reader = Window(SnapshotReaders.Open(folder.PathOf("flat")), August1.AddDays(1), August1.AddDays(3));

        var amounts = Amounts(reader);

        reader.PartsRead.Should().Be(2, "no path names a day, so both parts are opened");
        reader.RowGroupsRead.Should().Be(2);
        reader.RowGroupsSkipped.Should().Be(2);
        amounts.Should().Equal(10, 11, 12, 13, 20, 21, 22, 23);
    }

    [Fact]
    public void An_event_at_the_window_end_belongs_to_the_next_window_and_null_times_to_none()
    {
        var from = August1.AddHours(6);
        var to = August1.AddHours(7);
        var tick = TimeSpan.FromMilliseconds(1); // the file's unit
        var path = EventParquet.Write(folder.PathOf("edges.parquet"), new List<EventParquet.Row>
        {
            new(from - tick, 1, "NL"),
            new(from, 2, "NL"),
            new(to - tick, 3, "NL"),
            new(to, 4, "NL"),
            new(null, 5, "NL"),
        });

        Amounts(Window(SnapshotReaders.Open(path), from, to)).Should().Equal(2, 3);
        Amounts(Window(SnapshotReaders.Open(path), to, to.AddHours(1))).Should().Equal(4);
        Amounts(Window(SnapshotReaders.Open(path), from.AddHours(-1), from)).Should().Equal(1);
    }

    [Fact]
    public void Bounds_without_column_orders_are_not_trusted_and_rows_are_still_filtered_exactly()
    {
        var days = Enumerable.Range(0, 3).Select(d => (IReadOnlyList<EventParquet.Row>)EventParquet.Day(August1.AddDays(d), 2, firstAmount: d * 100)).ToArray();
        var path = EventParquet.Write(folder.PathOf("plain.parquet"), columnOrders: false, days);
        var reader = Window(SnapshotReaders.Open(path), August1.AddDays(1), August1.AddDays(2));

        Amounts(reader).Should().Equal(100, 101);
        reader.RowGroupsRead.Should().Be(3);
        reader.RowGroupsSkipped.Should().Be(0);
    }

    [Fact]
    public void A_duckdb_file_is_pruned_by_its_statistics()
    {
        // DuckDB writes TYPE_ORDER column orders and exact bounds; the fixture is one row group, its ts column far from 1990.
        var path = Path.Combine(RepositoryCheckout.Root, "tests", "fixtures", "duckdb-written", "reference_2k.parquet");
        var all = new WindowedSnapshotReader(SnapshotReaders.Open(path), "ts", ColumnKind.Timestamp, EventTimeRanges.Of(DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1)));
        var none = new WindowedSnapshotReader(SnapshotReaders.Open(path), "ts", ColumnKind.Timestamp, EventTimeRanges.Of(new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(1991, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Amounts(all, "score").Should().HaveCount(2_000);
        all.RowGroupsRead.Should().Be(1);
        Amounts(none, "score").Should().BeEmpty();
        none.RowGroupsRead.Should().Be(0);
        none.RowGroupsSkipped.Should().Be(1);
    }

    [Fact]
    public void Requested_event_time_is_kept_and_filtered_like_the_other_columns()
    {
        var path = EventParquet.Write(folder.PathOf("t.parquet"), EventParquet.Day(August1, 4));
        var reader = Window(SnapshotReaders.Open(path), August1.AddHours(6), August1.AddHours(18));

        var batches = reader.ReadBatches([new ColumnRequest("event_time", ColumnKind.Timestamp), new ColumnRequest("country", ColumnKind.String)]).ToList();

        batches.Should().ContainSingle();
        batches[0].Columns.Select(c => c.Name).Should().Equal("event_time", "country");
        ((TimestampColumn)batches[0].Columns[0]).Microseconds.Select(m => TimestampText.Format(m)).Should().Equal("2026-08-01T06:00:00Z", "2026-08-01T12:00:00Z");
    }

    [Fact]
    public void Several_ranges_keep_the_rows_of_each()
    {
        var path = EventParquet.Write(folder.PathOf("s.parquet"), Enumerable.Range(0, 10).Select(d => (IReadOnlyList<EventParquet.Row>)EventParquet.Day(August1.AddDays(d), 1, d)).ToArray());
        var ranges = EventTimeRanges.Of([(Utc(August1.AddDays(7)), Utc(August1.AddDays(8))), (Utc(August1), Utc(August1.AddDays(1))), (Utc(August1.AddDays(1)), Utc(August1.AddDays(2)))]);
        var reader = new WindowedSnapshotReader(SnapshotReaders.Open(path), "event_time", ColumnKind.Timestamp, ranges);

        Amounts(reader).Should().Equal(0, 1, 7);
        reader.RowGroupsRead.Should().Be(3);
        ranges.Ranges.Should().HaveCount(2, "touching ranges merge");
    }

    [Fact]
    public void Csv_snapshots_are_filtered_by_row()
    {
        var path = folder.Write("e.csv", "event_time,amount\n2026-08-01T00:00:00Z,1\n2026-08-02T00:00:00Z,2\n,3\n");
        var reader = Window(SnapshotReaders.Open(path), August1, August1.AddDays(1));

        Amounts(reader).Should().Equal(1);
    }

    [Fact]
    public void Hive_listing_enters_partition_folders_only()
    {
        EventParquet.Write(folder.PathOf("h/date=2026-08-02/part-0.parquet"), EventParquet.Day(August1.AddDays(1), 1));
        EventParquet.Write(folder.PathOf("h/date=2026-08-01/hour=03/part-0.parquet"), EventParquet.Day(August1, 1));
        EventParquet.Write(folder.PathOf("h/_tmp/part-0.parquet"), EventParquet.Day(August1, 1));

        var parts = ((PartitionedSnapshotReader)SnapshotReaders.Open(folder.PathOf("h"))).Parts;

        parts.Should().Equal(folder.PathOf("h/date=2026-08-01/hour=03/part-0.parquet"), folder.PathOf("h/date=2026-08-02/part-0.parquet"));
        HivePartition.DayOf(parts[0]).Should().Be((Utc(August1), Utc(August1.AddDays(1))));
        HivePartition.DayOf(folder.PathOf("h/region=eu/part-0.parquet")).Should().BeNull();
    }

    private static WindowedSnapshotReader Window(ISnapshotReader inner, DateTime from, DateTime to) =>
        new(inner, "event_time", ColumnKind.Timestamp, EventTimeRanges.Of(Utc(from), Utc(to)));

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static List<double> Amounts(ISnapshotReader reader, string column = "amount") =>
        [.. reader.ReadBatches([new ColumnRequest(column, ColumnKind.Double)]).SelectMany(b => ((DoubleColumn)b.Columns[0]).Values)];
}
