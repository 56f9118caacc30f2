using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Snapshots;

/// <summary>
/// Accumulates the values of one requested column for the current batch and turns them into a
/// typed <see cref="Column"/>. Shared by the text formats so casting and null handling agree.
/// </summary>
internal sealed class ColumnBuilder
{
    /// <summary>Rows per batch: large enough to amortise per-batch work, small enough to stream.</summary>
    public const int MaxBatchRows = 65_536;

    private const int InitialCapacity = 1024;

    private readonly StringPool strings = new();
    private int nextCapacity = InitialCapacity;
    private bool[] valid = [];
    private double[] doubles = [];
    private long[] longs = [];
    private bool[] bools = [];
    private string?[] texts = [];
    private int[] ints = [];

    public ColumnBuilder(ColumnRequest request)
    {
        if (!Enum.IsDefined(request.Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown column kind.");
        }

        Request = request;
    }

    public ColumnRequest Request { get; }

    public ColumnKind Kind => Request.Kind;

    public int Count { get; private set; }

    public void AppendNull()
    {
        // Slots start out false / default, which is exactly a null.
        Reserve();
        Count++;
    }

    /// <summary>Appends a value for a Double column.</summary>
    public void AppendDouble(double value)
    {
        Reserve();
        doubles[Count] = value;
        valid[Count++] = true;
    }

    /// <summary>Appends a value for an Int64 or Timestamp column.</summary>
    public void AppendInt64(long value)
    {
        Reserve();
        longs[Count] = value;
        valid[Count++] = true;
    }

    /// <summary>Appends a value for a Bool column.</summary>
    public void AppendBool(bool value)
    {
        Reserve();
        bools[Count] = value;
        valid[Count++] = true;
    }

    /// <summary>Appends a value for a String column, sharing the instance with equal earlier values.</summary>
    public void AppendString(ReadOnlySpan<char> value)
    {
        Reserve();
        texts[Count] = strings.Get(value);
        valid[Count++] = true;
    }

    /// <summary>Appends a value for a Date column.</summary>
    public void AppendDate(int days)
    {
        Reserve();
        ints[Count] = days;
        valid[Count++] = true;
    }

    /// <summary>Parses <paramref name="text"/> as the requested kind and appends it; false if it does not parse.</summary>
    public bool TryAppendText(ReadOnlySpan<char> text)
    {
        switch (Kind)
        {
            case ColumnKind.Double when InvariantValueParser.TryParseDouble(text, out var number):
                AppendDouble(number);
                return true;
            case ColumnKind.Int64 when InvariantValueParser.TryParseInt64(text, out var integer):
                AppendInt64(integer);
                return true;
            case ColumnKind.Bool when InvariantValueParser.TryParseBool(text, out var flag):
                AppendBool(flag);
                return true;
            case ColumnKind.String:
                AppendString(text);
                return true;
            case ColumnKind.Timestamp when InvariantValueParser.TryParseTimestamp(text, out var microseconds):
                AppendInt64(microseconds);
                return true;
            case ColumnKind.Date when InvariantValueParser.TryParseDate(text, out var days):
                AppendDate(days);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The column of the rows appended since the last call; the builder starts a new batch.</summary>
    public Column Build()
    {
        var rows = Count;
        var name = Request.Name;
        var mask = Trim(valid, rows);
        Column column = Kind switch
        {
            ColumnKind.Double => new DoubleColumn(name, Trim(doubles, rows), mask),
            ColumnKind.Int64 => new Int64Column(name, Trim(longs, rows), mask),
            ColumnKind.Bool => new BoolColumn(name, Trim(bools, rows), mask),
            ColumnKind.String => new StringColumn(name, Trim(texts, rows), mask),
            ColumnKind.Timestamp => new TimestampColumn(name, Trim(longs, rows), mask),
            ColumnKind.Date => new DateColumn(name, Trim(ints, rows), mask),
            _ => throw new InvalidOperationException($"Unknown column kind {Kind}."),
        };

        // The arrays now belong to the column; the next batch is likely as long as this one.
        Count = 0;
        nextCapacity = Math.Max(InitialCapacity, rows);
        valid = [];
        doubles = [];
        longs = [];
        bools = [];
        texts = [];
        ints = [];
        return column;
    }

    private static T[] Trim<T>(T[] values, int rows)
    {
        if (values.Length == rows)
        {
            return values;
        }

        var trimmed = new T[rows];
        Array.Copy(values, trimmed, rows);
        return trimmed;
    }

    private void Reserve()
    {
        if (Count < valid.Length)
        {
            return;
        }

        var size = valid.Length == 0 ? nextCapacity : Math.Max(Math.Min(valid.Length * 2, MaxBatchRows), Count + 1);
        Array.Resize(ref valid, size);
        switch (Kind)
        {
            case ColumnKind.Double:
                Array.Resize(ref doubles, size);
                break;
            case ColumnKind.Int64:
            case ColumnKind.Timestamp:
                Array.Resize(ref longs, size);
                break;
            case ColumnKind.Bool:
                Array.Resize(ref bools, size);
                break;
            case ColumnKind.String:
                Array.Resize(ref texts, size);
                break;
            case ColumnKind.Date:
                Array.Resize(ref ints, size);
                break;
        }
    }
}
