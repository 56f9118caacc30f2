using MonitorsAsCode.Data.Snapshots;

namespace MonitorsAsCode.Data.Columns;

/// <summary>
/// Finds the narrowest kind every non-null value of a text column parses as — int64, double, bool,
/// date, timestamp, else string — for profiling files that carry no types.
/// </summary>
public static class ColumnTypeInference
{
    private static readonly ColumnKind[] Candidates = [ColumnKind.Int64, ColumnKind.Double, ColumnKind.Bool, ColumnKind.Date, ColumnKind.Timestamp];

    /// <summary>The narrowest kind for <paramref name="column"/>; string when it has no non-null values.</summary>
    public static ColumnKind Infer(StringColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        foreach (var kind in Candidates)
        {
            if (AllParse(column, kind, out var any) && any)
            {
                return kind;
            }
        }

        return ColumnKind.String;
    }

    /// <summary>The column converted to its inferred kind (the same column when that is string).</summary>
    public static Column Narrow(StringColumn column)
    {
        var kind = Infer(column);
        var n = column.Length;
        var valid = column.Valid;
        switch (kind)
        {
            case ColumnKind.Int64:
                {
                    var values = new long[n];
                    for (var i = 0; i < n; i++)
                    {
                        if (valid[i])
                        {
                            InvariantValueParser.TryParseInt64(column.Values[i], out values[i]);
                        }
                    }

                    return new Int64Column(column.Name, values, valid);
                }

            case ColumnKind.Double:
                {
                    var values = new double[n];
                    for (var i = 0; i < n; i++)
                    {
                        if (valid[i])
                        {
                            InvariantValueParser.TryParseDouble(column.Values[i], out values[i]);
                        }
                    }

                    return new DoubleColumn(column.Name, values, valid);
                }

            case ColumnKind.Bool:
                {
                    var values = new bool[n];
                    for (var i = 0; i < n; i++)
                    {
                        if (valid[i])
                        {
                            InvariantValueParser.TryParseBool(column.Values[i], out values[i]);
                        }
                    }

                    return new BoolColumn(column.Name, values, valid);
                }

            case ColumnKind.Date:
                {
                    var values = new int[n];
                    for (var i = 0; i < n; i++)
                    {
                        if (valid[i])
                        {
                            InvariantValueParser.TryParseDate(column.Values[i], out values[i]);
                        }
                    }

                    return new DateColumn(column.Name, values, valid);
                }

            case ColumnKind.Timestamp:
                {
                    var values = new long[n];
                    for (var i = 0; i < n; i++)
                    {
                        if (valid[i])
                        {
                            InvariantValueParser.TryParseTimestamp(column.Values[i], out values[i]);
                        }
                    }

                    return new TimestampColumn(column.Name, values, valid);
                }

            default:
                return column;
        }
    }

    private static bool AllParse(StringColumn column, ColumnKind kind, out bool any)
    {
        any = false;
        for (var i = 0; i < column.Length; i++)
        {
            if (!column.Valid[i])
            {
                continue;
            }

            var text = column.Values[i].AsSpan();
            var parsed = kind switch
            {
                ColumnKind.Int64 => InvariantValueParser.TryParseInt64(text, out _),
                ColumnKind.Double => InvariantValueParser.TryParseDouble(text, out _),
                ColumnKind.Bool => InvariantValueParser.TryParseBool(text, out _),
                ColumnKind.Date => InvariantValueParser.TryParseDate(text, out _),
                _ => InvariantValueParser.TryParseTimestamp(text, out _),
            };
            if (!parsed)
            {
                return false;
            }

            any = true;
        }

        return true;
    }
}
