namespace MonitorsAsCode.Data.Parquet;

/// <summary>The scratch buffers one column chunk reader decodes pages with; returned to the pool on dispose.</summary>
internal sealed class DecodeScratch : IDisposable
{
    public PooledBuffer<int> Starts { get; } = new();

    public PooledBuffer<int> Lengths { get; } = new();

    public PooledBuffer<int> SuffixStarts { get; } = new();

    public PooledBuffer<int> Indices { get; } = new();

    public PooledBuffer<long> Longs { get; } = new();

    public PooledBuffer<int> Ints { get; } = new();

    public PooledBuffer<bool> Booleans { get; } = new();

    public PooledBuffer<byte> Bytes { get; } = new();

    public void Dispose()
    {
        Starts.Dispose();
        Lengths.Dispose();
        SuffixStarts.Dispose();
        Indices.Dispose();
        Longs.Dispose();
        Ints.Dispose();
        Booleans.Dispose();
        Bytes.Dispose();
    }
}
