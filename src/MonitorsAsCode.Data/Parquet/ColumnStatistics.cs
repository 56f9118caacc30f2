using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A column chunk's statistics as the writer recorded them: plain-encoded minimum and maximum (the
/// current <c>min_value</c>/<c>max_value</c>, else the deprecated signed-order <c>min</c>/<c>max</c>)
/// and the null count. Used to check decoded values against the writer's own account.
/// </summary>
internal sealed record ColumnStatistics(byte[]? Min, byte[]? Max, bool MinMaxDeprecated, long? NullCount, long? DistinctCount)
{
    public static ColumnStatistics Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        byte[]? min = null, max = null, legacyMin = null, legacyMax = null;
        long? nulls = null, distinct = null;
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
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        var deprecated = min is null && max is null;
        return new ColumnStatistics(deprecated ? legacyMin : min, deprecated ? legacyMax : max, deprecated && (legacyMin ?? legacyMax) is not null, nulls, distinct);
    }
}
