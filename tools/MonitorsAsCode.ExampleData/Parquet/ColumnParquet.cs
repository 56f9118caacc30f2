using MonitorsAsCode.Data.Columns;
using Parquet;
using Parquet.Schema;

namespace MonitorsAsCode.ExampleData.Parquet;

/// <summary>
/// Writes the project's columns as one Parquet file with Parquet.Net: one row group, SNAPPY pages,
/// the column kinds as the snapshot readers read them back (Double → DOUBLE, Int64 → INT64, Bool →
/// BOOLEAN, String → BYTE_ARRAY UTF8, Timestamp → INT64 TIMESTAMP(MICROS, UTC)). Parquet.Net is
/// managed code throughout, so the same columns give the same bytes on every machine.
/// </summary>
internal static class ColumnParquet
{
    /// <summary>The file's bytes; columns in <paramref name="required"/> are REQUIRED, the others OPTIONAL.</summary>
    public static byte[] ToBytes(IReadOnlyList<Column> columns, IReadOnlySet<string> required) =>
        WriteAsync(columns, required).GetAwaiter().GetResult();

    private static async Task<byte[]> WriteAsync(IReadOnlyList<Column> columns, IReadOnlySet<string> required)
    {
        var fields = columns.Select(c => Field(c, !required.Contains(c.Name))).ToArray();
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }))
        {
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < columns.Count; i++)
            {
                await WriteColumnAsync(group, fields[i], columns[i]);
            }
        }

        return stream.ToArray();
    }

    private static DataField Field(Column column, bool nullable) => column switch
    {
        DoubleColumn => new DataField<double>(column.Name, nullable),
        Int64Column => new DataField<long>(column.Name, nullable),
        BoolColumn => new DataField<bool>(column.Name, nullable),
        StringColumn => new DataField<string>(column.Name, nullable),
        TimestampColumn => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: nullable),
        _ => throw new ArgumentException($"Column '{column.Name}' of kind {column.Kind} is not written by the example generator.", nameof(column)),
    };

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, Column column) => column switch
    {
        DoubleColumn d => WriteValuesAsync(group, field, d.Values, d.Valid),
        Int64Column n => WriteValuesAsync(group, field, n.Values, n.Valid),
        BoolColumn b => WriteValuesAsync(group, field, b.Values, b.Valid),
        StringColumn s => group.WriteAsync(field, s.Values.Select((v, i) => s.Valid[i] ? v : null).ToArray()),
        TimestampColumn t => WriteValuesAsync(group, field, t.Microseconds.Select(m => DateTime.UnixEpoch.AddTicks(m * 10)).ToArray(), t.Valid),
        _ => throw new ArgumentException($"Column '{column.Name}' is not written by the example generator.", nameof(column)),
    };

    private static Task WriteValuesAsync<T>(ParquetRowGroupWriter group, DataField field, IReadOnlyList<T> values, IReadOnlyList<bool> valid)
        where T : struct
    {
        if (!field.IsNullable)
        {
            return group.WriteAsync<T>(field, values.ToArray().AsMemory());
        }

        var nullable = new T?[values.Count];
        for (var i = 0; i < nullable.Length; i++)
        {
            nullable[i] = valid[i] ? values[i] : null;
        }

        return group.WriteAsync<T>(field, nullable.AsMemory());
    }
}
