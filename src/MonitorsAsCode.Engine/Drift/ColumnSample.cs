using MonitorsAsCode.Engine.Scanning;

namespace MonitorsAsCode.Engine.Drift;

/// <summary>
/// One snapshot's side of a drift comparison: the finite values of a numeric column (read only) or the
/// category counts of a text or bool column, with the rows, nulls and non-finite values left out.
/// </summary>
/// <remarks>
/// The counts come from the pass that profiled the snapshot (its <see cref="ColumnProfile"/>, and the
/// value counts of text and bool); a numeric column's values are read from the snapshot only when first asked for, and
/// <see cref="Release"/> hands them back early: a binned method needs one side's values at a time, so a dataset
/// drift monitor over millions of rows holds at most one copy per column being measured rather than a second copy
/// of every column.
/// </remarks>
internal sealed class ColumnSample : IDisposable
{
    /// <summary>Reads the finite values from the snapshot.</summary>
    private readonly Func<double[]> load;

    /// <summary>Hands a loaded array back (to the memory budget).</summary>
    private readonly Action<double[]> unload;

    /// <summary>The values once loaded, until released.</summary>
    private double[]? buffer;

    private ColumnSample(string name, long rows, long nulls, Func<double[]> load, Action<double[]> unload)
    {
        Name = name;
        Rows = rows;
        Nulls = nulls;
        this.load = load;
        this.unload = unload;
    }

    public string Name { get; }

    /// <summary>Rows in the snapshot.</summary>
    public long Rows { get; }

    /// <summary>Null rows.</summary>
    public long Nulls { get; }

    /// <summary>Non-null values left out because they are NaN or infinite (numeric columns).</summary>
    public long NonFinite => NotANumber + PositiveInfinities + NegativeInfinities;

    /// <summary>Non-null NaN values left out (numeric columns).</summary>
    public long NotANumber { get; private set; }

    /// <summary>Non-null +∞ values left out (numeric columns).</summary>
    public long PositiveInfinities { get; private set; }

    /// <summary>Non-null −∞ values left out (numeric columns).</summary>
    public long NegativeInfinities { get; private set; }

    /// <summary>Whether the values are numbers rather than categories.</summary>
    public bool IsNumeric => Counts is null;

    /// <summary>
    /// The finite values of a numeric column (empty for categories), in row order, read on first use and kept
    /// until <see cref="Release"/>.
    /// </summary>
    public ReadOnlySpan<double> Values
    {
        get
        {
            if (!IsNumeric)
            {
                return ReadOnlySpan<double>.Empty;
            }

            buffer ??= load();
            return buffer.AsSpan(0, (int)ValueCount);
        }
    }

    /// <summary>The smallest and largest finite value (numeric columns with values).</summary>
    public double Minimum { get; private set; } = double.NaN;

    /// <summary>The largest finite value.</summary>
    public double Maximum { get; private set; } = double.NaN;

    /// <summary>Counts per category of a text or bool column.</summary>
    public Dictionary<string, long>? Counts { get; private set; }

    /// <summary>Values compared: finite numbers, or non-null categories.</summary>
    public long ValueCount { get; private set; }

    /// <summary>
    /// A sample of a column that one pass over a snapshot profiled (and, for text and bool, counted): numeric values
    /// are read from the snapshot by <paramref name="load"/> only when first asked for, and handed to
    /// <paramref name="unload"/> on <see cref="Release"/>.
    /// </summary>
    public static ColumnSample FromPass(string name, Scanning.ColumnProfile profile, Dictionary<string, long>? counts, Func<double[]> load, Action<double[]> unload)
    {
        var sample = new ColumnSample(name, profile.Rows, profile.Nulls, load, unload);
        if (counts is not null)
        {
            sample.Counts = counts;
            long total = 0;
            foreach (var count in counts.Values)
            {
                total += count;
            }

            sample.ValueCount = total;
            return sample;
        }

        sample.NotANumber = profile.NotANumber;
        sample.PositiveInfinities = profile.PositiveInfinities;
        sample.NegativeInfinities = profile.NegativeInfinities;
        sample.ValueCount = profile.Finite;
        sample.Minimum = profile.Minimum;
        sample.Maximum = profile.Maximum;
        return sample;
    }

    /// <summary>Hands the values back; <see cref="Values"/> reads them again if asked.</summary>
    public void Release()
    {
        if (buffer is { } loaded)
        {
            buffer = null;
            unload(loaded);
        }
    }

    /// <summary>Hands the values back, if they were read.</summary>
    public void Dispose() => Release();
}
