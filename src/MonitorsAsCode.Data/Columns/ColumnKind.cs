namespace MonitorsAsCode.Data.Columns;

/// <summary>
/// The physical kind of a column's values. Mirrors the definition model's column types without
/// depending on it, so the data layer stays usable on its own.
/// </summary>
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
