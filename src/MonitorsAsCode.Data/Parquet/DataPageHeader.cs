using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>A version 1 data page: levels and values compressed together, levels length-prefixed.</summary>
internal sealed record DataPageHeader(int NumValues, ParquetEncoding Encoding, ParquetEncoding DefinitionLevelEncoding, ParquetEncoding RepetitionLevelEncoding)
{
    public static DataPageHeader Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        int? values = null;
        ParquetEncoding? encoding = null;
        var definition = ParquetEncoding.Rle;
        var repetition = ParquetEncoding.Rle;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32:
                    values = reader.ReadI32();
                    break;
                case 2 when type == ThriftType.I32:
                    encoding = (ParquetEncoding)reader.ReadI32();
                    break;
                case 3 when type == ThriftType.I32:
                    definition = (ParquetEncoding)reader.ReadI32();
                    break;
                case 4 when type == ThriftType.I32:
                    repetition = (ParquetEncoding)reader.ReadI32();
                    break;
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        if (values is null || encoding is null)
        {
            throw new ParquetFormatException("a data page header lacks its value count or encoding");
        }

        return new DataPageHeader(values.Value, encoding.Value, definition, repetition);
    }
}
