using System.Globalization;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.History;

/// <summary>
/// A history as CSV for notebooks and BI tools: RFC 4180 fields (quoted when they hold a comma, quote, CR or LF; quotes
/// doubled), LF line ends, invariant culture, the columns of <see cref="HistorySchema.Columns"/> in that order. Instants
/// are ISO 8601 in UTC (<c>2026-11-16T00:00:00Z</c>, fractions of a second only when there are some); numbers are
/// written to round-trip; an absent value is an empty field, an empty text is <c>""</c>.
/// </summary>
public static class HistoryCsv
{
    /// <summary>Writes <paramref name="entries"/>, in the order given, after a header line.</summary>
    public static void Write(IEnumerable<HistoryEntry> entries, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(",", HistorySchema.Columns));
        writer.Write('\n');
        foreach (var entry in entries)
        {
            var window = entry.Window;
            var key = window.Key;
            string?[] fields =
            [
                entry.MonitorId, Instant(key.Start), Instant(key.End), Instant(window.From), Instant(window.To), Instant(window.AsOf),
                entry.DatasetId, entry.Check, CheckStatusWords.Of(entry.Status), Number(entry.Value),
                Number(entry.Warn?.Below), Number(entry.Warn?.Above), Number(entry.Fail?.Below), Number(entry.Fail?.Above),
                entry.EvidenceSummary, entry.Revision, entry.Rows?.ToString(CultureInfo.InvariantCulture),
                SqlHistoryStore.SnapshotsJson(entry.Snapshots), SqlHistoryStore.VersionsJson(entry.ModelVersions),
            ];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Field(fields[i]));
            }

            writer.Write('\n');
        }
    }

    /// <summary>The snapshots as exports and stores write them: a JSON array of <c>{"side","path","hash"}</c> objects.</summary>
    public static string SnapshotsText(IReadOnlyList<SnapshotFingerprint> snapshots) => SqlHistoryStore.SnapshotsJson(snapshots);

    /// <summary>The model versions as exports and stores write them: a JSON array of strings.</summary>
    public static string VersionsText(IReadOnlyList<string> versions) => SqlHistoryStore.VersionsJson(versions);

    /// <summary>An instant as exports write it: ISO 8601 in UTC, to the microsecond the store keeps.</summary>
    public static string? Instant(DateTimeOffset? instant) =>
        instant is { } value ? HistorySchema.FromMicroseconds(HistorySchema.ToMicroseconds(value)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture) : null;

    private static string? Number(double? value) => value is { } number && !double.IsNaN(number) ? number.ToString("R", CultureInfo.InvariantCulture) : null;

    private static string Field(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length > 0 && value.IndexOfAny([',', '"', '\r', '\n']) < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
