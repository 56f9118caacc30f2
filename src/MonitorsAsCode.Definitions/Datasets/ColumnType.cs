namespace MonitorsAsCode.Definitions.Datasets;

/// <summary>The logical type a column is declared with; snapshot values are cast to it when read.</summary>
/// <remarks>
/// The data layer's <c>ColumnKind</c> has the same members on purpose: this is what a team declares, that is what a
/// snapshot turned out to hold, and the schema check compares the two. Keeping them apart lets the definitions load
/// (in the analyzer, on netstandard2.0) without the data layer, and the data layer read files without definitions.
/// </remarks>
public enum ColumnType
{
    /// <summary>64-bit floating point.</summary>
    Double,

    /// <summary>64-bit signed integer.</summary>
    Int64,

    /// <summary>true / false.</summary>
    Bool,

    /// <summary>Text (UTF-8 in files, compared ordinally).</summary>
    String,

    /// <summary>An instant, stored as microseconds since the Unix epoch in UTC.</summary>
    Timestamp,

    /// <summary>A calendar date, stored as days since 1970-01-01.</summary>
    Date,
}
