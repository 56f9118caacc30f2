using MonitorsAsCode.Data.Tests.Thrift;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Builds small Parquet files for tests, written from the format specification: one row group,
/// each column one uncompressed version 1 data page whose values the test supplies already
/// encoded, definition levels (for optional columns) as a bit-packed run. Annotations are written
/// as the test asks, so logical types no fixture has can be exercised.
/// </summary>
internal sealed class ParquetFileBuilder
{
    private readonly List<ColumnSpec> columns = [];
    private bool typeOrders;
    private long? rowGroupRows;
    private long? fileRows;

    /// <summary>Writes <c>column_orders</c> with TYPE_ORDER for every column, as current writers do.</summary>
    public ParquetFileBuilder WithTypeDefinedOrders()
    {
        typeOrders = true;
        return this;
    }

    /// <summary>Writes <paramref name="rows"/> as the row group's <c>num_rows</c> instead of the columns' row count.</summary>
    public ParquetFileBuilder WithRowGroupRows(long rows)
    {
        rowGroupRows = rows;
        return this;
    }

    /// <summary>Writes <paramref name="rows"/> as the file's <c>num_rows</c> instead of the columns' row count.</summary>
    public ParquetFileBuilder WithFileRows(long rows)
    {
        fileRows = rows;
        return this;
    }

    /// <summary>Adds a column. <paramref name="defined"/> marks the non-null rows of an optional column; <paramref name="values"/> holds only those.</summary>
    public ParquetFileBuilder Column(
        string name,
        int physicalType,
        byte[] values,
        int rows,
        bool[]? defined = null,
        int? convertedType = null,
        Action<ThriftCompactWriter>? logicalType = null,
        int typeLength = 0,
        int scale = 0,
        int precision = 0,
        int encoding = 0,
        int? numValuesOverride = null,
        bool legacyBitPackedLevels = false,
        Action<ThriftCompactWriter>? statistics = null)
    {
        columns.Add(new ColumnSpec(name, physicalType, values, rows, defined, convertedType, logicalType, typeLength, scale, precision, encoding, numValuesOverride, legacyBitPackedLevels, statistics));
        return this;
    }

    public byte[] Build()
    {
        var rows = columns.Count == 0 ? 0 : columns[0].Rows;
        var file = new List<byte>("PAR1"u8.ToArray());
        var offsets = new List<(long Offset, int Length)>();
        foreach (var column in columns)
        {
            var page = new List<byte>();
            if (column.Defined is { } legacy && column.LegacyBitPackedLevels)
            {
                page.AddRange(MostSignificantBitFirst(legacy));
            }
            else if (column.Defined is { } defined)
            {
                var levels = BitPackedLevels(defined);
                page.AddRange(ThriftCompactWriter.LittleEndian(levels.Length));
                page.AddRange(levels);
            }

            page.AddRange(column.Values);
            var header = new ThriftCompactWriter()
                .I32(1, 0)
                .I32(2, page.Count)
                .I32(3, page.Count)
                .Struct(5).I32(1, column.NumValuesOverride ?? column.Rows).I32(2, column.Encoding).I32(3, column.LegacyBitPackedLevels ? 4 : 3).I32(4, 3).End()
                .End()
                .ToArray();
            offsets.Add((file.Count, header.Length + page.Count));
            file.AddRange(header);
            file.AddRange(page);
        }

        var meta = new ThriftCompactWriter().I32(1, 1);
        meta.List(2, 12, columns.Count + 1);
        meta.BeginStruct().String(4, "schema").I32(5, columns.Count).End();
        foreach (var column in columns)
        {
            meta.BeginStruct().I32(1, column.PhysicalType);
            if (column.TypeLength > 0)
            {
                meta.I32(2, column.TypeLength);
            }

            meta.I32(3, column.Defined is null ? 0 : 1).String(4, column.Name);
            if (column.ConvertedType is { } converted)
            {
                meta.I32(6, converted);
            }

            if (column.Scale > 0 || column.Precision > 0)
            {
                meta.I32(7, column.Scale).I32(8, column.Precision);
            }

            if (column.LogicalType is { } logical)
            {
                meta.Struct(10);
                logical(meta);
                meta.End();
            }

            meta.End();
        }

        meta.I64(3, fileRows ?? rows);
        meta.List(4, 12, 1).BeginStruct();
        meta.List(1, 12, columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            meta.BeginStruct().I64(2, offsets[i].Offset).Struct(3)
                .I32(1, column.PhysicalType)
                .List(2, 5, 2).ElementI32(0).ElementI32(3)
                .List(3, 8, 1).ElementString(column.Name)
                .I32(4, 0)
                .I64(5, column.Rows)
                .I64(6, offsets[i].Length)
                .I64(7, offsets[i].Length)
                .I64(9, offsets[i].Offset);
            if (column.Statistics is { } statistics)
            {
                meta.Struct(12);
                statistics(meta);
                meta.End();
            }

            meta.End().End();
        }

        meta.I64(2, file.Count).I64(3, rowGroupRows ?? rows).End();
        meta.String(6, "MonitorsAsCode test builder");
        if (typeOrders)
        {
            meta.List(7, 12, columns.Count);
            foreach (var unused in columns)
            {
                meta.BeginStruct().Struct(1).End().End();
            }
        }

        meta.End();
        var footer = meta.ToArray();
        file.AddRange(footer);
        file.AddRange(ThriftCompactWriter.LittleEndian(footer.Length));
        file.AddRange("PAR1"u8.ToArray());
        return [.. file];
    }

    /// <summary>Little-endian bytes of <paramref name="values"/>, as PLAIN stores numbers.</summary>
    public static byte[] Plain<T>(params T[] values)
        where T : unmanaged => System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    /// <summary>PLAIN byte arrays: each with its 4-byte length.</summary>
    public static byte[] PlainBinary(params byte[][] values)
    {
        var bytes = new List<byte>();
        foreach (var value in values)
        {
            bytes.AddRange(ThriftCompactWriter.LittleEndian(value.Length));
            bytes.AddRange(value);
        }

        return [.. bytes];
    }

    /// <summary>One bit-packed run of 1-bit levels (RLE/bit-packed hybrid, header = groups &lt;&lt; 1 | 1).</summary>
    private static byte[] BitPackedLevels(bool[] defined)
    {
        var groups = (defined.Length + 7) / 8;
        var bytes = new List<byte>();
        for (var header = (ulong)((groups << 1) | 1); ; header >>= 7)
        {
            bytes.Add((byte)(header < 0x80 ? header : (header & 0x7F) | 0x80));
            if (header < 0x80)
            {
                break;
            }
        }

        var packed = new byte[groups];
        for (var i = 0; i < defined.Length; i++)
        {
            if (defined[i])
            {
                packed[i / 8] |= (byte)(1 << (i % 8));
            }
        }

        bytes.AddRange(packed);
        return [.. bytes];
    }

    /// <summary>The deprecated BIT_PACKED level encoding: 1-bit levels, most significant bit first, no header.</summary>
    private static byte[] MostSignificantBitFirst(bool[] defined)
    {
        var bytes = new byte[(defined.Length + 7) / 8];
        for (var i = 0; i < defined.Length; i++)
        {
            if (defined[i])
            {
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return bytes;
    }

    private sealed record ColumnSpec(
        string Name,
        int PhysicalType,
        byte[] Values,
        int Rows,
        bool[]? Defined,
        int? ConvertedType,
        Action<ThriftCompactWriter>? LogicalType,
        int TypeLength,
        int Scale,
        int Precision,
        int Encoding,
        int? NumValuesOverride,
        bool LegacyBitPackedLevels,
        Action<ThriftCompactWriter>? Statistics);
}
