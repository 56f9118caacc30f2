using MonitorsAsCode.Data.Scanning;

namespace MonitorsAsCode.Data.Tests.Scanning;

/// <summary>Keeps everything it is fed, in order, boxed: the plainest possible accumulator, to compare paths with.</summary>
internal sealed class RecordingAccumulator(bool needsValues = true) : ColumnAccumulator
{
    public long Nulls { get; private set; }

    public long Skipped { get; private set; }

    public int CodedCalls { get; private set; }

    public List<object?> Values { get; } = [];

    public override bool NeedsValues => needsValues;

    public override ColumnAccumulator CreateEmpty() => new RecordingAccumulator(needsValues);

    public override void Merge(ColumnAccumulator other)
    {
        var part = (RecordingAccumulator)other;
        Nulls += part.Nulls;
        Skipped += part.Skipped;
        CodedCalls += part.CodedCalls;
        Values.AddRange(part.Values);
    }

    public override void AddNulls(long count) => Nulls += count;

    public override void AddSkippedValues(long count) => Skipped += count;

    public override void AddDoubles(ReadOnlySpan<double> values) => Add(values);

    public override void AddInt64s(ReadOnlySpan<long> values) => Add(values);

    public override void AddInt32s(ReadOnlySpan<int> values) => Add(values);

    public override void AddBooleans(ReadOnlySpan<bool> values) => Add(values);

    public override void AddStrings(ReadOnlySpan<string?> values) => Add(values);

    public override void AddStringCodes(ReadOnlySpan<int> codes, ReadOnlySpan<string?> dictionary)
    {
        CodedCalls++;
        foreach (var code in codes)
        {
            Values.Add(dictionary[code]);
        }
    }

    private void Add<T>(ReadOnlySpan<T> values)
    {
        foreach (var value in values)
        {
            Values.Add(value);
        }
    }
}
