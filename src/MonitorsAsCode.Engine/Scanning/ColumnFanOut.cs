using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Engine.Scanning;

/// <summary>
/// Hands one column's values to several accumulators (its profile and the monitors' feeds), so the column scan reads
/// and decodes the column once for all of them. An accumulator that wants no values is told how many it skipped.
/// </summary>
internal sealed class ColumnFanOut : ColumnAccumulator
{
    private readonly ColumnAccumulator[] members;
    private readonly bool needsValues;
    private readonly bool needsRowPresence;

    public ColumnFanOut(IReadOnlyList<ColumnAccumulator> members)
    {
        this.members = [.. members];
        needsValues = this.members.Any(m => m.NeedsValues);
        needsRowPresence = this.members.Any(m => m.NeedsRowPresence);
    }

    /// <inheritdoc />
    public override bool NeedsValues => needsValues;

    /// <inheritdoc />
    public override bool NeedsRowPresence => needsRowPresence;

    /// <inheritdoc />
    public override ColumnAccumulator CreateEmpty() => new ColumnFanOut([.. members.Select(m => m.CreateEmpty())]);

    /// <inheritdoc />
    public override ColumnAccumulator CreatePart(long firstRow) => new ColumnFanOut([.. members.Select(m => m.CreatePart(firstRow))]);

    /// <inheritdoc />
    public override void Merge(ColumnAccumulator other)
    {
        var parts = ((ColumnFanOut)other).members;
        for (var i = 0; i < members.Length; i++)
        {
            members[i].Merge(parts[i]);
        }
    }

    /// <inheritdoc />
    public override void EndPart()
    {
        foreach (var member in members)
        {
            member.EndPart();
        }
    }

    /// <inheritdoc />
    public override void AddPresence(int rows, ReadOnlySpan<bool> present)
    {
        foreach (var member in members)
        {
            if (member.NeedsRowPresence)
            {
                member.AddPresence(rows, present);
            }
        }
    }

    /// <inheritdoc />
    public override void AddNulls(long count)
    {
        foreach (var member in members)
        {
            member.AddNulls(count);
        }
    }

    /// <inheritdoc />
    public override void AddSkippedValues(long count)
    {
        foreach (var member in members)
        {
            member.AddSkippedValues(count);
        }
    }

    /// <inheritdoc />
    public override void AddDoubles(ReadOnlySpan<double> values) => Forward(values, static (member, v) => member.AddDoubles(v));

    /// <inheritdoc />
    public override void AddInt64s(ReadOnlySpan<long> values) => Forward(values, static (member, v) => member.AddInt64s(v));

    /// <inheritdoc />
    public override void AddInt32s(ReadOnlySpan<int> values) => Forward(values, static (member, v) => member.AddInt32s(v));

    /// <inheritdoc />
    public override void AddBooleans(ReadOnlySpan<bool> values) => Forward(values, static (member, v) => member.AddBooleans(v));

    /// <inheritdoc />
    public override void AddStrings(ReadOnlySpan<string?> values) => Forward(values, static (member, v) => member.AddStrings(v));

    /// <inheritdoc />
    public override void AddStringCodes(ReadOnlySpan<int> codes, ReadOnlySpan<string?> dictionary)
    {
        foreach (var member in members)
        {
            if (member.NeedsValues)
            {
                member.AddStringCodes(codes, dictionary);
            }
            else
            {
                member.AddSkippedValues(codes.Length);
            }
        }
    }

    /// <summary>Hands <paramref name="values"/> to the members that want values; tells the others how many they skipped.</summary>
    private void Forward<T>(ReadOnlySpan<T> values, Add<T> add)
    {
        foreach (var member in members)
        {
            if (member.NeedsValues)
            {
                add(member, values);
            }
            else
            {
                member.AddSkippedValues(values.Length);
            }
        }
    }

    private delegate void Add<T>(ColumnAccumulator member, ReadOnlySpan<T> values);
}
