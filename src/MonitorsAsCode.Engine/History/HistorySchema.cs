namespace MonitorsAsCode.Engine.History;

/// <summary>
/// The tables of a history store, the same for SQLite and PostgreSQL (docs/history.md describes every column), and the
/// migrations that bring an older store up to <see cref="Version"/>. Type names are PostgreSQL's; SQLite gives them the
/// same affinities (<c>BIGINT</c> integer, <c>DOUBLE PRECISION</c> real, <c>TEXT</c> text).
/// </summary>
public static class HistorySchema
{
    /// <summary>The schema version this build writes and reads. A store at a newer version is refused, never altered.</summary>
    public const int Version = 1;

    /// <summary>The table holding the store's schema version, one row.</summary>
    public const string VersionTable = "schema_version";

    /// <summary>The table holding one row per (monitor, window).</summary>
    public const string EntryTable = "history_entry";

    /// <summary>The columns of <see cref="EntryTable"/>, in the order they are written, read and exported.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "monitor_id", "window_start", "window_end", "window_from", "window_to", "as_of",
        "dataset_id", "check_kind", "status", "value",
        "warn_below", "warn_above", "fail_below", "fail_above",
        "evidence_summary", "revision", "row_count", "snapshots", "model_versions",
    ];

    /// <summary>
    /// The statements that take a store from version <c>i</c> to <c>i + 1</c>, at index <c>i</c>; each runs in the
    /// transaction that also sets the new version, so a store is never left half migrated.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<string>> Migrations { get; } =
    [
        [
            $"CREATE TABLE {VersionTable} (version BIGINT NOT NULL)",
            $"""
            CREATE TABLE {EntryTable} (
                monitor_id TEXT NOT NULL,
                window_start BIGINT NOT NULL,
                window_end BIGINT NOT NULL,
                window_from BIGINT,
                window_to BIGINT,
                as_of BIGINT NOT NULL,
                dataset_id TEXT NOT NULL,
                check_kind TEXT NOT NULL,
                status TEXT NOT NULL,
                value DOUBLE PRECISION,
                warn_below DOUBLE PRECISION,
                warn_above DOUBLE PRECISION,
                fail_below DOUBLE PRECISION,
                fail_above DOUBLE PRECISION,
                evidence_summary TEXT NOT NULL,
                revision TEXT,
                row_count BIGINT,
                snapshots TEXT NOT NULL,
                model_versions TEXT NOT NULL,
                PRIMARY KEY (monitor_id, window_start, window_end)
            )
            """,
        ],
    ];

    /// <summary>
    /// Microseconds since 1970-01-01T00:00:00Z: how every instant is stored. Sub-microsecond ticks are dropped, rounding
    /// towards the past (also before 1970), so an instant always falls in the microsecond it is stored as.
    /// </summary>
    public static long ToMicroseconds(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return ticks >= 0 ? ticks / 10 : -((-ticks + 9) / 10);
    }

    /// <summary>The UTC instant <paramref name="microseconds"/> after 1970-01-01T00:00:00Z.</summary>
    public static DateTimeOffset FromMicroseconds(long microseconds) => new(DateTimeOffset.UnixEpoch.UtcTicks + (microseconds * 10), TimeSpan.Zero);
}
