using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Engine.Planning;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// What one pass over one snapshot computes, gathered from every monitor (and SLO) of a dataset before the pass:
/// the columns to read (each is profiled), the columns whose values are counted, and the accumulators of single
/// monitors. Only columns the snapshot can supply as their declared type are read; a monitor on another column
/// becomes an error without being planned.
/// </summary>
internal sealed class ScanPlan(DatasetDefinition dataset, SnapshotSchema schema, MemoryBudget budget, long? expectedRows, bool columnar)
{
    private readonly List<string> columns = [];
    private readonly HashSet<string> counted = new(StringComparer.Ordinal);
    private readonly HashSet<string> gathered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BatchAccumulator> accumulators = new(StringComparer.Ordinal);

    public DatasetDefinition Dataset => dataset;

    public SnapshotSchema Schema => schema;

    public MemoryBudget Budget => budget;

    /// <summary>The snapshot's row count when its metadata says it before the pass (Parquet).</summary>
    public long? ExpectedRows => expectedRows;

    /// <summary>The SLOs' columns, kept whole.</summary>
    public List<string> TableColumns { get; } = [];

    public IReadOnlyList<string> Columns => columns;

    public IReadOnlySet<string> Counted => counted;

    public IReadOnlySet<string> Gathered => gathered;

    private readonly HashSet<string> wholeColumns = new(StringComparer.Ordinal);

    /// <summary>Whether one column can be read without the others (Parquet); row formats are parsed whole.</summary>
    public bool Columnar => columnar;

    /// <summary>
    /// Makes a numeric column's finite values available to the checks that need them whole: read again, alone, when
    /// measured from a columnar snapshot; gathered during this pass from a row format, so the file is parsed once.
    /// </summary>
    public void Gather(string column)
    {
        if (CanRead(column))
        {
            Read([column]);
            if (!columnar)
            {
                gathered.Add(column);
            }
            else
            {
                wholeColumns.Add(column);
            }
        }
    }

    /// <summary>The numeric columns of a columnar snapshot that checks need whole (see <see cref="Gather"/>).</summary>
    public IReadOnlySet<string> WholeColumns => wholeColumns;

    /// <summary>How many bytes of whole columns a columnar pass may gather as it goes: <see cref="MemoryBudget.GatherRoom"/>.</summary>
    public long PassGatherBytes => budget.GatherRoom;

    public IReadOnlyDictionary<string, BatchAccumulator> Accumulators => accumulators;

    /// <summary>Whether the snapshot has <paramref name="column"/> and it can be read as its declared type.</summary>
    public bool CanRead(string column) =>
        dataset.FindColumn(column) is { } declared && ColumnAvailability.CanRead(schema, declared);

    /// <summary>The kind a declared column is read as.</summary>
    /// <exception cref="KeyNotFoundException">The dataset declares no such column: the caller asked for one it did not plan.</exception>
    public ColumnKind KindOf(string column) =>
        ColumnKinds.Of((dataset.FindColumn(column) ?? throw new KeyNotFoundException($"column '{column}' is not declared in dataset '{dataset.Id}'")).Type);

    /// <summary>Reads (and profiles) the readable ones of <paramref name="names"/>.</summary>
    public void Read(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (CanRead(name) && !columns.Contains(name, StringComparer.Ordinal))
            {
                columns.Add(name);
            }
        }
    }

    /// <summary>Counts the values of <paramref name="column"/>, when it can be read.</summary>
    public void Count(string column)
    {
        if (CanRead(column))
        {
            Read([column]);
            counted.Add(column);
        }
    }

    /// <summary>Adds a monitor's accumulator under <paramref name="key"/>, when every column it reads can be read.</summary>
    public bool Add(string key, BatchAccumulator accumulator)
    {
        if (!accumulator.Columns.All(CanRead))
        {
            return false;
        }

        Read(accumulator.Columns);
        accumulators[key] = accumulator;
        return true;
    }

    /// <summary>Whether a table of the kept columns is made (even of no columns: it still counts the rows).</summary>
    public bool KeepTable { get; private set; }

    /// <summary>Keeps the readable ones of <paramref name="names"/> whole, for SLOs.</summary>
    public void Keep(IEnumerable<string> names)
    {
        KeepTable = true;
        foreach (var name in names)
        {
            if (CanRead(name) && !TableColumns.Contains(name, StringComparer.Ordinal))
            {
                TableColumns.Add(name);
            }
        }
    }
}
