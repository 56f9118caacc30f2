using System.Globalization;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// The file's schema tree resolved into the flat columns this reader can read, and the top-level
/// fields it cannot (groups, lists, maps, repeated fields), with why.
/// </summary>
internal sealed class ParquetSchema
{
    private readonly Dictionary<string, ParquetColumn> byName;

    private ParquetSchema(IReadOnlyList<ParquetColumn> columns, IReadOnlyDictionary<string, string> unsupported, int leafCount)
    {
        Columns = columns;
        Unsupported = unsupported;
        LeafCount = leafCount;
        byName = new Dictionary<string, ParquetColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            byName.TryAdd(column.Name, column);
        }
    }

    /// <summary>The readable columns in file order.</summary>
    public IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Top-level fields that are nested or repeated, by name, with a description of their shape.</summary>
    public IReadOnlyDictionary<string, string> Unsupported { get; }

    /// <summary>Leaf columns in the whole tree: the number of column chunks in every row group.</summary>
    public int LeafCount { get; }

    public ParquetColumn? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The readable columns with their natural kinds; nested fields are left out.</summary>
    public SnapshotSchema ToSnapshotSchema()
    {
        var fields = new SnapshotField[Columns.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new SnapshotField(Columns[i].Name, Columns[i].NaturalKind);
        }

        return new SnapshotSchema(fields);
    }

    public static ParquetSchema Resolve(IReadOnlyList<SchemaElement> elements)
    {
        var root = elements[0];
        var columns = new List<ParquetColumn>();
        var unsupported = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 1;
        var leaves = 0;
        for (var child = 0; child < root.NumChildren; child++)
        {
            if (index >= elements.Count)
            {
                throw new ParquetFormatException("the schema lists fewer elements than its root's children");
            }

            var element = elements[index];
            if (!element.IsGroup && element.Repetition != FieldRepetition.Repeated)
            {
                columns.Add(ParquetColumn.FromSchema(element, leaves));
                index++;
                leaves++;
                continue;
            }

            var (next, subtreeLeaves) = SkipSubtree(elements, index);
            var shape = element.IsGroup
                ? "a nested group" + (element.ConvertedType is ConvertedType.List || element.LogicalType?.Kind == LogicalTypeKind.List ? " (LIST)" : element.ConvertedType is ConvertedType.Map or ConvertedType.MapKeyValue || element.LogicalType?.Kind == LogicalTypeKind.Map ? " (MAP)" : " (struct)")
                : "a repeated field";
            unsupported.TryAdd(element.Name, shape);
            index = next;
            leaves += subtreeLeaves;
        }

        if (index != elements.Count)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the schema has {elements.Count} elements but its tree covers {index}"));
        }

        return new ParquetSchema(columns, unsupported, leaves);
    }

    private static (int Next, int Leaves) SkipSubtree(IReadOnlyList<SchemaElement> elements, int index)
    {
        long pending = 1;
        var leaves = 0;
        while (pending > 0)
        {
            if (index >= elements.Count)
            {
                throw new ParquetFormatException("the schema tree has more children than elements");
            }

            var element = elements[index++];
            pending--;
            if (element.IsGroup)
            {
                if (element.NumChildren < 0)
                {
                    throw new ParquetFormatException("a schema group has a negative number of children");
                }

                pending += element.NumChildren;
            }
            else
            {
                leaves++;
            }
        }

        return (index, leaves);
    }
}
