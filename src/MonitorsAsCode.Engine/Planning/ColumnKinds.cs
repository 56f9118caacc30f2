using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Engine.Planning;

/// <summary>Maps declared column types onto the data layer's column kinds.</summary>
internal static class ColumnKinds
{
    /// <summary>The kind a column of this declared type is read as.</summary>
    public static ColumnKind Of(ColumnType type) => type switch
    {
        ColumnType.Double => ColumnKind.Double,
        ColumnType.Int64 => ColumnKind.Int64,
        ColumnType.Bool => ColumnKind.Bool,
        ColumnType.String => ColumnKind.String,
        ColumnType.Timestamp => ColumnKind.Timestamp,
        ColumnType.Date => ColumnKind.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown column type."),
    };

    /// <summary>The declared type a column read as <paramref name="kind"/> would have.</summary>
    public static ColumnType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Double => ColumnType.Double,
        ColumnKind.Int64 => ColumnType.Int64,
        ColumnKind.Bool => ColumnType.Bool,
        ColumnKind.Timestamp => ColumnType.Timestamp,
        ColumnKind.Date => ColumnType.Date,
        _ => ColumnType.String,
    };

    /// <summary>The type word for a stored kind, spelt as YAML spells the declared type it matches (<c>double</c>, <c>int64</c>).</summary>
    public static string Word(ColumnKind kind) => kind.ToString().ToLowerInvariant();
}
