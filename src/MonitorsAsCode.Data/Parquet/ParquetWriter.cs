using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Thrift;

namespace MonitorsAsCode.Data.Parquet;

/// <summary>
/// Writes columns as a Parquet file that any reader can open: a flat schema, one leaf per column,
/// data pages v1, SNAPPY (our own encoder) or UNCOMPRESSED, PLAIN values (strings dictionary-encoded when they repeat),
/// RLE / bit-packed definition levels for OPTIONAL columns, page CRCs, and column-chunk statistics
/// (min/max in the type's order, null counts). The output is a pure function of the columns and
/// options: the same bytes on every run, machine and runtime.
/// </summary>
/// <remarks>
/// Kinds map to Parquet as: Double → DOUBLE; Int64 → INT64; Bool → BOOLEAN; String → BYTE_ARRAY
/// (STRING); Timestamp → INT64 TIMESTAMP(MICROS, UTC-adjusted); Date → INT32 DATE. Follows the
/// Apache Parquet format specification (<c>parquet.thrift</c> and the encodings document).
/// </remarks>
public static class ParquetWriter
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>Writes the file at <paramref name="path"/> through a temporary file (<see cref="AtomicFile"/>), so a failure leaves no half-written file; the folder must exist.</summary>
    public static void WriteFile(string path, IReadOnlyList<Column> columns, ParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        AtomicFile.Write(path, stream => Write(stream, columns, options));
    }

    /// <summary>The file's bytes.</summary>
    public static byte[] ToBytes(IReadOnlyList<Column> columns, ParquetWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, columns, options);
        return stream.ToArray();
    }

    /// <summary>Writes the file to <paramref name="output"/>, which need not be seekable.</summary>
    /// <exception cref="ArgumentException">No columns, columns of different lengths, duplicate or empty names, or a null in a required column.</exception>
    public static void Write(Stream output, IReadOnlyList<Column> columns, ParquetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        options ??= new ParquetWriterOptions();
        var rows = Validate(columns, options);

        long position = 0;
        void Emit(ReadOnlySpan<byte> bytes)
        {
            output.Write(bytes);
            position += bytes.Length;
        }

        Emit(Magic);
        var rowGroups = new List<RowGroupInfo>();
        for (var start = 0; start < rows || (rows == 0 && rowGroups.Count == 0); start += options.RowGroupRows)
        {
            var count = Math.Min(options.RowGroupRows, rows - start);
            var chunks = new List<WrittenColumnChunk>(columns.Count);
            foreach (var column in columns)
            {
                var required = options.RequiredColumns.Contains(column.Name);
                var chunk = ColumnChunkWriter.Write(column, start, count, required, options.PageRows, options.Compression == ParquetCompression.Snappy, position);
                Emit(chunk.Bytes);
                chunks.Add(chunk);
            }

            rowGroups.Add(new RowGroupInfo(count, chunks));
            if (rows == 0)
            {
                break;
            }
        }

        var footer = Footer(columns, options, rows, rowGroups);
        Emit(footer);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footer.Length);
        Emit(length);
        Emit(Magic);
    }

    private static int Validate(IReadOnlyList<Column> columns, ParquetWriterOptions options)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A Parquet file needs at least one column.", nameof(columns));
        }

        if (options.RowGroupRows < 1 || options.PageRows < 1)
        {
            throw new ArgumentException("Row groups and pages must hold at least one row.", nameof(options));
        }

        if (!Enum.IsDefined(options.Compression))
        {
            throw new ArgumentException($"Unknown compression {options.Compression}.", nameof(options));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (string.IsNullOrEmpty(column.Name) || !names.Add(column.Name))
            {
                throw new ArgumentException($"Column names must be non-empty and unique; '{column.Name}' is not.", nameof(columns));
            }

            if (column.Length != columns[0].Length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Column '{column.Name}' has {column.Length} rows but '{columns[0].Name}' has {columns[0].Length}."), nameof(columns));
            }

            if (options.RequiredColumns.Contains(column.Name) && column.NullCount > 0)
            {
                throw new ArgumentException($"Column '{column.Name}' is required but holds nulls.", nameof(columns));
            }
        }

        foreach (var required in options.RequiredColumns)
        {
            if (!names.Contains(required))
            {
                throw new ArgumentException($"Required column '{required}' is not among the columns.", nameof(options));
            }
        }

        return columns[0].Length;
    }

    private static byte[] Footer(IReadOnlyList<Column> columns, ParquetWriterOptions options, int rows, List<RowGroupInfo> rowGroups)
    {
        var thrift = new ThriftCompactEncoder();
        thrift.BeginStruct();
        thrift.FieldI32(1, 1);
        thrift.FieldList(2, ThriftType.Struct, columns.Count + 1);
        thrift.BeginStruct();
        thrift.FieldString(4, "schema");
        thrift.FieldI32(5, columns.Count);
        thrift.EndStruct();
        foreach (var column in columns)
        {
            SchemaElement(thrift, column, options.RequiredColumns.Contains(column.Name));
        }

        thrift.FieldI64(3, rows);
        thrift.FieldList(4, ThriftType.Struct, rowGroups.Count);
        for (var g = 0; g < rowGroups.Count; g++)
        {
            var group = rowGroups[g];
            thrift.BeginStruct();
            thrift.FieldList(1, ThriftType.Struct, group.Chunks.Count);
            long uncompressed = 0, compressed = 0;
            for (var c = 0; c < group.Chunks.Count; c++)
            {
                var chunk = group.Chunks[c];
                uncompressed += chunk.UncompressedSize;
                compressed += chunk.Bytes.Length;
                thrift.BeginStruct();
                thrift.FieldI64(2, chunk.Offset);
                thrift.FieldStruct(3);
                thrift.FieldI32(1, (int)chunk.Type);
                thrift.FieldList(2, ThriftType.I32, chunk.Encodings.Count);
                foreach (var encoding in chunk.Encodings)
                {
                    thrift.I32((int)encoding);
                }

                thrift.FieldList(3, ThriftType.Binary, 1);
                thrift.Binary(Encoding.UTF8.GetBytes(columns[c].Name));
                thrift.FieldI32(4, (int)(options.Compression == ParquetCompression.Snappy ? CompressionCodec.Snappy : CompressionCodec.Uncompressed));
                thrift.FieldI64(5, group.Rows);
                thrift.FieldI64(6, chunk.UncompressedSize);
                thrift.FieldI64(7, chunk.Bytes.Length);
                thrift.FieldI64(9, chunk.DataPageOffset);
                if (chunk.DictionaryPageOffset is { } dictionary)
                {
                    thrift.FieldI64(11, dictionary);
                }

                thrift.FieldStruct(12);
                thrift.FieldI64(3, chunk.NullCount);
                if (chunk.Max is { } max && chunk.Min is { } min)
                {
                    // Exact, never truncated: is_max_value_exact and is_min_value_exact say so.
                    thrift.FieldBinary(5, max);
                    thrift.FieldBinary(6, min);
                    thrift.FieldBool(7, true);
                    thrift.FieldBool(8, true);
                }

                thrift.EndStruct();
                thrift.EndStruct();
                thrift.EndStruct();
            }

            thrift.FieldI64(2, uncompressed);
            thrift.FieldI64(3, group.Rows);
            thrift.FieldI64(5, group.Chunks[0].Offset);
            thrift.FieldI64(6, compressed);
            if (g <= short.MaxValue)
            {
                thrift.FieldI16(7, (short)g);
            }

            thrift.EndStruct();
        }

        thrift.FieldString(6, options.CreatedBy);

        // Every column orders its statistics by its type (TYPE_ORDER), which tells readers min_value/max_value are usable.
        thrift.FieldList(7, ThriftType.Struct, columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            thrift.BeginStruct();
            thrift.FieldStruct(1);
            thrift.EndStruct();
            thrift.EndStruct();
        }

        thrift.EndStruct();
        return thrift.WrittenSpan.ToArray();
    }

    private static void SchemaElement(ThriftCompactEncoder thrift, Column column, bool required)
    {
        var (type, converted) = column.Kind switch
        {
            ColumnKind.Double => (PhysicalType.Double, (ConvertedType?)null),
            ColumnKind.Int64 => (PhysicalType.Int64, null),
            ColumnKind.Bool => (PhysicalType.Boolean, null),
            ColumnKind.String => (PhysicalType.ByteArray, ConvertedType.Utf8),
            ColumnKind.Timestamp => (PhysicalType.Int64, ConvertedType.TimestampMicros),
            ColumnKind.Date => (PhysicalType.Int32, ConvertedType.Date),
            _ => throw new ArgumentException($"Column '{column.Name}' has an unknown kind {column.Kind}.", nameof(column)),
        };

        thrift.BeginStruct();
        thrift.FieldI32(1, (int)type);
        thrift.FieldI32(3, required ? 0 : 1);
        thrift.FieldString(4, column.Name);
        if (converted is { } c)
        {
            thrift.FieldI32(6, (int)c);
            thrift.FieldStruct(10);
            switch (column.Kind)
            {
                case ColumnKind.String:
                    thrift.FieldStruct(1);
                    thrift.EndStruct();
                    break;
                case ColumnKind.Date:
                    thrift.FieldStruct(6);
                    thrift.EndStruct();
                    break;
                default:
                    // TIMESTAMP(isAdjustedToUTC = true, unit = MICROS)
                    thrift.FieldStruct(8);
                    thrift.FieldBool(1, true);
                    thrift.FieldStruct(2);
                    thrift.FieldStruct(2);
                    thrift.EndStruct();
                    thrift.EndStruct();
                    thrift.EndStruct();
                    break;
            }

            thrift.EndStruct();
        }

        thrift.EndStruct();
    }

    private sealed record RowGroupInfo(int Rows, List<WrittenColumnChunk> Chunks);
}
