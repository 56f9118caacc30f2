using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// The file footer: the flattened schema, the row groups, who wrote the file and, per leaf column,
/// whether its statistics' <c>min_value</c>/<c>max_value</c> follow the type's defined sort order
/// (<c>column_orders</c> holding TYPE_ORDER); without that they are not trusted.
/// </summary>
internal sealed record FileMetaData(
    int Version,
    IReadOnlyList<SchemaElement> Schema,
    long NumRows,
    IReadOnlyList<RowGroup> RowGroups,
    string? CreatedBy,
    bool HasEncryptionAlgorithm)
{
    /// <summary>Per leaf column, in schema order: true where <c>column_orders</c> says TYPE_ORDER. Empty when the footer has no column orders.</summary>
    public IReadOnlyList<bool> TypeDefinedOrder { get; init; } = [];

    public static FileMetaData Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        var version = 0;
        var schema = new List<SchemaElement>();
        long rows = -1;
        var rowGroups = new List<RowGroup>();
        string? createdBy = null;
        var encrypted = false;
        var orders = new List<bool>();
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32:
                    version = reader.ReadI32();
                    break;
                case 2 when type == ThriftType.List:
                    {
                        var (elementType, count) = reader.ReadListHeader();
                        for (var i = 0; i < count; i++)
                        {
                            if (elementType != ThriftType.Struct)
                            {
                                throw new ParquetFormatException("the schema list does not hold schema elements");
                            }

                            schema.Add(SchemaElement.Read(ref reader));
                        }

                        break;
                    }

                case 3 when type == ThriftType.I64:
                    rows = reader.ReadI64();
                    break;
                case 4 when type == ThriftType.List:
                    {
                        var (elementType, count) = reader.ReadListHeader();
                        for (var i = 0; i < count; i++)
                        {
                            if (elementType != ThriftType.Struct)
                            {
                                throw new ParquetFormatException("the row group list does not hold row groups");
                            }

                            rowGroups.Add(RowGroup.Read(ref reader));
                        }

                        break;
                    }

                case 6 when type == ThriftType.Binary:
                    createdBy = reader.ReadString();
                    break;
                case 7 when type == ThriftType.List:
                    {
                        var (elementType, count) = reader.ReadListHeader();
                        for (var i = 0; i < count; i++)
                        {
                            orders.Add(elementType == ThriftType.Struct ? ReadColumnOrder(ref reader) : SkipElement(ref reader, elementType));
                        }

                        break;
                    }

                case 8:
                    encrypted = true;
                    reader.SkipField(type);
                    break;
                case 1 or 2 or 3 or 4 or 6 or 7:
                    throw FieldTypeMismatch.Of("FileMetaData", id, type);
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        if (schema.Count == 0 || rows < 0)
        {
            throw new ParquetFormatException("the footer lacks its schema or row count");
        }

        return new FileMetaData(version, schema, rows, rowGroups, createdBy, encrypted) { TypeDefinedOrder = orders };
    }

    /// <summary>A ColumnOrder union: true when its member is TYPE_ORDER (field 1).</summary>
    private static bool ReadColumnOrder(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        var typeOrder = false;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            typeOrder |= id == 1 && type == ThriftType.Struct;
            reader.SkipField(type);
        }

        reader.EndStruct();
        return typeOrder;
    }

    private static bool SkipElement(ref ThriftCompactReader reader, ThriftType type)
    {
        reader.Skip(type);
        return false;
    }
}
