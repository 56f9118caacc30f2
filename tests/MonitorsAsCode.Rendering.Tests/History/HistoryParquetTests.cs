using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Rendering.History;

namespace MonitorsAsCode.Rendering.Tests.History;

public sealed class HistoryParquetTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_export_reads_back_with_our_own_parquet_reader_column_for_column()
    {
        var day = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        HistoryEntry[] entries =
        [
            new("a", "ds", "drift", new JudgedWindow(day, day.AddDays(1), day.AddDays(1).AddTicks(15)), CheckStatus.Fail, 0.5)
            {
                Warn = Threshold.AtMost(0.1), Fail = new Threshold(0.01, 0.25), EvidenceSummary = "moved", Revision = "abc", Rows = 7,
                ModelVersions = ["v1"],
            },
            new("b", "ds", "volume", JudgedWindow.At(day), CheckStatus.Error, null) { EvidenceSummary = "" },
        ];
        var path = folder.PathOf("h.parquet");
        File.WriteAllBytes(path, HistoryParquet.ToBytes(entries));

        var reader = SnapshotReaders.Open(path);
        reader.ReadSchema().Fields.Select(f => f.Name).Should().Equal(HistorySchema.Columns);
        var batch = reader.ReadBatches(
        [
            new ColumnRequest("monitor_id", ColumnKind.String), new ColumnRequest("window_from", ColumnKind.Timestamp),
            new ColumnRequest("as_of", ColumnKind.Timestamp), new ColumnRequest("value", ColumnKind.Double),
            new ColumnRequest("fail_below", ColumnKind.Double), new ColumnRequest("row_count", ColumnKind.Int64),
            new ColumnRequest("model_versions", ColumnKind.String), new ColumnRequest("revision", ColumnKind.String),
        ]).Should().ContainSingle().Subject;

        batch.RowCount.Should().Be(2);
        batch.Columns.Select(c => c.FormatValue(0)).Should().Equal("a", "2026-11-01T00:00:00Z", "2026-11-02T00:00:00.000001Z", "0.5", "0.01", "7", "[\"v1\"]", "abc");
        batch.Columns.Select(c => c.FormatValue(1)).Should().Equal("b", null, "2026-11-01T00:00:00Z", null, null, null, "[]", null);
    }
}
