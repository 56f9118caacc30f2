using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using Parquet;
using Parquet.Schema;

namespace MonitorsAsCode.Rendering.History;

/// <summary>
/// A history as one Parquet file for notebooks and BI tools: one row group, SNAPPY pages, the columns of
/// <see cref="HistorySchema.Columns"/> in that order. Instants are INT64 TIMESTAMP(MICROS, UTC); values and thresholds
/// DOUBLE, rows INT64, everything else UTF-8 text (snapshots and model versions as the JSON the store keeps). Written by
/// Parquet.Net, managed code throughout, so the same history gives the same bytes on every machine.
/// </summary>
public static class HistoryParquet
{
    /// <summary>The file's bytes for <paramref name="entries"/>, in the order given.</summary>
    public static byte[] ToBytes(IReadOnlyList<HistoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return WriteAsync(entries).GetAwaiter().GetResult();
    }

    private static async Task<byte[]> WriteAsync(IReadOnlyList<HistoryEntry> entries)
    {
        var fields = HistorySchema.Columns.Select(Field).ToArray();
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }))
        {
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < fields.Length; i++)
            {
                await WriteAsync(group, fields[i], entries);
            }
        }

        return stream.ToArray();
    }

    private static DataField Field(string column) => column switch
    {
        "window_start" or "window_end" or "as_of" => Timestamp(column, nullable: false),
        "window_from" or "window_to" => Timestamp(column, nullable: true),
        "value" or "warn_below" or "warn_above" or "fail_below" or "fail_above" => new DataField<double>(column, true),
        "row_count" => new DataField<long>(column, true),
        "revision" => new DataField<string>(column, true),
        _ => new DataField<string>(column, false),
    };

    private static DateTimeDataField Timestamp(string column, bool nullable) =>
        new(column, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: nullable);

    private static Task WriteAsync(ParquetRowGroupWriter group, DataField field, IReadOnlyList<HistoryEntry> entries) => field.Name switch
    {
        "monitor_id" => Text(group, field, entries, e => e.MonitorId),
        "window_start" => Instants(group, field, entries, e => e.Window.Key.Start),
        "window_end" => Instants(group, field, entries, e => e.Window.Key.End),
        "window_from" => Optional(group, field, entries, e => Utc(e.Window.From)),
        "window_to" => Optional(group, field, entries, e => Utc(e.Window.To)),
        "as_of" => Instants(group, field, entries, e => e.Window.AsOf),
        "dataset_id" => Text(group, field, entries, e => e.DatasetId),
        "check_kind" => Text(group, field, entries, e => e.Check),
        "status" => Text(group, field, entries, e => CheckStatusWords.Of(e.Status)),
        "value" => Optional(group, field, entries, e => Finite(e.Value)),
        "warn_below" => Optional(group, field, entries, e => Finite(e.Warn?.Below)),
        "warn_above" => Optional(group, field, entries, e => Finite(e.Warn?.Above)),
        "fail_below" => Optional(group, field, entries, e => Finite(e.Fail?.Below)),
        "fail_above" => Optional(group, field, entries, e => Finite(e.Fail?.Above)),
        "evidence_summary" => Text(group, field, entries, e => e.EvidenceSummary),
        "revision" => Text(group, field, entries, e => e.Revision),
        "row_count" => Optional(group, field, entries, e => e.Rows),
        "snapshots" => Text(group, field, entries, e => HistoryCsv.SnapshotsText(e.Snapshots)),
        "model_versions" => Text(group, field, entries, e => HistoryCsv.VersionsText(e.ModelVersions)),
        _ => throw new InvalidOperationException("no Parquet column for history column '" + field.Name + "'"),
    };

    private static Task Text(ParquetRowGroupWriter group, DataField field, IReadOnlyList<HistoryEntry> entries, Func<HistoryEntry, string?> value) =>
        group.WriteAsync(field, entries.Select(value).ToArray());

    private static Task Instants(ParquetRowGroupWriter group, DataField field, IReadOnlyList<HistoryEntry> entries, Func<HistoryEntry, DateTimeOffset> value) =>
        group.WriteAsync<DateTime>(field, entries.Select(e => Utc(value(e)) ?? DateTime.UnixEpoch).ToArray().AsMemory());

    private static Task Optional<T>(ParquetRowGroupWriter group, DataField field, IReadOnlyList<HistoryEntry> entries, Func<HistoryEntry, T?> value)
        where T : struct =>
        group.WriteAsync<T>(field, entries.Select(value).ToArray().AsMemory());

    // To the microsecond the store keeps, as UTC.
    private static DateTime? Utc(DateTimeOffset? instant) =>
        instant is { } value ? HistorySchema.FromMicroseconds(HistorySchema.ToMicroseconds(value)).UtcDateTime : null;

    private static double? Finite(double? value) => value is { } number && double.IsNaN(number) ? null : value;
}
