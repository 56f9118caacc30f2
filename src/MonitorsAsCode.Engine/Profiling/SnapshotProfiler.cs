using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Engine.Planning;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Scanning;
using MonitorsAsCode.Statistics.Descriptive;

namespace MonitorsAsCode.Engine.Profiling;

/// <summary>
/// Profiles a snapshot without definitions: for formats without types (CSV, JSON Lines) each column's
/// type is inferred as the narrowest that every non-null value parses as — int64, double, bool,
/// date, timestamp, else string — the first step of writing a dataset definition. Typed snapshots
/// (Parquet) are profiled in one scan by <see cref="SnapshotAggregation"/>, which keeps no rows. Nested columns
/// (Parquet structs, lists, maps) are listed with their shapes in <see cref="SnapshotProfile.NestedColumns"/>, not profiled.
/// </summary>
public static class SnapshotProfiler
{
    /// <summary>Profiles the snapshot at <paramref name="path"/>.</summary>
    /// <exception cref="SnapshotReadException">It cannot be read.</exception>
    public static SnapshotProfile Profile(string path, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var reader = SnapshotReaders.Open(path);
        var schema = reader.ReadSchema();
        if (schema.Fields.Count > 0 && schema.Fields.All(f => f.Kind is not null))
        {
            return ProfileTyped(reader, schema, cancellationToken) with { NestedColumns = schema.NestedFields };
        }

        var requests = new List<ColumnRequest>();
        foreach (var field in schema.Fields)
        {
            requests.Add(new ColumnRequest(field.Name, field.Kind ?? ColumnKind.String));
        }

        var table = SnapshotTable.Load(reader, requests, progress, cancellationToken);
        var profiles = new List<ColumnProfile>();
        foreach (var field in schema.Fields)
        {
            var column = table[field.Name];
            if (field.Kind is null && column is StringColumn text)
            {
                column = ColumnTypeInference.Narrow(text);
            }

            profiles.Add(ProfileColumn(column));
        }

        return new SnapshotProfile(path, table.RowCount, profiles) { NestedColumns = schema.NestedFields };
    }

    private static SnapshotProfile ProfileTyped(ISnapshotReader reader, SnapshotSchema schema, CancellationToken cancellationToken)
    {
        var requests = new List<AggregateRequest>();
        foreach (var field in schema.Fields)
        {
            var kind = field.Kind!.Value; // every field is typed here
            var wanted = ColumnAggregates.NullCount | ColumnAggregates.Range
                | (IsNumeric(kind) ? ColumnAggregates.None : ColumnAggregates.Distinct)
                | (kind is ColumnKind.Double or ColumnKind.Int64 ? ColumnAggregates.Summary : ColumnAggregates.None);
            requests.Add(new AggregateRequest(field.Name, kind, wanted));
        }

        // Numeric columns are counted distinct one at a time by sorting their keys, not by a dictionary per column
        // held all at once (13 dictionaries of ten million doubles took 10 GB); text and bool by their counts.
        var counted = SnapshotAggregation.Run(reader, requests, cancellationToken: cancellationToken);
        var distinct = new ExactDistinct();
        var aggregates = new List<ColumnAggregate>(counted.Count);
        foreach (var aggregate in counted)
        {
            aggregates.Add(IsNumeric(aggregate.Kind)
                ? aggregate with { Distinct = distinct.Count(reader, new ColumnRequest(aggregate.Name, aggregate.Kind), aggregate.Rows - aggregate.Nulls) }
                : aggregate);
        }

        var profiles = new List<ColumnProfile>(aggregates.Count);
        foreach (var aggregate in aggregates)
        {
            profiles.Add(ProfileAggregate(aggregate));
        }

        return new SnapshotProfile(reader.Path, aggregates.Count == 0 ? 0 : aggregates[0].Rows, profiles);
    }

    private static bool IsNumeric(ColumnKind kind) => kind is ColumnKind.Double or ColumnKind.Int64 or ColumnKind.Timestamp or ColumnKind.Date;

    /// <summary>The same profile <see cref="ProfileColumn"/> gives, from one-pass aggregates.</summary>
    private static ColumnProfile ProfileAggregate(ColumnAggregate aggregate)
    {
        var count = aggregate.Rows - aggregate.Nulls;
        var type = Planning.ColumnKinds.TypeOf(aggregate.Kind);
        var distinct = aggregate.Distinct ?? 0;
        switch (aggregate.Kind)
        {
            case ColumnKind.Int64:
                {
                    var summary = aggregate.Summary!; // requested above
                    return count == 0
                        ? new ColumnProfile(aggregate.Name, type, count, aggregate.Nulls, null, null, null, null, 0)
                        : new ColumnProfile(aggregate.Name, type, count, aggregate.Nulls, aggregate.Minimum, aggregate.Maximum, Finite(summary.Mean), Finite(summary.StandardDeviation), distinct);
                }

            case ColumnKind.Double:
                {
                    // Like the in-memory profile: min and max of the finite values, which the summary keeps; the
                    // values it left out are the non-finite ones.
                    var summary = aggregate.Summary!; // requested above
                    object? min = summary.Count == 0 ? null : summary.Minimum;
                    object? max = summary.Count == 0 ? null : summary.Maximum;
                    return new ColumnProfile(aggregate.Name, type, count, aggregate.Nulls, min, max, Finite(summary.Mean), Finite(summary.StandardDeviation), distinct)
                    {
                        NonFinite = count - summary.Count,
                    };
                }

            case ColumnKind.Bool:
                {
                    var falses = aggregate.Minimum is false ? 1 : 0;
                    var trues = aggregate.Maximum is true ? 1 : 0;
                    object? min = count == 0 ? null : falses > 0 ? "false" : "true";
                    object? max = count == 0 ? null : trues > 0 ? "true" : "false";
                    return new ColumnProfile(aggregate.Name, type, count, aggregate.Nulls, min, max, count == 0 ? null : (double)aggregate.TrueCount!.Value / count, null, distinct); // TrueCount is requested for bool columns above
                }

            default:
                {
                    var min = Text(aggregate.Kind, aggregate.Minimum);
                    var max = Text(aggregate.Kind, aggregate.Maximum);
                    return new ColumnProfile(aggregate.Name, type, count, aggregate.Nulls, min, max, null, null, distinct);
                }
        }
    }

    /// <summary>A bound as the column types format values: ISO 8601 for times and dates (chronological order), text as is.</summary>
    private static string? Text(ColumnKind kind, object? bound) => (kind, bound) switch
    {
        (_, null) => null,
        (ColumnKind.Timestamp, long micros) => new TimestampColumn(string.Empty, [micros], [true]).FormatValue(0),
        (ColumnKind.Date, long days) => new DateColumn(string.Empty, [(int)days], [true]).FormatValue(0),
        _ => Convert.ToString(bound, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static ColumnProfile ProfileColumn(Column column)
    {
        var nulls = column.NullCount;
        var count = column.Length - nulls;
        var type = Planning.ColumnKinds.TypeOf(column.Kind);
        return column switch
        {
            Int64Column longs => Profile(longs, type, count, nulls),
            DoubleColumn doubles => Profile(doubles, type, count, nulls),
            BoolColumn booleans => Profile(booleans, type, count, nulls),
            _ => ProfileFormatted(column, type, count, nulls),
        };
    }

    /// <summary>Range, mean, spread and distinct count of an int64 column.</summary>
    private static ColumnProfile Profile(Int64Column longs, ColumnType type, int count, int nulls)
    {
        // Min, max and distinct stay exact in long; only mean and stddev go through doubles.
        var summary = new SummaryStatistics();
        var distinct = new HashSet<long>();
        long min = long.MaxValue, max = long.MinValue;
        for (var i = 0; i < longs.Length; i++)
        {
            if (!longs.Valid[i])
            {
                continue;
            }

            var value = longs.Values[i];
            distinct.Add(value);
            min = Math.Min(min, value);
            max = Math.Max(max, value);
            summary.Add(value);
        }

        return count == 0
            ? new ColumnProfile(longs.Name, type, count, nulls, null, null, null, null, 0)
            : new ColumnProfile(longs.Name, type, count, nulls, min, max, Finite(summary.Mean), Finite(summary.StandardDeviation), distinct.Count);
    }

    /// <summary>Range and moments of the finite values of a double column, with its distinct and non-finite counts.</summary>
    private static ColumnProfile Profile(DoubleColumn doubles, ColumnType type, int count, int nulls)
    {
        var summary = new SummaryStatistics();
        var distinct = new HashSet<double>();
        for (var i = 0; i < doubles.Length; i++)
        {
            if (!doubles.Valid[i])
            {
                continue;
            }

            var value = doubles.Values[i];
            distinct.Add(value);
            if (double.IsFinite(value))
            {
                summary.Add(value);
            }
        }

        object? min = summary.Count == 0 ? null : summary.Minimum;
        object? max = summary.Count == 0 ? null : summary.Maximum;
        return new ColumnProfile(doubles.Name, type, count, nulls, min, max, Finite(summary.Mean), Finite(summary.StandardDeviation), distinct.Count)
        {
            NonFinite = count - summary.Count,
        };
    }

    /// <summary>false before true, and the share of true as the mean.</summary>
    private static ColumnProfile Profile(BoolColumn booleans, ColumnType type, int count, int nulls)
    {
        long trues = 0;
        for (var i = 0; i < booleans.Length; i++)
        {
            if (booleans.Valid[i] && booleans.Values[i])
            {
                trues++;
            }
        }

        var falses = count - trues;
        object? min = count == 0 ? null : falses > 0 ? "false" : "true";
        object? max = count == 0 ? null : trues > 0 ? "true" : "false";
        return new ColumnProfile(booleans.Name, type, count, nulls, min, max, count == 0 ? null : (double)trues / count, null, (trues > 0 ? 1 : 0) + (falses > 0 ? 1 : 0));
    }

    /// <summary>Text, timestamps and dates by their formatted values.</summary>
    private static ColumnProfile ProfileFormatted(Column column, ColumnType type, int count, int nulls)
    {
        // Timestamps and dates format as ISO 8601, whose ordinal order is chronological.
        string? min = null, max = null;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < column.Length; i++)
        {
            var value = column.FormatValue(i);
            if (value is null)
            {
                continue;
            }

            distinct.Add(value);
            if (min is null || string.CompareOrdinal(value, min) < 0)
            {
                min = value;
            }

            if (max is null || string.CompareOrdinal(value, max) > 0)
            {
                max = value;
            }
        }

        return new ColumnProfile(column.Name, type, count, nulls, min, max, null, null, distinct.Count);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

}
