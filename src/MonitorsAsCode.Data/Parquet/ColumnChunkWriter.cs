using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Compression;
using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Writes one column's rows of one row group as a column chunk: an optional dictionary page, then
/// v1 data pages of PLAIN values or RLE_DICTIONARY indices, each preceded by its definition levels
/// when the column is OPTIONAL and compressed when asked, plus the chunk's statistics.
/// </summary>
internal static class ColumnChunkWriter
{
    /// <summary>Strings are dictionary-encoded when at most this many distinct values repeat on average at least twice.</summary>
    private const int MaxDictionaryEntries = 65_536;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static WrittenColumnChunk Write(Column column, int start, int count, bool required, int pageRows, bool snappy, long offset)
    {
        long uncompressed = 0;
        var valid = column.Valid.AsSpan(start, count);
        long nulls = 0;
        foreach (var v in valid)
        {
            nulls += v ? 0 : 1;
        }

        var chunk = new ArrayBufferWriter<byte>();
        var encodings = new SortedSet<ParquetEncoding>();
        if (!required)
        {
            encodings.Add(ParquetEncoding.Rle);
        }

        long? dictionaryOffset = null;
        var values = ValuesOf(column, start, count, out var type, out var min, out var max);
        if (values.Dictionary is { } dictionary)
        {
            dictionaryOffset = offset;
            var body = new ArrayBufferWriter<byte>();
            foreach (var entry in dictionary)
            {
                WriteByteArray(entry, body);
            }

            uncompressed += WritePage(chunk, body.WrittenSpan, snappy, thrift =>
            {
                thrift.FieldI32(1, (int)PageType.DictionaryPage);
                return () =>
                {
                    thrift.FieldStruct(7);
                    thrift.FieldI32(1, dictionary.Count);
                    thrift.FieldI32(2, (int)ParquetEncoding.Plain);
                    thrift.EndStruct();
                };
            });
            encodings.Add(ParquetEncoding.Plain);
            encodings.Add(ParquetEncoding.RleDictionary);
        }
        else
        {
            encodings.Add(ParquetEncoding.Plain);
        }

        var dataPageOffset = offset + chunk.WrittenCount;
        var levels = new int[Math.Min(pageRows, Math.Max(count, 1))];
        var firstValue = 0;
        for (var pageStart = 0; pageStart < count || (count == 0 && pageStart == 0); pageStart += pageRows)
        {
            var pageCount = Math.Min(pageRows, count - pageStart);
            var body = new ArrayBufferWriter<byte>();
            var valueCount = 0;
            for (var r = pageStart; r < pageStart + pageCount; r++)
            {
                levels[r - pageStart] = valid[r] ? 1 : 0;
                valueCount += levels[r - pageStart];
            }

            if (!required)
            {
                var encoded = new ArrayBufferWriter<byte>();
                RleBitPackedHybridEncoder.Encode(levels.AsSpan(0, pageCount), 1, encoded);
                BinaryPrimitives.WriteInt32LittleEndian(body.GetSpan(4), encoded.WrittenCount);
                body.Advance(4);
                body.Write(encoded.WrittenSpan);
            }

            values.Encode(firstValue, valueCount, body);
            firstValue += valueCount;
            var encoding = values.Dictionary is null ? ParquetEncoding.Plain : ParquetEncoding.RleDictionary;
            uncompressed += WritePage(chunk, body.WrittenSpan, snappy, thrift =>
            {
                thrift.FieldI32(1, (int)PageType.DataPage);
                return () =>
                {
                    thrift.FieldStruct(5);
                    thrift.FieldI32(1, pageCount);
                    thrift.FieldI32(2, (int)encoding);
                    thrift.FieldI32(3, (int)ParquetEncoding.Rle);
                    thrift.FieldI32(4, (int)ParquetEncoding.Rle);
                    thrift.EndStruct();
                };
            });

            if (count == 0)
            {
                break;
            }
        }

        return new WrittenColumnChunk(chunk.WrittenSpan.ToArray(), uncompressed, offset, type, [.. encodings], dataPageOffset, dictionaryOffset, nulls, min, max);
    }

    /// <summary>
    /// A page header (type, sizes, CRC-32 of the page's stored bytes, then the type's own header
    /// written by the callback's continuation, whose field ids follow the CRC's) and the page,
    /// compressed when asked. Returns the header and page size before compression.
    /// </summary>
    private static long WritePage(ArrayBufferWriter<byte> chunk, ReadOnlySpan<byte> body, bool snappy, Func<ThriftCompactEncoder, Action> header)
    {
        ReadOnlySpan<byte> stored = snappy ? SnappyEncoder.Compress(body) : body;
        var thrift = new ThriftCompactEncoder();
        thrift.BeginStruct();
        var typeHeader = header(thrift);
        thrift.FieldI32(2, body.Length);
        thrift.FieldI32(3, stored.Length);
        thrift.FieldI32(4, unchecked((int)System.IO.Hashing.Crc32.HashToUInt32(stored)));
        typeHeader();
        thrift.EndStruct();
        chunk.Write(thrift.WrittenSpan);
        chunk.Write(stored);
        return thrift.WrittenSpan.Length + body.Length;
    }

    private static void WriteByteArray(byte[] value, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(4);
        BinaryPrimitives.WriteInt32LittleEndian(span, value.Length);
        output.Advance(4);
        output.Write(value);
    }

    private static ChunkValues ValuesOf(Column column, int start, int count, out PhysicalType type, out byte[]? min, out byte[]? max)
    {
        var valid = column.Valid.AsSpan(start, count);
        switch (column)
        {
            case DoubleColumn doubles:
            {
                type = PhysicalType.Double;
                var present = Present(doubles.Values.AsSpan(start, count), valid);
                (min, max) = DoubleRange(present);
                return new ChunkValues((first, n, output) =>
                {
                    foreach (var value in present.AsSpan(first, n))
                    {
                        BinaryPrimitives.WriteDoubleLittleEndian(output.GetSpan(8), value);
                        output.Advance(8);
                    }
                });
            }

            case Int64Column or TimestampColumn:
            {
                type = PhysicalType.Int64;
                var source = column is Int64Column integers ? integers.Values : ((TimestampColumn)column).Microseconds;
                var present = Present(source.AsSpan(start, count), valid);
                (min, max) = (null, null);
                if (present.Length > 0)
                {
                    (min, max) = (Int64Bytes(present.Min()), Int64Bytes(present.Max()));
                }

                return new ChunkValues((first, n, output) =>
                {
                    foreach (var value in present.AsSpan(first, n))
                    {
                        BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), value);
                        output.Advance(8);
                    }
                });
            }

            case DateColumn dates:
            {
                type = PhysicalType.Int32;
                var present = Present(dates.Days.AsSpan(start, count), valid);
                (min, max) = (null, null);
                if (present.Length > 0)
                {
                    (min, max) = (Int32Bytes(present.Min()), Int32Bytes(present.Max()));
                }

                return new ChunkValues((first, n, output) =>
                {
                    foreach (var value in present.AsSpan(first, n))
                    {
                        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), value);
                        output.Advance(4);
                    }
                });
            }

            case BoolColumn booleans:
            {
                type = PhysicalType.Boolean;
                var present = Present(booleans.Values.AsSpan(start, count), valid);
                (min, max) = (null, null);
                if (present.Length > 0)
                {
                    (min, max) = ([present.Contains(false) ? (byte)0 : (byte)1], [present.Contains(true) ? (byte)1 : (byte)0]);
                }

                return new ChunkValues((first, n, output) =>
                {
                    // PLAIN booleans: one bit each, least significant bit first.
                    var length = (n + 7) / 8;
                    var span = output.GetSpan(length)[..length];
                    span.Clear();
                    for (var i = 0; i < n; i++)
                    {
                        if (present[first + i])
                        {
                            span[i >> 3] |= (byte)(1 << (i & 7));
                        }
                    }

                    output.Advance(length);
                });
            }

            case StringColumn strings:
                type = PhysicalType.ByteArray;
                return StringValues(strings, start, count, out min, out max);

            default:
                throw new ArgumentException($"Column '{column.Name}' is a {column.GetType().Name}, which the Parquet writer does not know.", nameof(column));
        }
    }

    private static ChunkValues StringValues(StringColumn strings, int start, int count, out byte[]? min, out byte[]? max)
    {
        var valid = strings.Valid.AsSpan(start, count);
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<byte[]>();
        var indices = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (!valid[i])
            {
                continue;
            }

            var value = strings.Values[start + i] ?? string.Empty;
            if (!indexOf.TryGetValue(value, out var index))
            {
                index = entries.Count;
                indexOf.Add(value, index);
                entries.Add(Encode(strings.Name, value));
            }

            indices.Add(index);
        }

        (min, max) = (null, null);
        foreach (var entry in entries)
        {
            // Statistics of UTF-8 strings compare their bytes as unsigned, which is code point order.
            if (min is null || entry.AsSpan().SequenceCompareTo(min) < 0)
            {
                min = entry;
            }

            if (max is null || entry.AsSpan().SequenceCompareTo(max) > 0)
            {
                max = entry;
            }
        }

        if (indices.Count > 0 && entries.Count <= MaxDictionaryEntries && entries.Count * 2 <= indices.Count)
        {
            var bitWidth = Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(entries.Count - 1, 0)));
            return new ChunkValues(
                (first, n, output) =>
                {
                    output.GetSpan(1)[0] = (byte)bitWidth;
                    output.Advance(1);
                    RleBitPackedHybridEncoder.Encode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(indices).Slice(first, n), bitWidth, output);
                },
                entries);
        }

        return new ChunkValues((first, n, output) =>
        {
            for (var i = first; i < first + n; i++)
            {
                WriteByteArray(entries[indices[i]], output);
            }
        });
    }

    private static byte[] Encode(string column, string value)
    {
        try
        {
            return Utf8.GetBytes(value);
        }
        catch (EncoderFallbackException error)
        {
            throw new ArgumentException($"Column '{column}' holds a string that is not valid UTF-16 (a lone surrogate), which Parquet's UTF-8 strings cannot hold.", nameof(column), error);
        }
    }

    private static T[] Present<T>(ReadOnlySpan<T> values, ReadOnlySpan<bool> valid)
    {
        var count = 0;
        foreach (var v in valid)
        {
            count += v ? 1 : 0;
        }

        var present = new T[count];
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

    /// <summary>
    /// Min and max of the non-NaN values, none when all are NaN; a zero minimum is written as -0.0
    /// and a zero maximum as +0.0, as the format asks, so a reader never excludes a zero of either sign.
    /// </summary>
    private static (byte[]? Min, byte[]? Max) DoubleRange(double[] values)
    {
        double? min = null, max = null;
        foreach (var value in values)
        {
            if (double.IsNaN(value))
            {
                continue;
            }

            min = min is null || value < min ? value : min;
            max = max is null || value > max ? value : max;
        }

        if (min is not { } low || max is not { } high)
        {
            return (null, null);
        }

        return (DoubleBytes(low == 0 ? -0.0 : low), DoubleBytes(high == 0 ? 0.0 : high));
    }

    private static byte[] DoubleBytes(double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Int64Bytes(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Int32Bytes(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    /// <summary>How a chunk's non-null values are written into a page: <c>Encode(first, count, output)</c>, and the dictionary if any.</summary>
    private sealed record ChunkValues(Action<int, int, IBufferWriter<byte>> Encode, List<byte[]>? Dictionary = null);
}
