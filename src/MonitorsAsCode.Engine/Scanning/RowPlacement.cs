namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Where one part of a pass writes its values into an array shared by all parts: from the part's first row on, so
/// parts write in parallel without a buffer each. Merging parts in row order moves each later part's values down over
/// the gap that the earlier parts' nulls (or left-out values) made, which leaves the array compacted.
/// </summary>
/// <param name="first">The part's first row: the place of its first value.</param>
internal struct RowPlacement(long first)
{
    /// <summary>The part's first row.</summary>
    public readonly long First => first;

    /// <summary>Values written from <see cref="First"/> on (after merges, the merged parts' values too).</summary>
    public long Written { get; private set; }

    /// <summary>
    /// Set when a part held more values than rows before the next part, or than the array has room for: the snapshot
    /// is not the one whose row count was known, and the values are not to be used.
    /// </summary>
    public bool Overran { get; private set; }

    /// <summary>
    /// The place of the next <paramref name="count"/> values, when they end within <paramref name="limit"/>; false
    /// when the part already overran or would now (which sets <see cref="Overran"/>).
    /// </summary>
    public bool TryRoom(int count, long limit, out int at)
    {
        var next = first + Written;
        if (Overran || next + count > limit)
        {
            Overran = true;
            at = 0;
            return false;
        }

        at = (int)next;
        return true;
    }

    /// <summary>Counts <paramref name="count"/> values written at the place <see cref="TryRoom"/> gave.</summary>
    public void Advance(int count) => Written += count;

    /// <summary>
    /// Appends the next part in row order: its values move down in <paramref name="array"/> to follow this part's
    /// (nothing moves when the array is null), or this part is marked overrun when the next started before this one ended.
    /// </summary>
    public void Merge(in RowPlacement part, Array? array)
    {
        var end = first + Written;
        if (part.Overran || part.First < end)
        {
            Overran = true;
            return;
        }

        if (array is not null && part.Written > 0)
        {
            Array.Copy(array, part.First, array, end, part.Written);
        }

        Written += part.Written;
    }
}
