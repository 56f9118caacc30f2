using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// The file's schema tree resolved into the flat columns this reader can read and the top-level
/// structured fields it cannot (structs, lists, maps, repeated fields), each described by its shape,
/// plus, per leaf column of the whole tree, what its column chunks' value counts must agree with.
/// </summary>
internal sealed class ParquetSchema
{
    /// <summary>Groups nested deeper than this are refused: the tree is walked recursively.</summary>
    public const int MaxDepth = 64;

    // A shape longer than this is cut: it is shown in tables and messages.
    private const int MaxDescriptionLength = 300;

    private readonly Dictionary<string, ParquetColumn> byName;
    private readonly Dictionary<string, NestedField> nestedByName;

    private ParquetSchema(IReadOnlyList<ParquetColumn> columns, IReadOnlyList<NestedField> nested, IReadOnlyList<LeafShape> leaves)
    {
        Columns = columns;
        Nested = nested;
        Leaves = leaves;
        byName = new Dictionary<string, ParquetColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            byName.TryAdd(column.Name, column);
        }

        nestedByName = new Dictionary<string, NestedField>(StringComparer.Ordinal);
        foreach (var field in nested)
        {
            nestedByName.TryAdd(field.Name, field);
        }
    }

    /// <summary>The readable columns in file order.</summary>
    public IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Top-level fields that are nested or repeated, in file order, with their shape.</summary>
    public IReadOnlyList<NestedField> Nested { get; }

    /// <summary>Every leaf column of the whole tree in file order: the column chunks of every row group, one each.</summary>
    public IReadOnlyList<LeafShape> Leaves { get; }

    /// <summary>Leaf columns in the whole tree: the number of column chunks in every row group.</summary>
    public int LeafCount => Leaves.Count;

    public ParquetColumn? Find(string name) => byName.GetValueOrDefault(name);

    public NestedField? FindNested(string name) => nestedByName.GetValueOrDefault(name);

    /// <summary>The readable columns with their natural kinds, and the nested fields with their shapes.</summary>
    public SnapshotSchema ToSnapshotSchema()
    {
        var fields = new SnapshotField[Columns.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new SnapshotField(Columns[i].Name, Columns[i].NaturalKind);
        }

        return new SnapshotSchema(fields) { NestedFields = Nested };
    }

    public static ParquetSchema Resolve(IReadOnlyList<SchemaElement> elements)
    {
        var root = elements[0];
        if (root.NumChildren < 0)
        {
            throw new ParquetFormatException("the schema's root has a negative number of children");
        }

        var columns = new List<ParquetColumn>();
        var nested = new List<NestedField>();
        var leaves = new List<LeafShape>();
        var index = 1;
        for (var child = 0; child < root.NumChildren; child++)
        {
            if (index >= elements.Count)
            {
                throw new ParquetFormatException("the schema lists fewer elements than its root's children");
            }

            var element = elements[index];
            if (!element.IsGroup && element.Repetition != FieldRepetition.Repeated)
            {
                columns.Add(ParquetColumn.FromSchema(element, leaves.Count));
                leaves.Add(new LeafShape(element.Name, Repeated: false));
                index++;
                continue;
            }

            var walker = new Walker(elements, leaves);
            var shape = walker.Describe(ref index, [], repeatedAbove: false, depth: 1, ownRepetitionShown: false);
            nested.Add(new NestedField(element.Name, shape.Length > MaxDescriptionLength ? shape[..MaxDescriptionLength] + "…" : shape));
        }

        if (index != elements.Count)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the schema has {elements.Count} elements but its tree covers {index}"));
        }

        return new ParquetSchema(columns, nested, leaves);
    }

    /// <summary>
    /// Walks one subtree depth-first, recording its leaves and returning its shape: a leaf as its kind word, a LIST
    /// group (standard three-level or legacy two-level) as <c>list&lt;T&gt;</c>, a MAP as <c>map&lt;K, V&gt;</c>, any other
    /// group as <c>struct&lt;name: T, …&gt;</c>, and a repeated field not inside a LIST as <c>list&lt;T&gt;</c>.
    /// </summary>
    private readonly struct Walker(IReadOnlyList<SchemaElement> elements, List<LeafShape> leaves)
    {
        public string Describe(ref int index, List<string> path, bool repeatedAbove, int depth, bool ownRepetitionShown)
        {
            if (depth > MaxDepth)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the schema nests deeper than {MaxDepth} levels"));
            }

            if (index >= elements.Count)
            {
                throw new ParquetFormatException("the schema tree has more children than elements");
            }

            var element = elements[index++];
            var repeated = element.Repetition == FieldRepetition.Repeated;
            path.Add(element.Name);
            string shape;
            if (!element.IsGroup)
            {
                leaves.Add(new LeafShape(string.Join(".", path), repeatedAbove || repeated));
                shape = ParquetColumn.FromSchema(element, leaves.Count - 1).NaturalKind.ToString().ToLowerInvariant();
            }
            else
            {
                if (element.NumChildren < 0)
                {
                    throw new ParquetFormatException("a schema group has a negative number of children");
                }

                var below = repeatedAbove || repeated;
                if (IsList(element) && element.NumChildren == 1)
                {
                    // The repeated child is the list's element (legacy two-level) or wraps it (standard three-level).
                    var child = elements.Count > index ? elements[index] : null;
                    string inner;
                    if (child is { IsGroup: true, NumChildren: 1 })
                    {
                        index++;
                        path.Add(child.Name);
                        inner = Describe(ref index, path, below || child.Repetition == FieldRepetition.Repeated, depth + 2, ownRepetitionShown: true);
                        path.RemoveAt(path.Count - 1);
                    }
                    else
                    {
                        inner = Describe(ref index, path, below, depth + 1, ownRepetitionShown: true);
                    }

                    shape = "list<" + inner + ">";
                }
                else if (IsMap(element) && element.NumChildren == 1 && elements.Count > index && elements[index] is { IsGroup: true, NumChildren: 2 } entries)
                {
                    index++;
                    path.Add(entries.Name);
                    var entriesRepeated = below || entries.Repetition == FieldRepetition.Repeated;
                    var key = Describe(ref index, path, entriesRepeated, depth + 2, ownRepetitionShown: false);
                    var value = Describe(ref index, path, entriesRepeated, depth + 2, ownRepetitionShown: false);
                    path.RemoveAt(path.Count - 1);
                    shape = "map<" + key + ", " + value + ">";
                }
                else
                {
                    var text = new StringBuilder("struct<");
                    for (var i = 0; i < element.NumChildren; i++)
                    {
                        if (index >= elements.Count)
                        {
                            throw new ParquetFormatException("the schema tree has more children than elements");
                        }

                        var name = elements[index].Name;
                        var inner = Describe(ref index, path, below, depth + 1, ownRepetitionShown: false);
                        text.Append(i == 0 ? string.Empty : ", ").Append(name).Append(": ").Append(inner);
                    }

                    shape = text.Append('>').ToString();
                }
            }

            path.RemoveAt(path.Count - 1);
            return repeated && !ownRepetitionShown ? "list<" + shape + ">" : shape;
        }

        private static bool IsList(SchemaElement element) =>
            element.ConvertedType is ConvertedType.List || element.LogicalType?.Kind == LogicalTypeKind.List;

        private static bool IsMap(SchemaElement element) =>
            element.ConvertedType is ConvertedType.Map or ConvertedType.MapKeyValue || element.LogicalType?.Kind == LogicalTypeKind.Map;
    }
}
