using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Data.Tests.Scanning;

/// <summary>
/// Keeps which rows of each part are present, where each part said it starts, and whether it was ended once: to check
/// that a scanner lines rows up the way batches do.
/// </summary>
internal sealed class PresenceRecorder(bool needsValues, long firstRow = -1) : ColumnAccumulator
{
    public long FirstRow => firstRow;

    public List<bool> Present { get; } = [];

    public long Nulls { get; private set; }

    public long Values { get; private set; }

    public int Ends { get; private set; }

    /// <summary>The parts merged into this one, in merge order.</summary>
    public List<PresenceRecorder> Parts { get; } = [];

    public override bool NeedsValues => needsValues;

    public override bool NeedsRowPresence => true;

    public override ColumnAccumulator CreateEmpty() => new PresenceRecorder(needsValues);

    public override ColumnAccumulator CreatePart(long firstRow) => new PresenceRecorder(needsValues, firstRow);

    public override void Merge(ColumnAccumulator other)
    {
        var part = (PresenceRecorder)other;
        Parts.Add(part);
        Present.AddRange(part.Present);
        Nulls += part.Nulls;
        Values += part.Values;
    }

    public override void EndPart() => Ends++;

    public override void AddPresence(int rows, ReadOnlySpan<bool> present)
    {
        for (var i = 0; i < rows; i++)
        {
            Present.Add(present.IsEmpty || present[i]);
        }
    }

    public override void AddNulls(long count) => Nulls += count;

    public override void AddSkippedValues(long count) => Values += count;

    public override void AddDoubles(ReadOnlySpan<double> values) => Values += values.Length;

    public override void AddInt64s(ReadOnlySpan<long> values) => Values += values.Length;

    public override void AddInt32s(ReadOnlySpan<int> values) => Values += values.Length;

    public override void AddBooleans(ReadOnlySpan<bool> values) => Values += values.Length;

    public override void AddStrings(ReadOnlySpan<string?> values) => Values += values.Length;

    public override void AddStringCodes(ReadOnlySpan<int> codes, ReadOnlySpan<string?> dictionary) => Values += codes.Length;
}
