using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Windows;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Engine.Windows;

/// <summary>
/// How one run reads a dataset's two sides. Over whole snapshots, each side is its file as declared. Over a time
/// window, the current side is the current source seen through the window, and the reference is either the fixed
/// reference file (whole) or, for a reference relative to the window, the current source seen through the
/// reference's own stretches of time. Either way each side is still one pass of the scan plan.
/// </summary>
internal sealed class RunSides
{
    private RunSides(Func<string, ISnapshotReader> openCurrent, Func<string, ISnapshotReader> openReference, string? referencePath)
    {
        OpenCurrent = openCurrent;
        OpenReference = openReference;
        ReferencePath = referencePath;
    }

    /// <summary>The window judged, when the run judges one.</summary>
    public JudgedWindow? Window { get; private init; }

    /// <summary>The reference relative to the window, when the dataset declares one.</summary>
    public ReferenceWindow? ReferenceWindow { get; private init; }

    /// <summary>What the reference pass reads: the fixed reference file, the current source for a reference window, or nothing.</summary>
    public string? ReferencePath { get; }

    /// <summary>Opens the current side.</summary>
    public Func<string, ISnapshotReader> OpenCurrent { get; }

    /// <summary>Opens the reference side.</summary>
    public Func<string, ISnapshotReader> OpenReference { get; }

    /// <summary>The window's length over the reference window's (1 without a reference window): see <see cref="Checks.CheckContext.ReferenceShare"/>.</summary>
    public double ReferenceShare { get; private init; } = 1;

    /// <summary>The current side's event times, over a window.</summary>
    public EventTimeRanges? CurrentRanges { get; private init; }

    /// <summary>The reference side's event times, for a reference window.</summary>
    public EventTimeRanges? ReferenceRanges { get; private init; }

    /// <summary>The sides of <paramref name="dataset"/> for a run over <paramref name="window"/> (null or unbounded: whole snapshots).</summary>
    /// <remarks>
    /// When the dataset's reference is relative to a window but the run judges none, opening the reference throws a
    /// <see cref="SnapshotReadException"/> that says to run window by window: only the monitors that compare need it.
    /// </remarks>
    /// <exception cref="SnapshotReadException">The run judges a window and the dataset has no timestamp or date column with role event_time.</exception>
    public static RunSides For(DatasetDefinition dataset, JudgedWindow? window, Func<string, ISnapshotReader> open)
    {
        var snapshots = dataset.Snapshots;
        if (window is not { From: { } from, To: { } to })
        {
            // A reference relative to a window has none to be relative to: only the monitors that compare need it.
            Func<string, ISnapshotReader> noReference = _ => throw new SnapshotReadException(snapshots.Current, $"dataset '{dataset.Id}' reads its reference relative to the judged window ({snapshots.ReferenceWindow?.Describe()}), so it is judged window by window: run it with --window, --from and --to");
            return snapshots.ReferenceWindow is null
                ? new RunSides(open, open, snapshots.Reference)
                : new RunSides(open, noReference, snapshots.Current);
        }

        var (column, kind) = EventTime(dataset);
        var current = EventTimeRanges.Of(from, to);
        if (snapshots.ReferenceWindow is { } reference)
        {
            var ranges = EventTimeRanges.Of(reference.For(from, to));
            return new RunSides(Windowed(open, column, kind, current), Windowed(open, column, kind, ranges), snapshots.Current)
            {
                Window = window,
                ReferenceWindow = reference,
                CurrentRanges = current,
                ReferenceRanges = ranges,
                ReferenceShare = (to - from).TotalSeconds / ranges.Ranges.Sum(r => (r.To - r.From).TotalSeconds),
            };
        }

        return new RunSides(Windowed(open, column, kind, current), open, snapshots.Reference) { Window = window, CurrentRanges = current };
    }

    private static Func<string, ISnapshotReader> Windowed(Func<string, ISnapshotReader> open, string column, ColumnKind kind, EventTimeRanges ranges) =>
        path => new WindowedSnapshotReader(open(path), column, kind, ranges);

    private static (string Column, ColumnKind Kind) EventTime(DatasetDefinition dataset)
    {
        foreach (var column in dataset.Columns)
        {
            if (column.Role == ColumnRole.EventTime && column.Type is ColumnType.Timestamp or ColumnType.Date)
            {
                return (column.Name, column.Type == ColumnType.Date ? ColumnKind.Date : ColumnKind.Timestamp);
            }
        }

        throw new SnapshotReadException(dataset.Snapshots.Current, $"dataset '{dataset.Id}' is judged by time window, which needs a timestamp or date column with role event_time to place its rows in time; it declares none");
    }
}
