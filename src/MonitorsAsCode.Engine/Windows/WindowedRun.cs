using System.Globalization;
using MonitorsAsCode.Definitions;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Windows;

/// <summary>
/// Judges definitions window by window over a stretch of time (a backfill): each window is one ordinary run with
/// <see cref="RunOptions.Window"/> set, so it reads only that window's rows (partitions pruned by path, row groups by
/// their statistics, rows by event time) in the same one-pass plan as any run, and its as-of instant is the window's
/// end. With a history store, each window's results are recorded as soon as it is judged, one transaction per window,
/// and later windows' runs read the history the earlier ones wrote.
/// </summary>
public sealed class WindowedRun(MonitorRunner? runner = null)
{
    /// <summary>The most windows one backfill may judge.</summary>
    public const int MaxWindows = 100_000;

    private readonly MonitorRunner runner = runner ?? new MonitorRunner();

    /// <summary>
    /// The windows of <paramref name="length"/> from <paramref name="from"/> (inclusive) to <paramref name="to"/>
    /// (exclusive), earliest first, each judged as of its end.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The length is not positive, <paramref name="to"/> is not after <paramref name="from"/>, the span is not a whole
    /// number of windows, or it holds more than <see cref="MaxWindows"/>; the message is for the user.
    /// </exception>
    public static IReadOnlyList<JudgedWindow> Windows(DateTimeOffset from, DateTimeOffset to, TimeSpan length)
    {
        if (length <= TimeSpan.Zero)
        {
            throw new ArgumentException("the window must be longer than 0s", nameof(length));
        }

        if (to <= from)
        {
            throw new ArgumentException($"--to ({Format(to)}) must be after --from ({Format(from)})", nameof(to));
        }

        var span = to - from;
        if (span.Ticks % length.Ticks != 0)
        {
            throw new ArgumentException($"from {Format(from)} to {Format(to)} is not a whole number of {DurationText.Format(length.TotalSeconds)} windows: a last, shorter window would not compare with the others; move --to to {Format(from + TimeSpan.FromTicks(span.Ticks / length.Ticks * length.Ticks))} or {Format(from + TimeSpan.FromTicks(((span.Ticks / length.Ticks) + 1) * length.Ticks))}", nameof(to));
        }

        var count = span.Ticks / length.Ticks;
        if (count > MaxWindows)
        {
            throw new ArgumentException($"from {Format(from)} to {Format(to)} holds {count.ToString(CultureInfo.InvariantCulture)} windows of {DurationText.Format(length.TotalSeconds)}; at most {MaxWindows.ToString(CultureInfo.InvariantCulture)} are judged in one backfill", nameof(length));
        }

        var windows = new List<JudgedWindow>((int)count);
        for (var start = from; start < to; start += length)
        {
            windows.Add(new JudgedWindow(start, start + length, start + length));
        }

        return windows;
    }

    /// <summary>
    /// The folder the definitions were read from: when set, each window is recorded as a plain run records it
    /// (<see cref="HistoryRecorder"/>: revision, snapshot fingerprints, the window's rows and model versions); when not,
    /// with the measured values, statuses, thresholds and evidence only.
    /// </summary>
    public string? DefinitionsDirectory { get; init; }

    /// <summary>
    /// Runs <paramref name="definitions"/> (validated) over each of <paramref name="windows"/> in order, yielding each
    /// window's result as it is judged; records each window's results in <paramref name="history"/> when given.
    /// </summary>
    /// <exception cref="Data.Snapshots.SnapshotReadException">A snapshot cannot be read (the windows before it stay recorded).</exception>
    public IEnumerable<WindowedResult> Run(DefinitionSet definitions, IReadOnlyList<JudgedWindow> windows, RunOptions? options = null, IHistoryStore? history = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(windows);
        options ??= new RunOptions();
        foreach (var window in windows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var windowOptions = options with { Window = window, AsOf = window.AsOf, History = history ?? options.History };
            var result = runner.Run(definitions, windowOptions, cancellationToken);
            history?.Record(DefinitionsDirectory is { } directory ? HistoryRecorder.Entries(definitions, result, windowOptions, directory) : WindowHistory.Entries(result, window));
            yield return new WindowedResult(window, result);
        }
    }

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
