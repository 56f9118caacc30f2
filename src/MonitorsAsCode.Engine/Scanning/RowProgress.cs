using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Reports the share of a snapshot's rows scanned so far, from the parts of one column as the scan hands them over
/// (in parallel, in any order): about a hundred reports in all, whatever the snapshot's size. It keeps nothing else.
/// </summary>
internal sealed class RowProgress : ColumnAccumulator
{
    private readonly Shared shared;

    /// <summary>Reports to <paramref name="progress"/> the share of <paramref name="expectedRows"/> scanned.</summary>
    public RowProgress(long expectedRows, IProgress<double> progress)
        : this(new Shared(expectedRows, progress))
    {
    }

    private RowProgress(Shared shared) => this.shared = shared;

    /// <inheritdoc />
    public override bool NeedsValues => false;

    /// <inheritdoc />
    public override ColumnAccumulator CreateEmpty() => new RowProgress(shared);

    /// <inheritdoc />
    public override void Merge(ColumnAccumulator other)
    {
    }

    /// <inheritdoc />
    public override void AddNulls(long count) => shared.Add(count);

    /// <inheritdoc />
    public override void AddSkippedValues(long count) => shared.Add(count);

    private sealed class Shared(long expectedRows, IProgress<double> progress)
    {
        private readonly long step = Math.Max(1, expectedRows / 100);
        private long rows;

        public void Add(long count)
        {
            var before = Interlocked.Add(ref rows, count) - count;
            var after = before + count;
            if (before / step != after / step)
            {
                progress.Report(Math.Min(1, (double)after / expectedRows));
            }
        }
    }
}
