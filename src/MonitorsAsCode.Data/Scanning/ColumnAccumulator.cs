using System.Buffers;
using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Scanning;

/// <summary>
/// Receives the values of one column from one part of a snapshot (a Parquet row group, a batch of
/// CSV rows), without the rows being kept: nulls as a count, non-null values as spans in row order.
/// A scan hands each part its own accumulator from <see cref="CreateEmpty"/> and folds the parts
/// into the first in file order with <see cref="Merge"/>, so results do not depend on threading.
/// </summary>
/// <remarks>
/// A column read as <see cref="ColumnKind.Double"/> arrives through <see cref="AddDoubles"/>;
/// <see cref="ColumnKind.Int64"/> and <see cref="ColumnKind.Timestamp"/> through <see cref="AddInt64s"/>;
/// <see cref="ColumnKind.Date"/> through <see cref="AddInt32s"/>; <see cref="ColumnKind.Bool"/> through
/// <see cref="AddBooleans"/>; <see cref="ColumnKind.String"/> through <see cref="AddStrings"/> or, when the
/// file stores the column as a dictionary, <see cref="AddStringCodes"/>. Spans are only valid during the call.
/// </remarks>
public abstract class ColumnAccumulator
{
    /// <summary>
    /// False when only nulls are counted: a reader may then skip decoding values (Parquet counts
    /// nulls from the definition levels alone).
    /// </summary>
    public virtual bool NeedsValues => true;

    /// <summary>
    /// True when the accumulator needs to know which rows are null, not only how many (to line a column up with
    /// another one of the same rows): a scanner then calls <see cref="AddPresence"/> before each run of rows.
    /// </summary>
    public virtual bool NeedsRowPresence => false;

    /// <summary>A new, empty accumulator of the same configuration, for another part of the snapshot.</summary>
    public abstract ColumnAccumulator CreateEmpty();

    /// <summary>
    /// A new, empty accumulator for the part of the snapshot that starts at row <paramref name="firstRow"/> (counted from
    /// 0 over the whole snapshot). Scanners that read parts in parallel say where each starts, so an accumulator that
    /// places values by row, into one array shared by its parts, can write them in place. By default <see cref="CreateEmpty"/>.
    /// </summary>
    public virtual ColumnAccumulator CreatePart(long firstRow) => CreateEmpty();

    /// <summary>Folds <paramref name="other"/> (from <see cref="CreateEmpty"/>, fed with the rows after this one's) into this one.</summary>
    public abstract void Merge(ColumnAccumulator other);

    /// <summary>
    /// Which of the next <paramref name="rows"/> rows hold a value, in row order (<paramref name="present"/> is empty
    /// when all of them do); their null count and values follow through <see cref="AddNulls"/> and the value methods.
    /// Called only when <see cref="NeedsRowPresence"/> is true.
    /// </summary>
    public virtual void AddPresence(int rows, ReadOnlySpan<bool> present)
    {
    }

    /// <summary>
    /// Called once on a part from <see cref="CreatePart"/> after its last row, before it is merged: a part that lines
    /// its rows up with other columns' parts of the same rows can join them now, on the scanning thread.
    /// </summary>
    public virtual void EndPart()
    {
    }

    /// <summary>Counts <paramref name="count"/> null rows.</summary>
    public abstract void AddNulls(long count);

    /// <summary>Counts <paramref name="count"/> non-null rows whose values were not decoded, because <see cref="NeedsValues"/> is false.</summary>
    public abstract void AddSkippedValues(long count);

    /// <summary>Non-null doubles.</summary>
    public virtual void AddDoubles(ReadOnlySpan<double> values) => throw Unexpected(ColumnKind.Double);

    /// <summary>Non-null longs: integers, or timestamps in microseconds since the Unix epoch.</summary>
    public virtual void AddInt64s(ReadOnlySpan<long> values) => throw Unexpected(ColumnKind.Int64);

    /// <summary>Non-null dates as days since 1970-01-01.</summary>
    public virtual void AddInt32s(ReadOnlySpan<int> values) => throw Unexpected(ColumnKind.Date);

    /// <summary>Non-null booleans.</summary>
    public virtual void AddBooleans(ReadOnlySpan<bool> values) => throw Unexpected(ColumnKind.Bool);

    /// <summary>Non-null strings (no entry is null).</summary>
    public virtual void AddStrings(ReadOnlySpan<string?> values) => throw Unexpected(ColumnKind.String);

    /// <summary>
    /// Non-null strings given as positions in <paramref name="dictionary"/>, each checked to lie inside it.
    /// The same dictionary instance comes back for every page of a column chunk, so an override can
    /// count codes and look the strings up once. By default the strings are looked up and passed to <see cref="AddStrings"/>.
    /// </summary>
    public virtual void AddStringCodes(ReadOnlySpan<int> codes, ReadOnlySpan<string?> dictionary)
    {
        const int Block = 1024;
        var buffer = ArrayPool<string?>.Shared.Rent(Math.Min(Block, Math.Max(1, codes.Length)));
        try
        {
            for (var start = 0; start < codes.Length; start += Block)
            {
                var count = Math.Min(Block, codes.Length - start);
                for (var i = 0; i < count; i++)
                {
                    buffer[i] = dictionary[codes[start + i]];
                }

                AddStrings(buffer.AsSpan(0, count));
            }
        }
        finally
        {
            ArrayPool<string?>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>
    /// Feeds a whole column of a batch: which rows are null (when <see cref="NeedsRowPresence"/>), its null count, then
    /// its non-null values.
    /// </summary>
    public void AddColumn(Column column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var nulls = column.NullCount;
        if (NeedsRowPresence)
        {
            AddPresence(column.Length, nulls == 0 ? [] : column.Valid.AsSpan(0, column.Length));
        }

        AddNulls(nulls);
        if (!NeedsValues)
        {
            AddSkippedValues(column.Length - nulls);
            return;
        }

        if (nulls == column.Length)
        {
            return;
        }

        switch (column)
        {
            case DoubleColumn doubles:
                AddDoubles(Present(doubles.Values, doubles.Valid, nulls));
                break;
            case Int64Column longs:
                AddInt64s(Present(longs.Values, longs.Valid, nulls));
                break;
            case TimestampColumn timestamps:
                AddInt64s(Present(timestamps.Microseconds, timestamps.Valid, nulls));
                break;
            case DateColumn dates:
                AddInt32s(Present(dates.Days, dates.Valid, nulls));
                break;
            case BoolColumn booleans:
                AddBooleans(Present(booleans.Values, booleans.Valid, nulls));
                break;
            case StringColumn strings:
                AddStrings(Present(strings.Values, strings.Valid, nulls));
                break;
            default:
                throw new ArgumentException("Unknown column type " + column.GetType().Name + ".", nameof(column));
        }
    }

    private static ReadOnlySpan<T> Present<T>(T[] values, bool[] valid, int nulls)
    {
        if (nulls == 0)
        {
            return values;
        }

        var present = new T[values.Length - nulls];
        var next = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (valid[i])
            {
                present[next++] = values[i];
            }
        }

        return present;
    }

    private InvalidOperationException Unexpected(ColumnKind kind) =>
        new($"{GetType().Name} does not accept {kind} values; the column was requested as another kind.");
}
