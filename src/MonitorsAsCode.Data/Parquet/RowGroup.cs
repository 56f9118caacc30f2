using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>A horizontal slice of the file: one column chunk per leaf column of the schema.</summary>
internal sealed record RowGroup(IReadOnlyList<ColumnChunk> Columns, long NumRows)
{
    public static RowGroup Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        var columns = new List<ColumnChunk>();
        long rows = -1;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.List:
                    {
                        var (elementType, count) = reader.ReadListHeader();
                        for (var i = 0; i < count; i++)
                        {
                            if (elementType != ThriftType.Struct)
                            {
                                throw new ParquetFormatException("a row group's column list does not hold column chunks");
                            }

                            columns.Add(ColumnChunk.Read(ref reader));
                        }

                        break;
                    }

                case 3 when type == ThriftType.I64:
                    rows = reader.ReadI64();
                    break;
                case 1 or 3:
                    throw FieldTypeMismatch.Of("RowGroup", id, type);
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        if (rows < 0)
        {
            throw new ParquetFormatException("a row group lacks its row count");
        }

        return new RowGroup(columns, rows);
    }
}
