using System.Globalization;
using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// The error for a known footer field stored with another Thrift type than <c>parquet.thrift</c> gives it.
/// Such a field used to be skipped like an unknown one, so one flipped bit in a field header silently dropped,
/// for example, every row group; it is corruption and is refused.
/// </summary>
internal static class FieldTypeMismatch
{
    public static ParquetFormatException Of(string structure, short fieldId, ThriftType type) =>
        new(string.Create(CultureInfo.InvariantCulture, $"field {fieldId} of {structure} has Thrift type {type}, not the type the format gives it"));
}
