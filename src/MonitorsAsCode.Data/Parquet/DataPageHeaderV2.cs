using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A version 2 data page: repetition and definition levels first, never compressed and not
/// length-prefixed (their lengths are here), then the values, compressed when <see cref="IsCompressed"/>.
/// </summary>
internal sealed record DataPageHeaderV2(
    int NumValues,
    int NumNulls,
    int NumRows,
    ParquetEncoding Encoding,
    int DefinitionLevelsByteLength,
    int RepetitionLevelsByteLength,
    bool IsCompressed)
{
    public static DataPageHeaderV2 Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        int? values = null, nulls = null, rows = null, definitionLength = null, repetitionLength = null;
        ParquetEncoding? encoding = null;
        var compressed = true;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32:
                    values = reader.ReadI32();
                    break;
                case 2 when type == ThriftType.I32:
                    nulls = reader.ReadI32();
                    break;
                case 3 when type == ThriftType.I32:
                    rows = reader.ReadI32();
                    break;
                case 4 when type == ThriftType.I32:
                    encoding = (ParquetEncoding)reader.ReadI32();
                    break;
                case 5 when type == ThriftType.I32:
                    definitionLength = reader.ReadI32();
                    break;
                case 6 when type == ThriftType.I32:
                    repetitionLength = reader.ReadI32();
                    break;
                case 7 when type is ThriftType.BooleanTrue or ThriftType.BooleanFalse:
                    compressed = ThriftCompactReader.BooleanOf(type);
                    break;
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        if (values is null || nulls is null || rows is null || encoding is null || definitionLength is null || repetitionLength is null)
        {
            throw new ParquetFormatException("a version 2 data page header lacks a required field");
        }

        return new DataPageHeaderV2(values.Value, nulls.Value, rows.Value, encoding.Value, definitionLength.Value, repetitionLength.Value, compressed);
    }
}
