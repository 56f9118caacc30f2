using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Compression;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Reads the pages of one flat column chunk in order — dictionary page, version 1 and 2 data pages,
/// skipping index pages — verifying page checksums, decompressing, decoding definition levels and
/// values, and converting them to <typeparamref name="T"/>. Rows are handed out in batches that
/// need not line up with pages, or fed page by page to an accumulator (<see cref="Scan"/>), where
/// nulls are counted straight from the definition levels and dictionary-encoded text is handed over
/// as codes. Owns the chunk's bytes (rented) and returns them on dispose.
/// </summary>
internal sealed class ColumnChunkReader<T> : IColumnChunkSource
{
    private readonly ColumnChunkLocation location;
    private readonly ParquetColumn column;
    private readonly byte[] chunk;
    private readonly int chunkLength;
    private readonly long chunkFileOffset;
    private readonly long totalValues;
    private readonly ValueConverter<T> converter;
    private readonly Func<string, T[], bool[], Column> create;
    private readonly PageDecompressor decompressor;
    private readonly DecodeScratch scratch = new();
    private readonly PooledBuffer<T> pageValues = new();
    private readonly PooledBuffer<int> levels = new();
    private readonly PooledBuffer<bool> presence = new();

    private int offset;
    private int page = -1;
    private long pageFileOffset;
    private long valuesLoaded;
    private T[]? dictionary;
    private int pageLeft;
    private int levelPosition;
    private int valuePosition;
    private bool pageHasLevels;
    private bool disposed;
    private long rowsHandedOut;
    private ColumnAccumulator? sink;

    /// <param name="location">Where the chunk is, for errors.</param>
    /// <param name="column">The column the chunk belongs to.</param>
    /// <param name="chunk">The chunk's bytes, rented from <see cref="ArrayPool{T}.Shared"/>; this reader returns them.</param>
    /// <param name="chunkLength">How many bytes of <paramref name="chunk"/> are the chunk.</param>
    /// <param name="chunkFileOffset">Where the chunk starts in the file.</param>
    /// <param name="codec">The chunk's compression.</param>
    /// <param name="totalValues">Values in the chunk, from its metadata.</param>
    /// <param name="converter">Turns decoded values into <typeparamref name="T"/>.</param>
    /// <param name="create">Makes the column of a batch.</param>
    public ColumnChunkReader(
        ColumnChunkLocation location,
        ParquetColumn column,
        byte[] chunk,
        int chunkLength,
        long chunkFileOffset,
        CompressionCodec codec,
        long totalValues,
        ValueConverter<T> converter,
        Func<string, T[], bool[], Column> create)
    {
        this.location = location;
        this.column = column;
        this.chunk = chunk;
        this.chunkLength = chunkLength;
        this.chunkFileOffset = chunkFileOffset;
        this.totalValues = totalValues;
        this.converter = converter;
        this.create = create;
        decompressor = new PageDecompressor(codec);
    }

    public long Remaining => totalValues - rowsHandedOut;

    public Column Read(int rows)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var values = new T[rows];
        var valid = new bool[rows];
        try
        {
            Fill(values, valid);
        }
        catch (Exception error) when (error is ParquetFormatException or ThriftProtocolException or InvalidDataException or NotSupportedException)
        {
            throw Located(error);
        }

        rowsHandedOut += rows;
        return create(column.Name, values, valid);
    }

    public void Scan(ColumnAccumulator accumulator)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (rowsHandedOut != 0)
        {
            throw new InvalidOperationException("A column chunk is scanned from its start, not after rows were read.");
        }

        sink = accumulator;
        try
        {
            while (valuesLoaded < totalValues)
            {
                LoadDataPage();
            }
        }
        catch (Exception error) when (error is ParquetFormatException or ThriftProtocolException or InvalidDataException or NotSupportedException)
        {
            throw Located(error);
        }
        finally
        {
            sink = null;
        }

        pageLeft = 0;
        rowsHandedOut = totalValues;
    }

    private Snapshots.SnapshotReadException Located(Exception error) => page < 0
        ? location.Error(error.Message, inner: error)
        : location.Error(error.Message, page, pageFileOffset, error);

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ArrayPool<byte>.Shared.Return(chunk);
        decompressor.Dispose();
        scratch.Dispose();
        pageValues.Dispose();
        levels.Dispose();
        presence.Dispose();
    }

    private void Fill(Span<T> values, Span<bool> valid)
    {
        var filled = 0;
        var buffered = pageValues.Array;
        var levelArray = levels.Array;
        while (filled < values.Length)
        {
            if (pageLeft == 0)
            {
                LoadDataPage();
                buffered = pageValues.Array;
                levelArray = levels.Array;
                continue;
            }

            var n = Math.Min(values.Length - filled, pageLeft);
            if (!pageHasLevels)
            {
                buffered.AsSpan(valuePosition, n).CopyTo(values[filled..]);
                valid.Slice(filled, n).Fill(true);
                valuePosition += n;
            }
            else
            {
                var max = column.MaxDefinitionLevel;
                for (var i = 0; i < n; i++)
                {
                    if (levelArray[levelPosition + i] == max)
                    {
                        valid[filled + i] = true;
                        values[filled + i] = buffered[valuePosition++];
                    }
                }

                levelPosition += n;
            }

            pageLeft -= n;
            filled += n;
        }
    }

    /// <summary>Reads pages until one with values is loaded.</summary>
    private void LoadDataPage()
    {
        while (true)
        {
            if (offset >= chunkLength)
            {
                page = -1;
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the column chunk ends after {valuesLoaded} of the {totalValues} values its metadata declares"));
            }

            page++;
            pageFileOffset = chunkFileOffset + offset;
            var reader = new ThriftCompactReader(chunk.AsSpan(offset, chunkLength - offset));
            var header = PageHeader.Read(ref reader);
            offset += reader.Position;
            if (header.CompressedPageSize > chunkLength - offset)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the page claims {header.CompressedPageSize} bytes but the column chunk has {chunkLength - offset} left"));
            }

            var data = chunk.AsSpan(offset, header.CompressedPageSize);
            offset += header.CompressedPageSize;
            if (header.Crc is { } crc)
            {
                var actual = System.IO.Hashing.Crc32.HashToUInt32(data);
                if (actual != unchecked((uint)crc))
                {
                    throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"page checksum mismatch: the header records CRC-32 {unchecked((uint)crc):x8} but the page's bytes give {actual:x8}; the file is corrupt"));
                }
            }

            switch (header.Type)
            {
                case PageType.DictionaryPage when sink is { NeedsValues: false }:
                    // Counting nulls needs no dictionary.
                    break;
                case PageType.DictionaryPage:
                    LoadDictionary(header, data);
                    break;
                case PageType.DataPage:
                    if (LoadVersion1(header, data))
                    {
                        return;
                    }

                    break;
                case PageType.DataPageV2:
                    if (LoadVersion2(header, data))
                    {
                        return;
                    }

                    break;
                default:
                    // Index pages and page types from later versions of the format carry no values.
                    break;
            }
        }
    }

    private void LoadDictionary(PageHeader header, ReadOnlySpan<byte> data)
    {
        var dictionaryHeader = header.DictionaryPage ?? throw new ParquetFormatException("a dictionary page has no dictionary page header");
        if (dictionary is not null)
        {
            throw new ParquetFormatException("the column chunk has a second dictionary page");
        }

        if (dictionaryHeader.Encoding is not (ParquetEncoding.Plain or ParquetEncoding.PlainDictionary))
        {
            throw new ParquetFormatException("dictionary page encoding " + Name(dictionaryHeader.Encoding) + " is not supported");
        }

        var count = dictionaryHeader.NumValues;
        var bytes = decompressor.Decompress(data, header.UncompressedPageSize);
        if (count < 0 || PlainDecoder.MinimumBytes(column.Physical, column.TypeLength, count) > bytes.Length)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the dictionary page declares {count} values but holds {bytes.Length} bytes"));
        }

        var values = new T[count];
        PlainDecoder.Decode(column.Physical, column.TypeLength, bytes, converter, values, scratch);
        dictionary = values;
    }

    private bool LoadVersion1(PageHeader header, ReadOnlySpan<byte> data)
    {
        var dataHeader = header.DataPage ?? throw new ParquetFormatException("a data page has no data page header");
        var count = CheckValueCount(dataHeader.NumValues);
        if (sink is { NeedsValues: false, NeedsRowPresence: false })
        {
            CountVersion1Nulls(dataHeader, header.UncompressedPageSize, data, count);
            return count > 0;
        }

        var bytes = decompressor.Decompress(data, header.UncompressedPageSize);
        var present = count;
        if (column.MaxDefinitionLevel > 0)
        {
            switch (dataHeader.DefinitionLevelEncoding)
            {
                case ParquetEncoding.Rle when sink is { NeedsRowPresence: false }:
                    {
                        var runs = LengthPrefixedLevels(bytes);
                        present = new RleBitPackedHybridDecoder(runs, BitUnpacking.WidthOf(column.MaxDefinitionLevel)).CountEqual(count, column.MaxDefinitionLevel);
                        bytes = bytes[(4 + runs.Length)..];
                        break;
                    }

                case ParquetEncoding.Rle:
                    {
                        var runs = LengthPrefixedLevels(bytes);
                        new RleBitPackedHybridDecoder(runs, BitUnpacking.WidthOf(column.MaxDefinitionLevel)).Decode(levels.Get(count));
                        bytes = bytes[(4 + runs.Length)..];
                        present = CountPresent(count);
                        break;
                    }

                case ParquetEncoding.BitPacked:
                    bytes = bytes[DecodeBitPackedLevels(bytes, count)..];
                    present = CountPresent(count);
                    break;
                default:
                    throw new ParquetFormatException("definition level encoding " + Name(dataHeader.DefinitionLevelEncoding) + " is not supported");
            }
        }

        StartPage(count, present);
        if (sink is not null)
        {
            FeedPage(dataHeader.Encoding, bytes, count, present);
        }
        else
        {
            DecodeValues(dataHeader.Encoding, bytes, present);
        }

        return count > 0;
    }

    /// <summary>
    /// Counts a version 1 page's nulls for an accumulator that wants no values: nothing to decompress for a
    /// required column; otherwise only as much of the page as holds its RLE definition levels, which come first.
    /// Corruption in the values is then not seen; it is reported when the values are read.
    /// </summary>
    private void CountVersion1Nulls(DataPageHeader dataHeader, int uncompressedSize, ReadOnlySpan<byte> data, int count)
    {
        var present = count;
        if (column.MaxDefinitionLevel > 0)
        {
            if (dataHeader.DefinitionLevelEncoding == ParquetEncoding.Rle)
            {
                var head = decompressor.DecompressPrefix(data, uncompressedSize, 4);
                var length = head.Length >= 4 ? BinaryPrimitives.ReadUInt32LittleEndian(head) : 0;
                var bytes = length <= (uint)(uncompressedSize - 4) ? decompressor.DecompressPrefix(data, uncompressedSize, 4 + (int)length) : decompressor.Decompress(data, uncompressedSize);
                var runs = LengthPrefixedLevels(bytes);
                present = new RleBitPackedHybridDecoder(runs, BitUnpacking.WidthOf(column.MaxDefinitionLevel)).CountEqual(count, column.MaxDefinitionLevel);
            }
            else
            {
                var bytes = decompressor.Decompress(data, uncompressedSize);
                if (dataHeader.DefinitionLevelEncoding != ParquetEncoding.BitPacked)
                {
                    throw new ParquetFormatException("definition level encoding " + Name(dataHeader.DefinitionLevelEncoding) + " is not supported");
                }

                DecodeBitPackedLevels(bytes, count);
                present = CountPresent(count);
            }
        }

        StartPage(count, present);
        sink!.AddNulls(count - present); // only called while scanning
        sink.AddSkippedValues(present);
    }

    private bool LoadVersion2(PageHeader header, ReadOnlySpan<byte> data)
    {
        var v2 = header.DataPageV2 ?? throw new ParquetFormatException("a version 2 data page has no data page header");
        var count = CheckValueCount(v2.NumValues);
        var levelLength = (long)v2.RepetitionLevelsByteLength + v2.DefinitionLevelsByteLength;
        if (v2.RepetitionLevelsByteLength < 0 || v2.DefinitionLevelsByteLength < 0 || levelLength > data.Length || levelLength > header.UncompressedPageSize)
        {
            throw new ParquetFormatException("the level lengths of a version 2 data page do not fit in the page");
        }

        var present = count;
        if (column.MaxDefinitionLevel > 0)
        {
            var definition = data.Slice(v2.RepetitionLevelsByteLength, v2.DefinitionLevelsByteLength);
            var decoder = new RleBitPackedHybridDecoder(definition, BitUnpacking.WidthOf(column.MaxDefinitionLevel));
            if (sink is { NeedsRowPresence: false })
            {
                present = decoder.CountEqual(count, column.MaxDefinitionLevel);
            }
            else
            {
                decoder.Decode(levels.Get(count));
                present = CountPresent(count);
            }
        }

        StartPage(count, present);
        if (sink is not null && (!sink.NeedsValues || present == 0))
        {
            // Version 2 pages keep their levels outside the compressed values: counting nulls needs no decompression.
            AnnouncePresence(count, present);
            sink.AddNulls(count - present);
            if (!sink.NeedsValues)
            {
                sink.AddSkippedValues(present);
            }

            return count > 0;
        }

        var section = data[(int)levelLength..];
        var bytes = v2.IsCompressed ? decompressor.Decompress(section, header.UncompressedPageSize - (int)levelLength) : section;
        if (sink is not null)
        {
            FeedPage(v2.Encoding, bytes, count, present);
        }
        else
        {
            DecodeValues(v2.Encoding, bytes, present);
        }

        return count > 0;
    }

    private int CheckValueCount(int count)
    {
        if (count < 0 || count > totalValues - valuesLoaded)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the page declares {count} values but only {totalValues - valuesLoaded} of the column chunk's {totalValues} remain"));
        }

        return count;
    }

    private void StartPage(int count, int present)
    {
        valuesLoaded += count;
        pageLeft = count;
        pageHasLevels = column.MaxDefinitionLevel > 0 && present < count;
        levelPosition = 0;
        valuePosition = 0;
    }

    /// <summary>The runs of RLE-encoded levels after their 4-byte length.</summary>
    private static ReadOnlySpan<byte> LengthPrefixedLevels(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            throw new ParquetFormatException("the page ends before its definition levels");
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        if (length > (uint)(bytes.Length - 4))
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"the definition levels claim {length} bytes but the page has {bytes.Length - 4} left"));
        }

        return bytes.Slice(4, (int)length);
    }

    /// <summary>The deprecated BIT_PACKED level encoding: most significant bit first, no header.</summary>
    private int DecodeBitPackedLevels(ReadOnlySpan<byte> bytes, int count)
    {
        var width = BitUnpacking.WidthOf(column.MaxDefinitionLevel);
        var length = BitUnpacking.BytesFor(count, width);
        if (length > bytes.Length)
        {
            throw new ParquetFormatException("the page ends inside its bit-packed definition levels");
        }

        var destination = levels.Get(count);
        long bit = 0;
        for (var i = 0; i < count; i++)
        {
            var value = 0;
            for (var b = 0; b < width; b++, bit++)
            {
                value = (value << 1) | ((bytes[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1);
            }

            destination[i] = value;
        }

        return (int)length;
    }

    private int CountPresent(int count)
    {
        var max = column.MaxDefinitionLevel;
        var present = 0;
        foreach (var level in levels.Array.AsSpan(0, count))
        {
            if (level == max)
            {
                present++;
            }
            else if ((uint)level > (uint)max)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"a definition level of {level} exceeds the column's maximum of {max}"));
            }
        }

        return present;
    }

    /// <summary>
    /// Tells an accumulator that lines rows up which of the page's rows hold a value: from the definition levels,
    /// decoded whenever it asks (see <see cref="ColumnAccumulator.NeedsRowPresence"/>) and the page has a null.
    /// </summary>
    private void AnnouncePresence(int count, int present)
    {
        var accumulator = sink!; // only called while scanning
        if (!accumulator.NeedsRowPresence)
        {
            return;
        }

        if (present == count)
        {
            accumulator.AddPresence(count, []);
            return;
        }

        var flags = presence.Get(count);
        var max = column.MaxDefinitionLevel;
        var decoded = levels.Array.AsSpan(0, count);
        for (var i = 0; i < flags.Length; i++)
        {
            flags[i] = decoded[i] == max;
        }

        accumulator.AddPresence(count, flags);
    }

    /// <summary>Hands a loaded page to the accumulator: its nulls, then its values, as dictionary codes when it can.</summary>
    private void FeedPage(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count, int present)
    {
        var accumulator = sink!; // only called while scanning
        AnnouncePresence(count, present);
        accumulator.AddNulls(count - present);
        if (!accumulator.NeedsValues)
        {
            accumulator.AddSkippedValues(present);
            return;
        }

        if (present == 0)
        {
            return;
        }

        if (typeof(T) == typeof(string) && encoding is ParquetEncoding.PlainDictionary or ParquetEncoding.RleDictionary)
        {
            var indices = DecodeIndices(data, present, out var values);
            accumulator.AddStringCodes(indices, Unsafe.As<string?[]>(values));
            return;
        }

        if (encoding == ParquetEncoding.Plain && IsStoredAsIs())
        {
            // PLAIN doubles and signed longs are already the values: hand over the page's bytes without a copy.
            var width = column.Physical == PhysicalType.Double ? sizeof(double) : sizeof(long);
            if ((long)present * width > data.Length)
            {
                throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"PLAIN data of {data.Length} bytes is too short for {present} values"));
            }

            var stored = data[..(present * width)];
            if (typeof(T) == typeof(double))
            {
                accumulator.AddDoubles(MemoryMarshal.Cast<byte, double>(stored));
            }
            else
            {
                accumulator.AddInt64s(MemoryMarshal.Cast<byte, long>(stored));
            }

            return;
        }

        DecodeValues(encoding, data, present);
        var decoded = pageValues.Array.AsSpan(0, present);
        ref var first = ref MemoryMarshal.GetReference(decoded);
        if (typeof(T) == typeof(double))
        {
            accumulator.AddDoubles(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, double>(ref first), present));
        }
        else if (typeof(T) == typeof(long))
        {
            accumulator.AddInt64s(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, long>(ref first), present));
        }
        else if (typeof(T) == typeof(int))
        {
            accumulator.AddInt32s(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, int>(ref first), present));
        }
        else if (typeof(T) == typeof(bool))
        {
            accumulator.AddBooleans(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, bool>(ref first), present));
        }
        else
        {
            accumulator.AddStrings(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, string?>(ref first), present));
        }
    }

    /// <summary>Whether a PLAIN value of this column is its own decoded value: a DOUBLE read as Double, a signed INT64 read as Int64.</summary>
    private bool IsStoredAsIs() =>
        (typeof(T) == typeof(double) && column.Physical == PhysicalType.Double && column.Semantics == ValueSemantics.Real)
        || (typeof(T) == typeof(long) && column.Physical == PhysicalType.Int64 && column.Semantics == ValueSemantics.SignedInteger && converter is Int64ValueConverter);

    private void DecodeValues(ParquetEncoding encoding, ReadOnlySpan<byte> data, int count)
    {
        var destination = pageValues.Get(count);
        if (count == 0)
        {
            return;
        }

        var physical = column.Physical;
        switch (encoding)
        {
            case ParquetEncoding.Plain:
                PlainDecoder.Decode(physical, column.TypeLength, data, converter, destination, scratch);
                break;
            case ParquetEncoding.PlainDictionary:
            case ParquetEncoding.RleDictionary:
                DecodeDictionaryIndices(data, destination);
                break;
            case ParquetEncoding.Rle when physical == PhysicalType.Boolean:
                DecodeRleBooleans(data, destination);
                break;
            case ParquetEncoding.DeltaBinaryPacked when physical is PhysicalType.Int32 or PhysicalType.Int64:
                DecodeDeltaIntegers(data, destination);
                break;
            case ParquetEncoding.DeltaLengthByteArray when physical == PhysicalType.ByteArray:
                converter.FromBytes(DeltaLengthByteArrayDecoder.Decode(data, count, scratch, out _), destination);
                break;
            case ParquetEncoding.DeltaByteArray when physical is PhysicalType.ByteArray or PhysicalType.FixedLenByteArray:
                converter.FromBytes(DeltaByteArrayDecoder.Decode(data, count, scratch), destination);
                break;
            case ParquetEncoding.ByteStreamSplit when physical is not (PhysicalType.Boolean or PhysicalType.ByteArray or PhysicalType.Int96):
                {
                    var width = physical switch
                    {
                        PhysicalType.Int32 or PhysicalType.Float => 4,
                        PhysicalType.Int64 or PhysicalType.Double => 8,
                        _ => column.TypeLength,
                    };
                    if ((long)count * width > data.Length)
                    {
                        throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"BYTE_STREAM_SPLIT data of {data.Length} bytes is too short for {count} values of {width} bytes"));
                    }

                    var bytes = scratch.Bytes.Get(count * width);
                    ByteStreamSplitDecoder.Decode(data, width, count, bytes);
                    PlainDecoder.Decode(physical, column.TypeLength, bytes, converter, destination, scratch);
                    break;
                }

            default:
                throw new ParquetFormatException("value encoding " + Name(encoding) + " is not supported for " + column.TypeDescription + " columns");
        }
    }

    private void DecodeDictionaryIndices(ReadOnlySpan<byte> data, Span<T> destination)
    {
        var indices = DecodeIndices(data, destination.Length, out var values);
        for (var i = 0; i < indices.Length; i++)
        {
            destination[i] = values[indices[i]];
        }
    }

    /// <summary>The page's <paramref name="count"/> dictionary indices, each checked to lie inside <paramref name="values"/>.</summary>
    private Span<int> DecodeIndices(ReadOnlySpan<byte> data, int count, out T[] values)
    {
        values = dictionary ?? throw new ParquetFormatException("a dictionary-encoded page comes without a dictionary page");
        if (data.IsEmpty)
        {
            throw new ParquetFormatException("a dictionary-encoded page has no index bit width");
        }

        var indices = scratch.Indices.Get(count);
        new RleBitPackedHybridDecoder(data[1..], data[0]).Decode(indices);
        var largest = BitUnpacking.MaxUnsigned(indices);
        if (largest >= (uint)values.Length)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"dictionary index {largest} is out of range; the dictionary has {values.Length} values"));
        }

        return indices;
    }

    private void DecodeRleBooleans(ReadOnlySpan<byte> data, Span<T> destination)
    {
        if (data.Length < 4)
        {
            throw new ParquetFormatException("RLE boolean data ends before its length");
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(data);
        if (length > (uint)(data.Length - 4))
        {
            throw new ParquetFormatException("RLE boolean data is shorter than its length says");
        }

        var bits = scratch.Ints.Get(destination.Length);
        new RleBitPackedHybridDecoder(data.Slice(4, (int)length), 1).Decode(bits);
        var booleans = scratch.Booleans.Get(destination.Length);
        for (var i = 0; i < bits.Length; i++)
        {
            if ((uint)bits[i] > 1)
            {
                throw new ParquetFormatException("an RLE boolean is neither 0 nor 1");
            }

            booleans[i] = bits[i] == 1;
        }

        converter.FromBooleans(booleans, destination);
    }

    private void DecodeDeltaIntegers(ReadOnlySpan<byte> data, Span<T> destination)
    {
        var decoder = new DeltaBinaryPackedDecoder(data);
        if (decoder.TotalCount != destination.Length)
        {
            throw new ParquetFormatException(string.Create(CultureInfo.InvariantCulture, $"DELTA_BINARY_PACKED holds {decoder.TotalCount} values where {destination.Length} were expected"));
        }

        var longs = scratch.Longs.Get(destination.Length);
        decoder.Decode(longs);
        if (column.Physical == PhysicalType.Int64)
        {
            converter.FromInt64(longs, destination);
            return;
        }

        var ints = scratch.Ints.Get(destination.Length);
        for (var i = 0; i < ints.Length; i++)
        {
            ints[i] = unchecked((int)longs[i]);
        }

        converter.FromInt32(ints, destination);
    }

    private static string Name(ParquetEncoding encoding) => encoding switch
    {
        ParquetEncoding.Plain => "PLAIN",
        ParquetEncoding.PlainDictionary => "PLAIN_DICTIONARY",
        ParquetEncoding.Rle => "RLE",
        ParquetEncoding.BitPacked => "BIT_PACKED",
        ParquetEncoding.DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        ParquetEncoding.DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        ParquetEncoding.DeltaByteArray => "DELTA_BYTE_ARRAY",
        ParquetEncoding.RleDictionary => "RLE_DICTIONARY",
        ParquetEncoding.ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => ((int)encoding).ToString(CultureInfo.InvariantCulture),
    };
}
