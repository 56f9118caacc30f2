namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// The limits text snapshots are read within, so a small hostile file cannot take gigabytes of memory
/// or minutes of time. Each is far beyond a real snapshot; going past one is a
/// <see cref="SnapshotReadException"/> naming the file and line. docs/limits.md lists them.
/// </summary>
internal static class SnapshotLimits
{
    /// <summary>The most columns a CSV header (fields of one CSV record) or the keys of a JSON Lines file may have: 16,384, as many as a spreadsheet holds.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The longest line of a JSON Lines file, in bytes (64 MiB, without its line break).</summary>
    public const int MaxJsonLineBytes = 64 * 1024 * 1024;

    /// <summary>The longest CSV record (a row, with every field), in characters (64 Mi); a field cannot be longer.</summary>
    public const int MaxCsvRecordChars = 64 * 1024 * 1024;
}
