namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A run of variable- or fixed-length byte strings: value <c>i</c> is
/// <c>Data.Slice(Starts[i], Lengths[i])</c>. PLAIN pages are described in place, without copying.
/// </summary>
internal readonly ref struct ByteArrayValues(ReadOnlySpan<byte> data, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
{
    public ReadOnlySpan<byte> Data { get; } = data;

    public ReadOnlySpan<int> Starts { get; } = starts;

    public ReadOnlySpan<int> Lengths { get; } = lengths;

    public int Count => Starts.Length;

    public ReadOnlySpan<byte> this[int index] => Data.Slice(Starts[index], Lengths[index]);
}
