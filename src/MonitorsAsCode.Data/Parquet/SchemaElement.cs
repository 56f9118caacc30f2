using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>One node of the file's schema tree, which the footer stores flattened depth-first.</summary>
internal sealed record SchemaElement(
    string Name,
    PhysicalType? Type,
    int TypeLength,
    FieldRepetition? Repetition,
    int NumChildren,
    ConvertedType? ConvertedType,
    int Scale,
    int Precision,
    LogicalType? LogicalType)
{
    /// <summary>A group (struct, list, map, or the root) rather than a column of values.</summary>
    public bool IsGroup => Type is null;

    public static SchemaElement Read(ref ThriftCompactReader reader)
    {
        reader.BeginStruct();
        string? name = null;
        PhysicalType? physical = null;
        FieldRepetition? repetition = null;
        ConvertedType? converted = null;
        LogicalType? logical = null;
        int typeLength = 0, children = 0, scale = 0, precision = 0;
        short last = 0;
        while (reader.ReadFieldHeader(ref last, out var id, out var type))
        {
            switch (id)
            {
                case 1 when type == ThriftType.I32:
                    physical = (PhysicalType)reader.ReadI32();
                    break;
                case 2 when type == ThriftType.I32:
                    typeLength = reader.ReadI32();
                    break;
                case 3 when type == ThriftType.I32:
                    repetition = (FieldRepetition)reader.ReadI32();
                    break;
                case 4 when type == ThriftType.Binary:
                    name = reader.ReadString();
                    break;
                case 5 when type == ThriftType.I32:
                    children = reader.ReadI32();
                    break;
                case 6 when type == ThriftType.I32:
                    converted = (ConvertedType)reader.ReadI32();
                    break;
                case 7 when type == ThriftType.I32:
                    scale = reader.ReadI32();
                    break;
                case 8 when type == ThriftType.I32:
                    precision = reader.ReadI32();
                    break;
                case 10 when type == ThriftType.Struct:
                    logical = LogicalType.Read(ref reader);
                    break;
                case 1 or 2 or 3 or 4 or 5 or 6 or 7 or 8 or 10:
                    throw FieldTypeMismatch.Of("SchemaElement", id, type);
                default:
                    reader.SkipField(type);
                    break;
            }
        }

        reader.EndStruct();
        if (name is null)
        {
            throw new ParquetFormatException("a schema element has no name");
        }

        return new SchemaElement(name, physical, typeLength, repetition, children, converted, scale, precision, logical);
    }
}
