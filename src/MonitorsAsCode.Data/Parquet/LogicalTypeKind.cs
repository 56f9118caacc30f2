namespace MonitorsAsCode.Data.Parquet;

/// <summary>Which member of Parquet's LogicalType union is set (the Thrift field id).</summary>
internal enum LogicalTypeKind
{
    String = 1,
    Map = 2,
    List = 3,
    Enum = 4,
    Decimal = 5,
    Date = 6,
    Time = 7,
    Timestamp = 8,
    Integer = 10,
    /// <summary>UNKNOWN in the specification: a column whose values are all null.</summary>
    Null = 11,
    Json = 12,
    Bson = 13,
    Uuid = 14,
    Float16 = 15,
    Variant = 16,
    Geometry = 17,
    Geography = 18,
}
