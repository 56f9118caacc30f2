using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// One column of one row group. <see cref="FilePath"/> is set when the pages live in another file;
/// <see cref="IsEncrypted"/> when the column uses Parquet modular encryption.
/// </summary>
internal sealed record ColumnChunk(string? FilePath, ColumnMetaData? MetaData, bool IsEncrypted)
{
    public static ColumnChunk Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        string? filePath = null;
        ColumnMetaData? metaData = null;
        var encrypted = false;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.Binary:
                    filePath = reader.ReadString();
                    break;
                case 3 when type == ThriftType.Struct:
                    metaData = ColumnMetaData.Read(ref reader);
                    break;
                case 8 or 9:
                    encrypted = true;
                    reader.SkipField(type);
                    break;
                case 1 or 3:
                    throw FieldTypeMismatch.Of("ColumnChunk", id, type);
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        return new ColumnChunk(filePath, metaData, encrypted);
    }
}
