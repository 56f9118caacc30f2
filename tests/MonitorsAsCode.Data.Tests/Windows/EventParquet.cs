using Parquet;
using Parquet.Schema;

namespace MonitorsAsCode.Testing;

/// <summary>
/// Writes small event files with Parquet.Net for the time-window tests (Data and Engine): an optional UTC
/// <c>event_time</c> (milliseconds), an <c>amount</c> and a <c>country</c>, one row group per list of rows, with the
/// column statistics Parquet.Net records.
/// </summary>
/// <remarks>
/// Parquet.Net 6.1 writes no <c>column_orders</c>, so the reader does not trust its bounds (rightly: for a MICROS
/// timestamp it writes them in milliseconds). <see cref="Write"/> with <c>columnOrders: true</c> adds TYPE_ORDER for
/// every column to the footer, as DuckDB and Arrow write it, so files can be pruned by row-group statistics; the
/// timestamps are MILLIS, whose bounds Parquet.Net writes in the column's own unit.
/// </remarks>
internal static class EventParquet
{
    /// <summary>One event.</summary>
    public sealed record Row(DateTime? EventTime, double Amount, string Country);

    /// <summary>Writes <paramref name="rowGroups"/> to <paramref name="path"/> (folders created), one row group each.</summary>
    public static string Write(string path, params IReadOnlyList<Row>[] rowGroups) => Write(path, columnOrders: true, rowGroups);

    /// <summary>Writes <paramref name="rowGroups"/>, with TYPE_ORDER column orders in the footer or, as Parquet.Net writes it, none.</summary>
    public static string Write(string path, bool columnOrders, params IReadOnlyList<Row>[] rowGroups)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a file's path always has a folder
        var time = new DateTimeDataField("event_time", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: true);
        var amount = new DataField<double>("amount", false);
        var country = new DataField<string>("country", false);
        WriteAsync(path, new ParquetSchema(time, amount, country), time, amount, country, rowGroups).GetAwaiter().GetResult();
        if (columnOrders)
        {
            AddTypeOrders(path, 3);
        }

        return path;
    }

    /// <summary>
    /// Adds <c>column_orders</c> (FileMetaData field 7: a list of <paramref name="columns"/> ColumnOrder unions, each
    /// TYPE_ORDER) before the footer's closing stop byte, in Thrift's compact protocol, and rewrites the footer length.
    /// </summary>
    private static void AddTypeOrders(string path, int columns)
    {
        var bytes = File.ReadAllBytes(path);
        var length = BitConverter.ToInt32(bytes, bytes.Length - 8);
        var footerEnd = bytes.Length - 8;
        var added = new List<byte> { 0x09, 0x0E, (byte)((columns << 4) | 0x0C) }; // field 7 (long form), list of structs
        for (var i = 0; i < columns; i++)
        {
            added.AddRange([0x1C, 0x00, 0x00]); // field 1 TYPE_ORDER: an empty struct; end of the union
        }

        var patched = new List<byte>(bytes.Length + added.Count);
        patched.AddRange(bytes.AsSpan(0, footerEnd - 1).ToArray());
        patched.AddRange(added);
        patched.Add(0x00); // FileMetaData's stop
        patched.AddRange(BitConverter.GetBytes(length + added.Count));
        patched.AddRange("PAR1"u8.ToArray());
        File.WriteAllBytes(path, [.. patched]);
    }

    /// <summary>Events spread evenly over the UTC day <paramref name="day"/>: <paramref name="count"/> of them, amounts from <paramref name="firstAmount"/> up by 1.</summary>
    public static List<Row> Day(DateTime day, int count, double firstAmount = 0, string country = "NL")
    {
        var rows = new List<Row>(count);
        var step = TimeSpan.FromDays(1) / count;
        for (var i = 0; i < count; i++)
        {
            rows.Add(new Row(DateTime.SpecifyKind(day, DateTimeKind.Utc) + (step * i), firstAmount + i, country));
        }

        return rows;
    }

    private static async Task WriteAsync(string path, ParquetSchema schema, DateTimeDataField time, DataField<double> amount, DataField<string> country, IReadOnlyList<Row>[] rowGroups)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        foreach (var rows in rowGroups)
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<DateTime>(time, rows.Select(r => r.EventTime).ToArray().AsMemory());
            await group.WriteAsync<double>(amount, rows.Select(r => r.Amount).ToArray().AsMemory());
            await group.WriteAsync(country, rows.Select(r => r.Country).ToArray());
        }
    }
}
