namespace MonitorsAsCode.Data.Parquet;

/// <summary>Whether a schema field must be present, may be null, or repeats.</summary>
internal enum FieldRepetition
{
    Required = 0,
    Optional = 1,
    Repeated = 2,
}
