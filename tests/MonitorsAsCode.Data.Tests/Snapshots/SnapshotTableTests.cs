using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Csv;
using MonitorsAsCode.Data.JsonLines;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;

namespace MonitorsAsCode.Data.Tests.Snapshots;

[UseCulture("de-DE")]
public sealed class SnapshotTableTests
{
    private const int Rows = 65_536 + 1_000;

    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    private static readonly ColumnRequest[] Requests =
    [
        new("d", ColumnKind.Double),
        new("i", ColumnKind.Int64),
        new("b", ColumnKind.Bool),
        new("s", ColumnKind.String),
        new("t", ColumnKind.Timestamp),
        new("day", ColumnKind.Date),
    ];

    [Fact]
    public void Load_joins_every_kind_across_csv_batches_in_row_order()
    {
        var content = new StringBuilder("d,i,b,s,t,day\n");
        for (var row = 0; row < Rows; row++)
        {
            if (row % 5 == 4)
            {
                content.Append(",,,,,\n");
                continue;
            }

            content.Append(Invariant(row / 8.0)).Append(',')
                .Append(Invariant(row)).Append(',')
                .Append(row % 2 == 0 ? "true" : "false").Append(',')
                .Append("s").Append(Invariant(row % 10)).Append(',')
                .Append(Instant(row).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture)).Append(',')
                .Append(DateOnly.FromDayNumber(Epoch + (row % 1000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        using var file = TemporaryFile.WithText(".csv", content.ToString());

        AssertJoined(SnapshotTable.Load(new CsvSnapshotReader(file.Path), Requests), file.Path);
    }

    [Fact]
    public void Load_joins_every_kind_across_json_lines_batches_in_row_order()
    {
        var content = new StringBuilder();
        for (var row = 0; row < Rows; row++)
        {
            if (row % 5 == 4)
            {
                content.Append(row % 10 == 4 ? "{}\n" : "{\"d\":null,\"i\":null,\"b\":null,\"s\":null,\"t\":null,\"day\":null}\n");
                continue;
            }

            content.Append("{\"d\":").Append(Invariant(row / 8.0))
                .Append(",\"i\":").Append(Invariant(row))
                .Append(",\"b\":").Append(row % 2 == 0 ? "true" : "false")
                .Append(",\"s\":\"s").Append(Invariant(row % 10))
                .Append("\",\"t\":\"").Append(Instant(row).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture))
                .Append("\",\"day\":\"").Append(DateOnly.FromDayNumber(Epoch + (row % 1000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("\"}\n");
        }

        using var file = TemporaryFile.WithText(".ndjson", content.ToString());

        AssertJoined(SnapshotTable.Load(SnapshotReaders.Open(file.Path), Requests), file.Path);
    }

    private static DateTimeOffset Instant(int row) =>
        new DateTimeOffset(2026, 11, 14, 8, 30, 0, TimeSpan.FromHours(row % 3 - 1)).AddTicks(row * 10L);

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static void AssertJoined(SnapshotTable table, string path)
    {
        table.Path.Should().Be(path);
        table.RowCount.Should().Be(Rows);
        table.Schema.Fields.Select(f => f.Name).Should().Equal("d", "i", "b", "s", "t", "day");
        foreach (var request in Requests)
        {
            table[request.Name].Length.Should().Be(Rows);
            table[request.Name].NullCount.Should().Be(Rows / 5);
        }

        var doubles = (DoubleColumn)table["d"];
        var ints = (Int64Column)table["i"];
        var bools = (BoolColumn)table["b"];
        var strings = (StringColumn)table["s"];
        var times = (TimestampColumn)table["t"];
        var days = (DateColumn)table["day"];
        for (var row = 0; row < Rows; row++)
        {
            var present = row % 5 != 4;
            if (doubles.Valid[row] != present || strings.Valid[row] != present || times.Valid[row] != present)
            {
                throw new Xunit.Sdk.XunitException("null mask wrong at row " + Invariant(row));
            }

            if (present && (doubles.Values[row] != row / 8.0 || ints.Values[row] != row || bools.Values[row] != (row % 2 == 0)
                || strings.Values[row] != "s" + Invariant(row % 10)
                || times.Microseconds[row] != (Instant(row).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10
                || days.Days[row] != row % 1000))
            {
                throw new Xunit.Sdk.XunitException("value wrong at row " + Invariant(row));
            }

            if (!present && strings.Values[row] is not null)
            {
                throw new Xunit.Sdk.XunitException("null string holds a value at row " + Invariant(row));
            }
        }
    }
}
