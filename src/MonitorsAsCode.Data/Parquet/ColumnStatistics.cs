using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A column chunk's statistics as the writer recorded them: plain-encoded minimum and maximum (the
/// current <c>min_value</c>/<c>max_value</c>, else the deprecated signed-order <c>min</c>/<c>max</c>)
/// and the null count. <see cref="MinExact"/> and <see cref="MaxExact"/> are false only when the writer
/// said the bound was truncated (<c>is_min_value_exact</c>/<c>is_max_value_exact</c>).
/// </summary>
internal sealed record ColumnStatistics(byte[]? Min, byte[]? Max, bool MinMaxDeprecated, long? NullCount, long? DistinctCount)
{
    public bool MinExact { get; init; } = true;

    public bool MaxExact { get; init; } = true;

    public static ColumnStatistics Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        byte[]? min = null, max = null, legacyMin = null, legacyMax = null;
        long? nulls = null, distinct = null;
        bool maxExact = true, minExact = true;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.Binary:
                    legacyMax = reader.ReadBinary().ToArray();
                    break;
                case 2 when type == ThriftType.Binary:
                    legacyMin = reader.ReadBinary().ToArray();
                    break;
                case 3 when type == ThriftType.I64:
                    nulls = reader.ReadI64();
                    break;
                case 4 when type == ThriftType.I64:
                    distinct = reader.ReadI64();
                    break;
                case 5 when type == ThriftType.Binary:
                    max = reader.ReadBinary().ToArray();
                    break;
                case 6 when type == ThriftType.Binary:
                    min = reader.ReadBinary().ToArray();
                    break;
                case 7 when type is ThriftType.BooleanTrue or ThriftType.BooleanFalse:
                    maxExact = type == ThriftType.BooleanTrue;
                    break;
                case 8 when type is ThriftType.BooleanTrue or ThriftType.BooleanFalse:
                    minExact = type == ThriftType.BooleanTrue;
                    break;
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        var deprecated = min is null && max is null;
        return new ColumnStatistics(deprecated ? legacyMin : min, deprecated ? legacyMax : max, deprecated && (legacyMin ?? legacyMax) is not null, nulls, distinct)
        {
            MinExact = minExact,
            MaxExact = maxExact,
        };
    }
}
