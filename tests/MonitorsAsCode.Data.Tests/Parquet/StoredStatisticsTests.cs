using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Scanning;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;
using MonitorsAsCode.Data.Tests.Thrift;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Whole-file statistics from the footer are given only where exact: null counts when every chunk has one,
/// bounds only from <c>min_value</c>/<c>max_value</c> under TYPE_ORDER, never from the deprecated signed
/// <c>min</c>/<c>max</c>, never when marked inexact, never for text. Where given, they equal the decoded answer.
/// </summary>
public sealed class StoredStatisticsTests
{
    private static readonly double[] Values = [2.5, -7.25, 0.0, 1e6];
    private static readonly bool[] Defined = [true, false, true, true, true];

    [Fact]
    public void Every_fixture_s_statistics_equal_the_decoded_nulls_and_bounds()
    {
        var nullsGiven = 0;
        var boundsGiven = 0;
        foreach (var folder in new[] { ParquetFixtures.ParquetTestingFolder, ParquetFixtures.DuckDbFolder })
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.parquet").Order(StringComparer.Ordinal))
            {
                SnapshotTable table;
                try
                {
                    table = ParquetFixtures.LoadAll(path);
                }
                catch (SnapshotReadException)
                {
                    continue;
                }

                var reader = new ParquetSnapshotReader(path);
                var requests = reader.ReadSchema().Fields.Select(f => new ColumnRequest(f.Name, f.Kind!.Value)).ToList();
                var statistics = reader.ReadStatistics(requests);
                for (var i = 0; i < requests.Count; i++)
                {
                    var column = table[requests[i].Name];
                    var where = Path.GetFileName(path) + " " + column.Name;
                    statistics[i].Rows.Should().Be(table.RowCount, where);
                    if (statistics[i].NullCount is { } nulls)
                    {
                        nulls.Should().Be(column.NullCount, where);
                        nullsGiven++;
                    }

                    if (statistics[i].Minimum is not null)
                    {
                        var (low, high) = DecodedBounds(column);
                        statistics[i].Minimum.Should().Be(low, where);
                        statistics[i].Maximum.Should().Be(high, where);
                        boundsGiven++;
                    }
                }
            }
        }

        nullsGiven.Should().BeGreaterThan(100);
        boundsGiven.Should().BeGreaterThan(50);
    }

    [Fact]
    public void A_folder_s_statistics_combine_its_parts()
    {
        var folder = Directory.CreateTempSubdirectory("pqstats-");
        try
        {
            File.Copy(ParquetFixtures.DuckDb("reference_2k.parquet"), Path.Combine(folder.FullName, "part-0.parquet"));
            File.Copy(ParquetFixtures.DuckDb("current_2k.parquet"), Path.Combine(folder.FullName, "part-1.parquet"));
            var reader = (IStoredStatisticsSource)SnapshotReaders.Open(folder.FullName);
            ColumnRequest[] requests = [new("num_2", ColumnKind.Double), new("int_0", ColumnKind.Int64), new("cat_0", ColumnKind.String)];

            var combined = reader.ReadStatistics(requests);
            var parts = new[] { "reference_2k.parquet", "current_2k.parquet" }.Select(f => new ParquetSnapshotReader(ParquetFixtures.DuckDb(f)).ReadStatistics(requests)).ToList();

            for (var i = 0; i < requests.Length; i++)
            {
                combined[i].Rows.Should().Be(4000);
                combined[i].NullCount.Should().Be(parts[0][i].NullCount + parts[1][i].NullCount);
            }

            combined[0].Minimum.Should().Be(Math.Min((double)parts[0][0].Minimum!, (double)parts[1][0].Minimum!));
            combined[0].Maximum.Should().Be(Math.Max((double)parts[0][0].Maximum!, (double)parts[1][0].Maximum!));
            combined[1].Maximum.Should().Be(Math.Max((long)parts[0][1].Maximum!, (long)parts[1][1].Maximum!));
            combined[2].Minimum.Should().BeNull("text bounds are never given");
            var decoded = SnapshotTable.Load((ISnapshotReader)reader, [requests[0]])["num_2"];
            combined[0].NullCount.Should().Be(decoded.NullCount);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Current_bounds_under_type_order_are_given()
    {
        var statistics = Read(Build(typeOrder: true, s => s.I64(3, 1).Binary(5, Bytes(1e6)).Binary(6, Bytes(-7.25))));

        statistics.Should().Be(new StoredColumnStatistics("x", 5, 1, -7.25, 1e6));
    }

    [Fact]
    public void Bounds_without_type_order_are_not_trusted()
    {
        var statistics = Read(Build(typeOrder: false, s => s.I64(3, 1).Binary(5, Bytes(1e6)).Binary(6, Bytes(-7.25))));

        statistics.Should().Be(new StoredColumnStatistics("x", 5, 1, null, null));
    }

    [Fact]
    public void Deprecated_signed_order_bounds_are_never_used()
    {
        var statistics = Read(Build(typeOrder: true, s => s.Binary(1, Bytes(1e6)).Binary(2, Bytes(-7.25)).I64(3, 1)));

        statistics.Should().Be(new StoredColumnStatistics("x", 5, 1, null, null));
    }

    [Fact]
    public void Bounds_marked_inexact_are_not_used()
    {
        var statistics = Read(Build(typeOrder: true, s => s.I64(3, 1).Binary(5, Bytes(1e6)).Binary(6, Bytes(-7.25)).Bool(8, false)));

        statistics.Should().Be(new StoredColumnStatistics("x", 5, 1, null, null));
    }

    [Fact]
    public void Without_a_null_count_nothing_is_known()
    {
        var statistics = Read(Build(typeOrder: true, s => s.Binary(5, Bytes(1e6)).Binary(6, Bytes(-7.25))));

        statistics.Should().Be(new StoredColumnStatistics("x", 5, null, null, null));
    }

    [Fact]
    public void Text_bounds_are_not_given_because_byte_order_is_not_string_order()
    {
        var bytes = new ParquetFileBuilder().WithTypeDefinedOrders()
            .Column("t", 6, ParquetFileBuilder.PlainBinary("b"u8.ToArray(), "a"u8.ToArray()), 2, convertedType: 0, statistics: s => s.I64(3, 0).Binary(5, "b"u8.ToArray()).Binary(6, "a"u8.ToArray()))
            .Build();
        using var file = TemporaryFile.Reserve(".parquet");
        File.WriteAllBytes(file.Path, bytes);

        var statistics = new ParquetSnapshotReader(file.Path).ReadStatistics([new ColumnRequest("t", ColumnKind.String)]);

        statistics.Should().Equal(new StoredColumnStatistics("t", 2, 0, null, null));
    }

    [Fact]
    public void A_column_read_as_another_kind_gets_no_bounds()
    {
        using var file = TemporaryFile.Reserve(".parquet");
        File.WriteAllBytes(file.Path, Build(typeOrder: true, s => s.I64(3, 1).Binary(5, Bytes(1e6)).Binary(6, Bytes(-7.25))));

        var statistics = new ParquetSnapshotReader(file.Path).ReadStatistics([new ColumnRequest("x", ColumnKind.String)]);

        statistics.Should().Equal(new StoredColumnStatistics("x", 5, 1, null, null));
    }

    private static (object? Low, object? High) DecodedBounds(Column column)
    {
        object? low = null, high = null;
        for (var row = 0; row < column.Length; row++)
        {
            if (!column.Valid[row])
            {
                continue;
            }

            switch (column)
            {
                case DoubleColumn doubles when !double.IsNaN(doubles.Values[row]):
                    low = low is null ? doubles.Values[row] + 0.0 : Math.Min((double)low, doubles.Values[row]) + 0.0;
                    high = high is null ? doubles.Values[row] + 0.0 : Math.Max((double)high, doubles.Values[row]) + 0.0;
                    break;
                case Int64Column longs:
                    low = low is null ? longs.Values[row] : Math.Min((long)low, longs.Values[row]);
                    high = high is null ? longs.Values[row] : Math.Max((long)high, longs.Values[row]);
                    break;
                case TimestampColumn times:
                    low = low is null ? times.Microseconds[row] : Math.Min((long)low, times.Microseconds[row]);
                    high = high is null ? times.Microseconds[row] : Math.Max((long)high, times.Microseconds[row]);
                    break;
                case DateColumn dates:
                    low = low is null ? (long)dates.Days[row] : Math.Min((long)low, dates.Days[row]);
                    high = high is null ? (long)dates.Days[row] : Math.Max((long)high, dates.Days[row]);
                    break;
                default:
                    break;
            }
        }

        return (low, high);
    }

    private static byte[] Bytes(double value) => BitConverter.GetBytes(value);

    private static byte[] Build(bool typeOrder, Action<ThriftCompactWriter> statistics)
    {
        var builder = new ParquetFileBuilder();
        if (typeOrder)
        {
            builder.WithTypeDefinedOrders();
        }

        return builder.Column("x", 5, ParquetFileBuilder.Plain(Values), 5, Defined, statistics: statistics).Build();
    }

    private static StoredColumnStatistics Read(byte[] bytes)
    {
        using var file = TemporaryFile.Reserve(".parquet");
        File.WriteAllBytes(file.Path, bytes);
        var reader = new ParquetSnapshotReader(file.Path);
        var statistics = reader.ReadStatistics([new ColumnRequest("x", ColumnKind.Double)]).Single();

        // The file itself must be readable, and agree where the statistics speak.
        var column = SnapshotTable.Load(reader, [new ColumnRequest("x", ColumnKind.Double)])["x"];
        column.NullCount.Should().Be(1);
        return statistics;
    }
}
