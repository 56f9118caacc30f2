namespace MonitorsAsCode.Data.Columns;

/// <summary>
/// A column of a batch: typed values plus a validity mask (false = null). Values at null
/// positions are default and must be ignored.
/// </summary>
public abstract class Column
{
    private protected Column(string name, ColumnKind kind, bool[] valid)
    {
        Name = name;
        Kind = kind;
        Valid = valid;
    }

    /// <summary>The column's name as the snapshot spells it.</summary>
    public string Name { get; }

    /// <summary>The kind of values held.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Number of rows.</summary>
    public int Length => Valid.Length;

    /// <summary>Validity mask: <c>Valid[i]</c> is false where row <c>i</c> is null.</summary>
    public bool[] Valid { get; }

    /// <summary>Number of null rows.</summary>
    public int NullCount
    {
        get
        {
            var nulls = 0;
            foreach (var valid in Valid)
            {
                if (!valid)
                {
                    nulls++;
                }
            }

            return nulls;
        }
    }

    /// <summary>The value at <paramref name="row"/> as invariant text (null for a null), for evidence and keys.</summary>
    public abstract string? FormatValue(int row);
}
