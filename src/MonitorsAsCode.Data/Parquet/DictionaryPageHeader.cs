using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>A dictionary page: the distinct values that dictionary-encoded data pages index into.</summary>
internal sealed record DictionaryPageHeader(int NumValues, ParquetEncoding Encoding)
{
    public static DictionaryPageHeader Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        int? values = null;
        var encoding = ParquetEncoding.Plain;
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
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        if (values is null)
        {
            throw new ParquetFormatException("a dictionary page header lacks its value count");
        }

        return new DictionaryPageHeader(values.Value, encoding);
    }
}
