using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Writes a numeric column's finite values into one array in row order, through the column scan: each part of the
/// snapshot writes from its own first row on, in parallel, and the parts are merged in row order by moving each one's
/// values down over the gaps that nulls and non-finite values left before it. The array ends up compacted with no
/// buffer besides it; it must hold at least the snapshot's rows.
/// </summary>
internal sealed class FiniteValuesWriter : ColumnAccumulator
{
    private readonly double[] values;
    private RowPlacement place;

    /// <summary>A writer of a whole snapshot's values into <paramref name="values"/>, from its start.</summary>
    public FiniteValuesWriter(double[] values)
        : this(values, 0)
    {
    }

    private FiniteValuesWriter(double[] values, long start)
    {
        this.values = values;
        place = new RowPlacement(start);
    }

    /// <summary>Finite values written, after the last merge: they are the first places of the array.</summary>
    public long Written => place.Written;

    /// <summary>
    /// Set when a part held more values than rows before the next part, or than the array has room for: the
    /// snapshot is not the one the first pass read, and the values are not to be used.
    /// </summary>
    public bool Overran => place.Overran;

    /// <inheritdoc />
    /// <remarks>Every scanner in the project asks for parts by row; a part with no place to write cannot be made.</remarks>
    public override ColumnAccumulator CreateEmpty() =>
        throw new NotSupportedException("Finite values are written by row: a scanner makes the parts with CreatePart.");

    /// <inheritdoc />
    public override ColumnAccumulator CreatePart(long firstRow) => new FiniteValuesWriter(values, firstRow);

    /// <inheritdoc />
    public override void Merge(ColumnAccumulator other)
    {
        place.Merge(((FiniteValuesWriter)other).place, values);
    }

    /// <inheritdoc />
    public override void AddNulls(long count)
    {
    }

    /// <inheritdoc />
    public override void AddSkippedValues(long count)
    {
    }

    /// <inheritdoc />
    public override void AddDoubles(ReadOnlySpan<double> values)
    {
        if (!TryRoom(values.Length, out var destination))
        {
            return;
        }

        var kept = 0;
        foreach (var value in values)
        {
            destination[kept] = value;
            kept += double.IsFinite(value) ? 1 : 0;
        }

        place.Advance(kept);
    }

    /// <inheritdoc />
    public override void AddInt64s(ReadOnlySpan<long> values)
    {
        if (!TryRoom(values.Length, out var destination))
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = values[i];
        }

        place.Advance(values.Length);
    }

    /// <inheritdoc />
    public override void AddInt32s(ReadOnlySpan<int> values)
    {
        if (!TryRoom(values.Length, out var destination))
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = values[i];
        }

        place.Advance(values.Length);
    }

    /// <summary>The places for the next <paramref name="count"/> values; false (and <see cref="Overran"/>) past the array's end.</summary>
    private bool TryRoom(int count, out Span<double> destination)
    {
        var fits = place.TryRoom(count, values.Length, out var at);
        destination = fits ? values.AsSpan(at, count) : default;
        return fits;
    }
}
