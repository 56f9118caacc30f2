using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>Where a column chunk's pages are and how they are compressed.</summary>
internal sealed record ColumnMetaData(
    PhysicalType Type,
    IReadOnlyList<string> PathInSchema,
    CompressionCodec Codec,
    long NumValues,
    long TotalUncompressedSize,
    long TotalCompressedSize,
    long DataPageOffset,
    long? DictionaryPageOffset,
    ColumnStatistics? Statistics)
{
    public static ColumnMetaData Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        PhysicalType? physical = null;
        var path = new List<string>();
        var codec = CompressionCodec.Uncompressed;
        long numValues = -1, uncompressed = 0, compressed = -1, dataOffset = -1;
        long? dictionaryOffset = null;
        ColumnStatistics? statistics = null;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32:
                    physical = (PhysicalType)reader.ReadI32();
                    break;
                case 3 when type == ThriftType.List:
                    {
                        var (elementType, count) = reader.ReadListHeader();
                        for (var i = 0; i < count; i++)
                        {
                            if (elementType == ThriftType.Binary)
                            {
                                path.Add(reader.ReadString());
                            }
                            else
                            {
                                reader.Skip(elementType);
                            }
                        }

                        break;
                    }

                case 4 when type == ThriftType.I32:
                    codec = (CompressionCodec)reader.ReadI32();
                    break;
                case 5 when type == ThriftType.I64:
                    numValues = reader.ReadI64();
                    break;
                case 6 when type == ThriftType.I64:
                    uncompressed = reader.ReadI64();
                    break;
                case 7 when type == ThriftType.I64:
                    compressed = reader.ReadI64();
                    break;
                case 9 when type == ThriftType.I64:
                    dataOffset = reader.ReadI64();
                    break;
                case 11 when type == ThriftType.I64:
                    dictionaryOffset = reader.ReadI64();
                    break;
                case 12 when type == ThriftType.Struct:
                    statistics = ColumnStatistics.Read(ref reader);
                    break;
                case 1 or 3 or 4 or 5 or 6 or 7 or 9 or 11 or 12:
                    throw FieldTypeMismatch.Of("ColumnMetaData", id, type);
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        if (physical is null || numValues < 0 || compressed < 0 || dataOffset < 0)
        {
            throw new ParquetFormatException("column metadata lacks its type, value count, size or data page offset");
        }

        return new ColumnMetaData(physical.Value, path, codec, numValues, uncompressed, compressed, dataOffset, dictionaryOffset, statistics);
    }
}
