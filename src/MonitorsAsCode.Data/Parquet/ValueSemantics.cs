namespace MonitorsAsCode.Data.Parquet;

/// <summary>What a column's values mean, from its logical or converted type, else its physical type.</summary>
internal enum ValueSemantics
{
    Boolean,
    SignedInteger,
    UnsignedInteger,
    Date,
    Timestamp,
    TimeOfDay,

    /// <summary>Legacy INT96 timestamps (Impala, Hive, Spark): nanoseconds of the day and a Julian day.</summary>
    Int96Timestamp,
    Decimal,
    Real,
    Float16,
    Text,

    /// <summary>Bytes with no text annotation, shown as base64.</summary>
    Binary,
    Uuid,
}
