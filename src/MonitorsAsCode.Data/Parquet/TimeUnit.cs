namespace MonitorsAsCode.Data.Parquet;

/// <summary>The unit of a TIME or TIMESTAMP logical type.</summary>
internal enum TimeUnit
{
    Millis,
    Micros,
    Nanos,
}
