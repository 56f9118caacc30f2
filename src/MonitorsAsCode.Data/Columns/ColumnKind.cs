namespace MonitorsAsCode.Data.Columns;

/// <summary>
/// The kind of values a column holds as read from a snapshot: which array (<see cref="DoubleColumn"/>,
/// <see cref="Int64Column"/> …) carries them.
/// </summary>
/// <remarks>
/// It has the same members as the definitions' declared <c>ColumnType</c> on purpose, and both exist because they
/// answer different questions: a <c>ColumnType</c> is what a team declares a column to be (and what values are cast
/// to), a <see cref="ColumnKind"/> is what a file turned out to hold (a CSV column inferred as text, a Parquet column
/// stored as int64). The schema check compares the two, and the data layer is usable without the definitions.
/// The engine's <c>ColumnKinds</c> is the one map between them.
/// </remarks>
public enum ColumnKind
{
    /// <summary>double values.</summary>
    Double,

    /// <summary>long values.</summary>
    Int64,

    /// <summary>bool values.</summary>
    Bool,

    /// <summary>string values.</summary>
    String,

    /// <summary>long values: microseconds since the Unix epoch, UTC.</summary>
    Timestamp,

    /// <summary>int values: days since 1970-01-01.</summary>
    Date,
}
