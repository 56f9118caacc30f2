using System.Buffers;
using System.Runtime.CompilerServices;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// A growable scratch array rented from <see cref="ArrayPool{T}.Shared"/>: each page reuses it, so
/// decoding allocates per column chunk, not per page or value. Also a buffer writer, for
/// decompressors that produce output of a size they cannot bound in advance. Not thread-safe.
/// </summary>
internal sealed class PooledBuffer<T> : IDisposable, IBufferWriter<T>
{
    private T[] array = [];

    /// <summary>The whole rented array (at least as long as the last <see cref="Get"/>).</summary>
    public T[] Array => array;

    /// <summary>A span of <paramref name="length"/> elements; earlier contents are not kept.</summary>
    public Span<T> Get(int length)
    {
        Reserve(length, keep: 0);
        return array.AsSpan(0, length);
    }

    /// <summary>Makes the array at least <paramref name="length"/> long, keeping its first <paramref name="keep"/> elements.</summary>
    public void Reserve(int length, int keep)
    {
        if (length <= array.Length)
        {
            return;
        }

        var larger = ArrayPool<T>.Shared.Rent(length);
        array.AsSpan(0, keep).CopyTo(larger);
        Return();
        array = larger;
    }

    /// <summary>Elements written through <see cref="IBufferWriter{T}"/> since <see cref="ResetWriter"/>.</summary>
    public int WrittenCount { get; private set; }

    /// <summary>The elements written since <see cref="ResetWriter"/>.</summary>
    public Span<T> Written => array.AsSpan(0, WrittenCount);

    /// <summary>Starts writing from the beginning again.</summary>
    public void ResetWriter() => WrittenCount = 0;

    public void Advance(int count) => WrittenCount += count;

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        Reserve(WrittenCount + Math.Max(sizeHint, 1), keep: WrittenCount);
        return array.AsMemory(WrittenCount);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        Reserve(WrittenCount + Math.Max(sizeHint, 1), keep: WrittenCount);
        return array.AsSpan(WrittenCount);
    }

    public void Dispose()
    {
        Return();
        array = [];
    }

    private void Return()
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
