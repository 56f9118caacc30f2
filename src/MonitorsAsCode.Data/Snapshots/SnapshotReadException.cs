namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// A snapshot could not be read. The message is for the user and already names the file and, where
/// they are known, the 1-based row (data rows; the CSV header is not counted), column and value.
/// </summary>
public sealed class SnapshotReadException : Exception
{
    /// <summary>A read error in <paramref name="path"/>.</summary>
    public SnapshotReadException(string path, string message, long? row = null, string? column = null, string? value = null, Exception? inner = null)
        : base(Compose(path, message, row, null, column, value), inner)
    {
        FilePath = path;
        Row = row;
        ColumnName = column;
        Value = value;
        Reason = message;
    }

    /// <summary>The file that could not be read.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based data row, when the problem is in a row.</summary>
    public long? Row { get; }

    /// <summary>
    /// The 1-based physical line of a text file where the problem is, counting the header and blank
    /// lines. It differs from <see cref="Row"/> when a quoted CSV field spans lines or lines are skipped.
    /// </summary>
    public long? Line { get; init; }

    /// <summary>The column, when the problem is in a column.</summary>
    public string? ColumnName { get; }

    /// <summary>The offending value as written in the file, when there is one.</summary>
    public string? Value { get; }

    /// <summary>The reason alone, without the position.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string Message => Line is null ? base.Message : Compose(FilePath, Reason, Row, Line, ColumnName, Value);

    private static string Compose(string path, string message, long? row, long? line, string? column, string? value)
    {
        var where = path;
        if (row is { } r)
        {
            where += ", row " + r.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (line is { } l)
            {
                where += " (line " + l.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            }
        }
        else if (line is { } l)
        {
            where += ", line " + l.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (column is not null)
        {
            where += ", column '" + EchoedValue.Shorten(column) + "'";
        }

        var text = where + ": " + message;
        if (value is not null)
        {
            text += " (value '" + EchoedValue.Shorten(value) + "')";
        }

        return text;
    }
}
