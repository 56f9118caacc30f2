using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.IO;
using MonitorsAsCode.Data.Tests.Snapshots;
using MonitorsAsCode.Data.Tests.Thrift;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// Types, casts, batching and projection, on files built for each case by <see cref="ParquetFileBuilder"/>
/// (Thrift physical type ids: 0 BOOLEAN, 1 INT32, 2 INT64, 3 INT96, 4 FLOAT, 5 DOUBLE, 6 BYTE_ARRAY, 7 FIXED_LEN_BYTE_ARRAY).
/// </summary>
[UseCulture("de-DE")]
public sealed class ParquetSnapshotReaderTests
{
    [Fact]
    public void Date_is_days_since_1970()
    {
        var table = Load(new ParquetFileBuilder().Column("d", 1, ParquetFileBuilder.Plain(0, 19_723, -1), 3, logicalType: w => w.Struct(6).End()), ("d", ColumnKind.Date));

        ((DateColumn)table["d"]).Days.Should().Equal(0, UnixTime.Days(2024, 1, 1), -1);
    }

    [Fact]
    public void Timestamps_of_every_unit_become_microseconds_nanoseconds_floored()
    {
        var builder = new ParquetFileBuilder()
            .Column("ms", 2, ParquetFileBuilder.Plain(1_700_000_000_123L, -1L), 2, logicalType: Timestamp(unit: 1, utc: true))
            .Column("us", 2, ParquetFileBuilder.Plain(1_700_000_000_123_456L, -1L), 2, logicalType: Timestamp(unit: 2, utc: false))
            .Column("ns", 2, ParquetFileBuilder.Plain(1_700_000_000_123_456_789L, -1L), 2, logicalType: Timestamp(unit: 3, utc: true))
            .Column("legacy_ms", 2, ParquetFileBuilder.Plain(86_400_000L, 0L), 2, convertedType: 9);

        var table = Load(builder, ("ms", ColumnKind.Timestamp), ("us", ColumnKind.Timestamp), ("ns", ColumnKind.Timestamp), ("legacy_ms", ColumnKind.Timestamp));

        ((TimestampColumn)table["ms"]).Microseconds.Should().Equal(1_700_000_000_123_000, -1_000);
        ((TimestampColumn)table["us"]).Microseconds.Should().Equal(1_700_000_000_123_456, -1);
        ((TimestampColumn)table["ns"]).Microseconds.Should().Equal(1_700_000_000_123_456, -1);
        ((TimestampColumn)table["legacy_ms"]).Microseconds.Should().Equal(UnixTime.Microseconds("1970-01-02T00:00:00Z"), 0);
    }

    [Fact]
    public void Integers_of_every_width_and_sign_are_Int64()
    {
        var builder = new ParquetFileBuilder()
            .Column("i8", 1, ParquetFileBuilder.Plain(-5, 127), 2, logicalType: Integer(8, signed: true))
            .Column("u8", 1, ParquetFileBuilder.Plain(255, 0), 2, convertedType: 11)
            .Column("u32", 1, ParquetFileBuilder.Plain(-1, 7), 2, logicalType: Integer(32, signed: false))
            .Column("u64", 2, ParquetFileBuilder.Plain(long.MaxValue, 7L), 2, convertedType: 14)
            .Column("i64", 2, ParquetFileBuilder.Plain(long.MinValue, 7L), 2);

        var table = Load(builder, ("i8", ColumnKind.Int64), ("u8", ColumnKind.Int64), ("u32", ColumnKind.Int64), ("u64", ColumnKind.Int64), ("i64", ColumnKind.Int64));

        ((Int64Column)table["i8"]).Values.Should().Equal(-5, 127);
        ((Int64Column)table["u8"]).Values.Should().Equal(255, 0);
        ((Int64Column)table["u32"]).Values.Should().Equal(uint.MaxValue, 7);
        ((Int64Column)table["u64"]).Values.Should().Equal(long.MaxValue, 7);
        ((Int64Column)table["i64"]).Values.Should().Equal(long.MinValue, 7);
    }

    [Fact]
    public void Unsigned_64_bit_value_above_Int64_is_an_error_as_Int64_and_exact_as_Double()
    {
        var builder = new ParquetFileBuilder().Column("u", 2, ParquetFileBuilder.Plain(-1L, 1L), 2, logicalType: Integer(64, signed: false));
        using var file = TemporaryFile.WithBytes(".parquet", builder.Build());
        var reader = new ParquetSnapshotReader(file.Path);

        var asInt64 = () => SnapshotTable.Load(reader, [new("u", ColumnKind.Int64)]);
        var asDouble = SnapshotTable.Load(reader, [new("u", ColumnKind.Double)]);

        asInt64.Should().Throw<SnapshotReadException>().Which.Message.Should().Contain("column 'u'").And.Contain("18446744073709551615").And.Contain("Double");
        ((DoubleColumn)asDouble["u"]).Values.Should().Equal(18446744073709551615d, 1);
    }

    [Fact]
    public void Decimals_are_the_nearest_double()
    {
        byte[] big = [.. System.Numerics.BigInteger.Parse("-123456789012345678901234567", CultureInfo.InvariantCulture).ToByteArray(isUnsigned: false, isBigEndian: true)];
        var padded = new byte[16];
        padded.AsSpan().Fill(0xFF);
        big.CopyTo(padded, 16 - big.Length);
        var builder = new ParquetFileBuilder()
            .Column("i32", 1, ParquetFileBuilder.Plain(-12345), 1, logicalType: Decimal(9, 2))
            .Column("i64", 2, ParquetFileBuilder.Plain(123456789L), 1, convertedType: 5, scale: 4, precision: 18)
            .Column("flba", 7, padded, 1, logicalType: Decimal(38, 7), typeLength: 16)
            .Column("binary", 6, ParquetFileBuilder.PlainBinary([0x01, 0x00]), 1, logicalType: Decimal(5, 1));

        var table = Load(builder, ("i32", ColumnKind.Double), ("i64", ColumnKind.Double), ("flba", ColumnKind.Double), ("binary", ColumnKind.Double));

        ((DoubleColumn)table["i32"]).Values.Should().Equal(-123.45);
        ((DoubleColumn)table["i64"]).Values.Should().Equal(12345.6789);
        ((DoubleColumn)table["flba"]).Values.Should().Equal(-12345678901234567890.1234567);
        ((DoubleColumn)table["binary"]).Values.Should().Equal(25.6);
    }

    [Fact]
    public void Texts_uuids_and_half_floats_have_their_own_readings()
    {
        var uuid = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");
        var builder = new ParquetFileBuilder()
            .Column("json", 6, ParquetFileBuilder.PlainBinary(Encoding.UTF8.GetBytes("{\"a\":1}")), 1, convertedType: 19)
            .Column("enum", 6, ParquetFileBuilder.PlainBinary(Encoding.UTF8.GetBytes("grün")), 1, logicalType: w => w.Struct(4).End())
            .Column("uuid", 7, uuid.ToByteArray(bigEndian: true), 1, logicalType: w => w.Struct(14).End(), typeLength: 16)
            .Column("half", 7, [0x00, 0x3C], 1, logicalType: w => w.Struct(15).End(), typeLength: 2)
            .Column("time", 1, ParquetFileBuilder.Plain(3_600_000), 1, convertedType: 7);

        var table = Load(builder, ("json", ColumnKind.String), ("enum", ColumnKind.String), ("uuid", ColumnKind.String), ("half", ColumnKind.Double), ("time", ColumnKind.Int64));

        ((StringColumn)table["json"]).Values.Should().Equal("{\"a\":1}");
        ((StringColumn)table["enum"]).Values.Should().Equal("grün");
        ((StringColumn)table["uuid"]).Values.Should().Equal("00112233-4455-6677-8899-aabbccddeeff");
        ((DoubleColumn)table["half"]).Values.Should().Equal(1.0);
        ((Int64Column)table["time"]).Values.Should().Equal([3_600_000_000L], "TIME is microseconds since midnight");
    }

    [Fact]
    public void Optional_column_has_nulls_where_the_definition_level_is_zero()
    {
        var builder = new ParquetFileBuilder().Column("x", 5, ParquetFileBuilder.Plain(1.5, -2.0), 4, defined: [false, true, false, true]);

        var table = Load(builder, ("x", ColumnKind.Double));

        table["x"].Valid.Should().Equal(false, true, false, true);
        ((DoubleColumn)table["x"]).Values.Should().Equal(0, 1.5, 0, -2.0);
    }

    [Fact]
    public void Legacy_bit_packed_definition_levels_are_read_most_significant_bit_first()
    {
        var defined = new[] { true, false, false, true, true, false, true, false, true };
        var builder = new ParquetFileBuilder().Column("x", 1, ParquetFileBuilder.Plain(1, 2, 3, 4, 5), defined.Length, defined: defined, legacyBitPackedLevels: true);

        var table = Load(builder, ("x", ColumnKind.Int64));

        table["x"].Valid.Should().Equal(defined);
        ((Int64Column)table["x"]).Values.Should().Equal(1, 0, 0, 2, 3, 0, 4, 0, 5);
    }

    [Fact]
    public void Timestamp_beyond_year_9999_reads_as_text_with_an_expanded_year()
    {
        var builder = new ParquetFileBuilder().Column("t", 2, ParquetFileBuilder.Plain(long.MaxValue / 2), 1, logicalType: Timestamp(unit: 2, utc: true));
        using var file = TemporaryFile.WithBytes(".parquet", builder.Build());

        var asText = SnapshotTable.Load(new ParquetSnapshotReader(file.Path), [new("t", ColumnKind.String)]);
        var asTimestamp = SnapshotTable.Load(new ParquetSnapshotReader(file.Path), [new("t", ColumnKind.Timestamp)]);

        // numpy 1.24: np.datetime_as_string(np.datetime64(2**62 - 1, 'us')) == '148108-07-06T14:00:27.387903'
        ((StringColumn)asText["t"]).Values.Should().Equal("+148108-07-06T14:00:27.387903Z");
        ((TimestampColumn)asTimestamp["t"]).Microseconds.Should().Equal(long.MaxValue / 2);
    }

    [Fact]
    public void Large_row_group_is_split_into_batches_of_at_most_65536_rows()
    {
        var values = Enumerable.Range(0, 70_000).ToArray();
        using var file = TemporaryFile.WithBytes(".parquet", new ParquetFileBuilder().Column("n", 1, ParquetFileBuilder.Plain(values), values.Length).Build());

        var batches = new ParquetSnapshotReader(file.Path).ReadBatches([new("n", ColumnKind.Int64)]).ToList();

        batches.Select(b => b.RowCount).Should().Equal(65_536, 4_464);
        batches.SelectMany(b => ((Int64Column)b.Columns[0]).Values).Should().Equal(values.Select(v => (long)v));
    }

    [Fact]
    public void Integers_read_as_Double_and_everything_reads_as_invariant_text()
    {
        var path = ParquetFixtures.DuckDb("reference_2k.parquet");

        var batch = new ParquetSnapshotReader(path)
            .ReadBatches([new("id", ColumnKind.Double), new("num_0", ColumnKind.String), new("ts", ColumnKind.String), new("flag_0", ColumnKind.String), new("id", ColumnKind.String)])
            .First();

        ((DoubleColumn)batch.Columns[0]).Values.Take(3).Should().Equal(0, 1, 2);
        ((StringColumn)batch.Columns[1]).Values[0].Should().Be("1.2609791392768868");
        ((StringColumn)batch.Columns[2]).Values[1].Should().Be("2024-01-01T00:21:36Z");
        ((StringColumn)batch.Columns[3]).Values[0].Should().Be("false");
        ((StringColumn)batch.Columns[4]).Values[1].Should().Be("1");
        batch.Columns[1].Valid.Should().Equal(new ParquetSnapshotReader(path).ReadBatches([new("num_0", ColumnKind.Double)]).First().Columns[0].Valid);
    }

    [Theory]
    [InlineData("cat_0", ColumnKind.Int64, "BYTE_ARRAY UTF8", "string", "int64")]
    [InlineData("ts", ColumnKind.Double, "INT64 TIMESTAMP(MICROS,local)", "timestamp", "double")]
    [InlineData("num_0", ColumnKind.Int64, "DOUBLE", "double", "int64")]
    [InlineData("flag_0", ColumnKind.Double, "BOOLEAN", "bool", "double")]
    public void Incompatible_cast_names_the_column_and_both_types(string column, ColumnKind kind, string stored, string natural, string requested)
    {
        var path = ParquetFixtures.DuckDb("reference_2k.parquet");

        var read = () => new ParquetSnapshotReader(path).ReadBatches([new(column, kind)]);

        read.Should().Throw<SnapshotReadException>().Which.Message.Should()
            .Be($"{path}, column '{column}': is stored as {stored}, read as {natural}, and cannot be cast to {requested}");
    }

    [Fact]
    public void Only_requested_column_chunks_are_decoded()
    {
        // Column 'bad' claims DELTA_BINARY_PACKED over bytes that are not.
        var builder = new ParquetFileBuilder()
            .Column("good", 1, ParquetFileBuilder.Plain(1, 2, 3), 3)
            .Column("bad", 1, [0xFF, 0xFF, 0xFF], 3, encoding: 5);
        using var file = TemporaryFile.WithBytes(".parquet", builder.Build());
        var reader = new ParquetSnapshotReader(file.Path);

        var good = SnapshotTable.Load(reader, [new("good", ColumnKind.Int64)]);
        var bad = () => SnapshotTable.Load(reader, [new("bad", ColumnKind.Int64)]);

        ((Int64Column)good["good"]).Values.Should().Equal(1, 2, 3);
        bad.Should().Throw<SnapshotReadException>().Which.Message.Should().StartWith(file.Path + ", column 'bad': row group 0, page 0 at byte");
    }

    [Fact]
    public void Progress_ends_at_one()
    {
        var progress = new RecordingProgress();

        SnapshotTable.Load(new ParquetSnapshotReader(ParquetFixtures.ParquetTesting("sort_columns.parquet")), [new("a", ColumnKind.Int64)], progress);

        progress.Values.Should().NotBeEmpty().And.BeInAscendingOrder();
        progress.Values[^1].Should().Be(1);
    }

    [Fact]
    public void Cancellation_stops_the_read()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var read = () => new ParquetSnapshotReader(ParquetFixtures.DuckDb("reference_2k.parquet")).ReadBatches([new("id", ColumnKind.Int64)], cancellationToken: cancel.Token).ToList();

        read.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Stopping_early_releases_the_row_groups_being_read()
    {
        var reader = new ParquetSnapshotReader(ParquetFixtures.ParquetTesting("floating_orders_nan_count.parquet"));
        var name = reader.ReadSchema().Fields[0].Name;

        var first = reader.ReadBatches([new(name, ColumnKind.Double)]).First();

        first.RowCount.Should().Be(10);
    }

    [Fact]
    public void Snapshot_readers_open_parquet_files_by_extension()
    {
        SnapshotReaders.Open(ParquetFixtures.DuckDb("reference_2k.parquet")).Should().BeOfType<ParquetSnapshotReader>();
    }

    private static Action<ThriftCompactWriter> Timestamp(short unit, bool utc) => w => w.Struct(8).Bool(1, utc).Struct(2).Struct(unit).End().End().End();

    private static Action<ThriftCompactWriter> Integer(sbyte bits, bool signed) => w => w.Struct(10).Byte(1, bits).Bool(2, signed).End();

    private static Action<ThriftCompactWriter> Decimal(int precision, int scale) => w => w.Struct(5).I32(1, scale).I32(2, precision).End();

    private static SnapshotTable Load(ParquetFileBuilder builder, params (string Name, ColumnKind Kind)[] columns)
    {
        using var file = TemporaryFile.WithBytes(".parquet", builder.Build());
        return SnapshotTable.Load(new ParquetSnapshotReader(file.Path), columns.Select(c => new ColumnRequest(c.Name, c.Kind)).ToList());
    }
}
