using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Building;

/// <summary>
/// A dataset being declared in C#: where its snapshots are and what each column is. Returned by
/// <see cref="MonitorBuilder.Dataset"/>; pass it to a monitor to check the dataset.
/// </summary>
public sealed class DatasetBuilder
{
    private readonly List<ColumnDefinition> columns = [];
    private readonly FieldLocations locations;
    private SnapshotPaths? snapshots;
    private string? description;
    private ReferenceWindow? referenceWindow;
    private LabelSource? labels;

    internal DatasetBuilder(string id, string? owner, SourceLocation? location)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Owner = owner;
        locations = new FieldLocations(location);
        locations.Set("id", location);
        if (owner is not null)
        {
            locations.Set("owner", location);
        }
    }

    /// <summary>The dataset's id, which monitors and reports name it by.</summary>
    public string Id { get; }

    /// <summary>The owning team.</summary>
    public string? Owner { get; }

    /// <summary>
    /// Where the snapshots are: <paramref name="reference"/> is the baseline (the training window)
    /// that drift, volume and unseen-value checks compare against, <paramref name="current"/> the
    /// window under test. Relative paths resolve against the directory the definitions are loaded for.
    /// </summary>
    public DatasetBuilder Snapshots(string? reference, string current, DateTimeOffset? capturedAt = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        snapshots = new SnapshotPaths(reference, current ?? throw new ArgumentNullException(nameof(current))) { CapturedAt = capturedAt?.ToUniversalTime() };
        var location = CallSite.Of(file, line);
        locations.Set("snapshots", location);
        locations.Set("snapshots.current", location);
        if (reference is not null)
        {
            locations.Set("snapshots.reference", location);
        }

        return this;
    }

    /// <summary>
    /// Reads the reference relative to each judged window, from the current source by the <c>event_time</c> column:
    /// the <paramref name="window"/> of time ending <paramref name="offset"/> before the judged window starts
    /// (YAML <c>reference: { window: 28d, offset: 7d }</c>). Replaces a fixed reference snapshot.
    /// </summary>
    public DatasetBuilder ReferenceWindow(TimeSpan window, TimeSpan offset = default, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        referenceWindow = Datasets.ReferenceWindow.Trailing(window, offset);
        var location = CallSite.Of(file, line);
        locations.Set("snapshots.reference", location);
        locations.Set("snapshots.reference.window", location);
        locations.Set("snapshots.reference.offset", location);
        return this;
    }

    /// <summary>
    /// Reads the reference as the judged window's own hours on the same weekday of each of the last
    /// <paramref name="weeks"/> weeks (YAML <c>reference: { seasonal: same-weekday, weeks: 4 }</c>), from the current
    /// source by the <c>event_time</c> column. Replaces a fixed reference snapshot.
    /// </summary>
    public DatasetBuilder SameWeekdayReference(int weeks = 4, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        referenceWindow = Datasets.ReferenceWindow.SameWeekday(weeks);
        var location = CallSite.Of(file, line);
        locations.Set("snapshots.reference", location);
        locations.Set("snapshots.reference.weeks", location);
        return this;
    }

    /// <summary>Declares a column: its type (values are cast to it when read) and what it means to the model.</summary>
    public DatasetBuilder Column(string name, ColumnType type, ColumnRole role = ColumnRole.Feature, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        var location = CallSite.Of(file, line);
        var fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        if (location is not null)
        {
            fields["type"] = location;
            fields["role"] = location;
        }

        columns.Add(new ColumnDefinition(name ?? throw new ArgumentNullException(nameof(name)), type, role) { Source = new SourceMap(location, fields) });
        locations.Set("columns", location);
        return this;
    }

    /// <summary>
    /// The label is the dataset's column <paramref name="label"/>; predictions younger than <paramref name="matureAfter"/>
    /// (by the event time) are not judged yet, and a label whose <paramref name="labelTime"/> is after the as-of instant
    /// does not count (YAML <c>labels: { label: is_fraud, mature_after: 14d, label_time: labelled_at }</c>).
    /// </summary>
    public DatasetBuilder Labels(string label, TimeSpan? matureAfter = null, string? labelTime = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        labels = new LabelSource(label ?? throw new ArgumentNullException(nameof(label))) { MatureAfter = matureAfter, LabelTime = labelTime };
        SetLabelLocations(CallSite.Of(file, line));
        return this;
    }

    /// <summary>
    /// The labels arrive in a snapshot of their own at <paramref name="snapshot"/>, joined to the predictions on the id
    /// column <paramref name="id"/> (YAML <c>labels: { snapshot: labels.parquet, id: transaction_id, label: is_fraud }</c>).
    /// </summary>
    public DatasetBuilder LabelsFrom(string snapshot, string id, string label, string? labelTime = null, TimeSpan? matureAfter = null, [CallerLineNumber] int line = 0, [CallerFilePath] string file = "")
    {
        labels = new LabelSource(label ?? throw new ArgumentNullException(nameof(label)))
        {
            Snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot)),
            Id = id ?? throw new ArgumentNullException(nameof(id)),
            LabelTime = labelTime,
            MatureAfter = matureAfter,
        };
        SetLabelLocations(CallSite.Of(file, line));
        return this;
    }

    /// <summary>A sentence for people reading the definitions and generated pages.</summary>
    public DatasetBuilder Description(string text)
    {
        description = text;
        return this;
    }

    private void SetLabelLocations(SourceLocation? location)
    {
        foreach (var key in new[] { "labels", "labels.label", "labels.snapshot", "labels.id", "labels.label_time", "labels.mature_after" })
        {
            locations.Set(key, location);
        }
    }

    /// <summary>Whether <see cref="Snapshots"/> was called.</summary>
    internal bool HasSnapshots => snapshots is not null;

    internal SourceLocation? Location => locations.Location;

    internal DatasetDefinition Build(string? baseDirectory)
    {
        var paths = snapshots ?? new SnapshotPaths(null, string.Empty);
        paths = paths with { Reference = Resolve(paths.Reference, baseDirectory), Current = Resolve(paths.Current, baseDirectory) ?? string.Empty, ReferenceWindow = referenceWindow };
        return new DatasetDefinition(Id, Owner, paths, columns.ToArray())
        {
            Description = description,
            Labels = labels is { Snapshot: { } labelSnapshot } ? labels with { Snapshot = Resolve(labelSnapshot, baseDirectory) } : labels,
            Source = locations.ToSourceMap(),
        };
    }

    private static string? Resolve(string? path, string? baseDirectory)
    {
        if (string.IsNullOrEmpty(path) || baseDirectory is null || System.IO.Path.IsPathRooted(path))
        {
            return path;
        }

        return SnapshotPath.Fold(System.IO.Path.Combine(baseDirectory, path));
    }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "dataset '{0}' ({1} columns)", Id, columns.Count);
}
