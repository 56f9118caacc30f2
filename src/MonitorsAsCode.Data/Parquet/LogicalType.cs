using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A schema element's LogicalType annotation. <see cref="Kind"/> is null when the union holds a
/// member this reader does not know; readers then fall back to the converted or physical type.
/// </summary>
internal sealed record LogicalType(
    LogicalTypeKind? Kind,
    int Scale = 0,
    int Precision = 0,
    TimeUnit Unit = TimeUnit.Millis,
    bool IsAdjustedToUtc = false,
    int BitWidth = 0,
    bool IsSigned = true)
{
    public static LogicalType Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        var result = new LogicalType(Kind: null);
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            if (type != ThriftType.Struct || !Enum.IsDefined((LogicalTypeKind)id))
            {
                reader.SkipField(type);
                continue;
            }

            var kind = (LogicalTypeKind)id;
            result = kind switch
            {
                LogicalTypeKind.Decimal => ReadDecimal(ref reader),
                LogicalTypeKind.Time or LogicalTypeKind.Timestamp => ReadTime(ref reader, kind),
                LogicalTypeKind.Integer => ReadInteger(ref reader),
                _ => SkipEmpty(ref reader, kind),
            };
        }

        reader.EndStruct();
        return result;
    }

    private static LogicalType SkipEmpty(ref ThriftCompactReader reader, LogicalTypeKind kind)
    {
        reader.Skip(ThriftType.Struct);
        return new LogicalType(kind);
    }

    private static LogicalType ReadDecimal(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        int scale = 0, precision = 0;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32:
                    scale = reader.ReadI32();
                    break;
                case 2 when type == ThriftType.I32:
                    precision = reader.ReadI32();
                    break;
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        return new LogicalType(LogicalTypeKind.Decimal, Scale: scale, Precision: precision);
    }

    private static LogicalType ReadTime(ref ThriftCompactReader reader, LogicalTypeKind kind)
    {
        reader.BeginStruct();
        var utc = false;
        TimeUnit? unit = null;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type is ThriftType.BooleanTrue or ThriftType.BooleanFalse:
                    utc = ThriftCompactReader.BooleanOf(type);
                    break;
                case 2 when type == ThriftType.Struct:
                    unit = ReadUnit(ref reader);
                    break;
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();

        // A unit this reader does not know makes the whole annotation unknown.
        return unit is { } known ? new LogicalType(kind, Unit: known, IsAdjustedToUtc: utc) : new LogicalType(Kind: null);
    }

    private static TimeUnit? ReadUnit(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        TimeUnit? unit = null;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            if (type == ThriftType.Struct && id is >= 1 and <= 3)
            {
                unit = (TimeUnit)(id - 1);
            }

            reader.SkipField(type);
        }

        reader.EndStruct();
        return unit;
    }

    private static LogicalType ReadInteger(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        int bitWidth = 0;
        var signed = true;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.Byte:
                    bitWidth = reader.ReadByte();
                    break;
                case 2 when type is ThriftType.BooleanTrue or ThriftType.BooleanFalse:
                    signed = ThriftCompactReader.BooleanOf(type);
                    break;
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        return new LogicalType(LogicalTypeKind.Integer, BitWidth: bitWidth, IsSigned: signed);
    }
}
