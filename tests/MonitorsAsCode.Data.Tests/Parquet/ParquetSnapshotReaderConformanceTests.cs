using System.Globalization;
using System.Text;
using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Parquet;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Data.Tests.Snapshots;

namespace MonitorsAsCode.Data.Tests.Parquet;

/// <summary>
/// The apache/parquet-testing files (tests/fixtures/parquet-testing/README.md lists what each one
/// exercises). Expected values come from the upstream expected-value CSVs, from the values upstream
/// readers' own tests assert for these files, or from how the data was generated (named per test).
/// </summary>
[UseCulture("de-DE")]
public sealed class ParquetSnapshotReaderConformanceTests
{
    [Theory]
    [InlineData("delta_binary_packed.parquet", "delta_binary_packed_expect.csv")]
    [InlineData("delta_byte_array.parquet", "delta_byte_array_expect.csv")]
    [InlineData("delta_encoding_optional_column.parquet", "delta_encoding_optional_column_expect.csv")]
    [InlineData("delta_encoding_required_column.parquet", "delta_encoding_required_column_expect.csv")]
    public void Delta_encoded_files_match_their_expected_values(string file, string expected)
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting(file));
        var csv = ParquetFixtures.ReadCsv(ParquetFixtures.ParquetTesting(expected));

        table.RowCount.Should().Be(csv.Count - 1);
        table.Schema.Fields.Should().HaveCount(csv[0].Length);

        // Columns are matched by position: some files' names differ from the CSV header (a trailing ':', a leading space).
        for (var c = 0; c < csv[0].Length; c++)
        {
            var column = table[table.Schema.Fields[c].Name];
            var actual = new string?[column.Length];
            for (var row = 0; row < column.Length; row++)
            {
                actual[row] = column.FormatValue(row);
            }

            var wanted = csv.Skip(1).Select(r => r[c]).ToArray();
            actual.Should().Equal(wanted, $"column {c} ('{column.Name}') of {file}");
        }
    }

    [Fact]
    public void Alltypes_plain_holds_the_well_known_Impala_rows()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("alltypes_plain.parquet"));

        Longs(table, "id").Should().Equal(4, 5, 6, 7, 2, 3, 0, 1);
        ((BoolColumn)table["bool_col"]).Values.Should().Equal(true, false, true, false, true, false, true, false);
        Longs(table, "tinyint_col").Should().Equal(0, 1, 0, 1, 0, 1, 0, 1);
        Longs(table, "smallint_col").Should().Equal(0, 1, 0, 1, 0, 1, 0, 1);
        Longs(table, "int_col").Should().Equal(0, 1, 0, 1, 0, 1, 0, 1);
        Longs(table, "bigint_col").Should().Equal(0, 10, 0, 10, 0, 10, 0, 10);
        Doubles(table, "float_col").Should().Equal(0, 1.1f, 0, 1.1f, 0, 1.1f, 0, 1.1f);
        Doubles(table, "double_col").Should().Equal(0, 10.1, 0, 10.1, 0, 10.1, 0, 10.1);

        // Un-annotated BYTE_ARRAY is binary, shown as base64.
        Base64Texts(table, "date_string_col").Should().Equal("03/01/09", "03/01/09", "04/01/09", "04/01/09", "02/01/09", "02/01/09", "01/01/09", "01/01/09");
        Base64Texts(table, "string_col").Should().Equal("0", "1", "0", "1", "0", "1", "0", "1");
        ((TimestampColumn)table["timestamp_col"]).Microseconds.Should().Equal(
            UnixTime.Microseconds("2009-03-01T00:00:00Z"),
            UnixTime.Microseconds("2009-03-01T00:01:00Z"),
            UnixTime.Microseconds("2009-04-01T00:00:00Z"),
            UnixTime.Microseconds("2009-04-01T00:01:00Z"),
            UnixTime.Microseconds("2009-02-01T00:00:00Z"),
            UnixTime.Microseconds("2009-02-01T00:01:00Z"),
            UnixTime.Microseconds("2009-01-01T00:00:00Z"),
            UnixTime.Microseconds("2009-01-01T00:01:00Z"));
        table["id"].NullCount.Should().Be(0);
    }

    [Fact]
    public void Int96_from_spark_holds_the_six_instants_spark_wrote_including_year_290000()
    {
        // Expected/int96_from_spark_expect.csv: the source strings of upstream int96_from_spark.md, converted by Python.
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Parquet", "Expected", "int96_from_spark_expect.csv"))
            .Where(line => !line.StartsWith('#')).Skip(1).ToArray();
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("int96_from_spark.parquet"));
        var column = (TimestampColumn)table["a"];

        column.Length.Should().Be(expected.Length).And.Be(6);
        for (var row = 0; row < expected.Length; row++)
        {
            column.Valid[row].Should().Be(expected[row].Length > 0, "row {0}", row);
            if (column.Valid[row])
            {
                column.Microseconds[row].Should().Be(long.Parse(expected[row], CultureInfo.InvariantCulture), "row {0}", row);
            }
        }

        column.FormatValue(5).Should().Be("+290000-12-30T23:00:00Z");
        column.FormatValue(2).Should().Be("9999-12-31T03:00:00Z");
    }

    [Fact]
    public void Alltypes_plain_snappy_holds_the_last_two_rows()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("alltypes_plain.snappy.parquet"));

        Longs(table, "id").Should().Equal(6, 7);
        ((BoolColumn)table["bool_col"]).Values.Should().Equal(true, false);
        ((TimestampColumn)table["timestamp_col"]).Microseconds.Should().Equal(UnixTime.Microseconds("2009-04-01T00:00:00Z"), UnixTime.Microseconds("2009-04-01T00:01:00Z"));
    }

    [Fact]
    public void Tiny_pages_files_hold_the_alltypes_table_in_dictionary_and_plain_form_alike()
    {
        var dictionary = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("alltypes_tiny_pages.parquet"));
        var plain = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("alltypes_tiny_pages_plain.parquet"));

        dictionary.RowCount.Should().Be(7300);
        SameValues(dictionary, plain);

        // Impala's functional.alltypes: every id once; the other columns follow id % 10.
        var ids = Longs(dictionary, "id");
        ids.Order().Should().Equal(Enumerable.Range(0, 7300).Select(i => (long)i));
        var dates = (StringColumn)dictionary["date_string_col"];
        var years = Longs(dictionary, "year");
        var months = Longs(dictionary, "month");
        var timestamps = (TimestampColumn)dictionary["timestamp_col"];
        for (var row = 0; row < ids.Length; row++)
        {
            var digit = ids[row] % 10;
            ((BoolColumn)dictionary["bool_col"]).Values[row].Should().Be(digit % 2 == 0);
            Longs(dictionary, "tinyint_col")[row].Should().Be(digit);
            Longs(dictionary, "smallint_col")[row].Should().Be(digit);
            Longs(dictionary, "int_col")[row].Should().Be(digit);
            Longs(dictionary, "bigint_col")[row].Should().Be(digit * 10);
            Doubles(dictionary, "float_col")[row].Should().Be((float)(digit * 1.1));
            Doubles(dictionary, "double_col")[row].Should().Be(digit * 10.1);
            ((StringColumn)dictionary["string_col"]).Values[row].Should().Be(digit.ToString(CultureInfo.InvariantCulture));
            var date = DateTime.ParseExact(dates.Values[row]!, "MM/dd/yy", CultureInfo.InvariantCulture);
            years[row].Should().Be(date.Year);
            months[row].Should().Be(date.Month);

            // The writer shifted the wall-clock times by its time zone, so only the day is near.
            (timestamps.ToDateTimeOffset(row).UtcDateTime - date).Should().BeCloseTo(TimeSpan.FromHours(12), TimeSpan.FromHours(36));
        }
    }

    [Fact]
    public void Int8_and_int16_annotations_and_utf8_are_read_by_their_annotation()
    {
        var schema = new ParquetSnapshotReader(ParquetFixtures.ParquetTesting("alltypes_tiny_pages.parquet")).ReadSchema();

        schema.Find("tinyint_col")!.Kind.Should().Be(ColumnKind.Int64);
        schema.Find("string_col")!.Kind.Should().Be(ColumnKind.String);
        schema.Find("timestamp_col")!.Kind.Should().Be(ColumnKind.Timestamp);
    }

    [Theory]
    [InlineData("int32_decimal.parquet")]
    [InlineData("int64_decimal.parquet")]
    [InlineData("fixed_length_decimal.parquet")]
    [InlineData("byte_array_decimal.parquet")]
    public void Decimals_in_every_physical_type_are_the_numbers_one_to_twenty_four(string file)
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting(file));

        Doubles(table, "value").Should().Equal(Enumerable.Range(1, 24).Select(i => (double)i));
    }

    [Theory]
    [InlineData("hadoop_lz4_compressed.parquet")]
    [InlineData("non_hadoop_lz4_compressed.parquet")]
    [InlineData("lz4_raw_compressed.parquet")]
    public void Every_lz4_flavour_reads_the_same_four_rows(string file)
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting(file));

        Longs(table, "c0").Should().Equal(1593604800, 1593604800, 1593604801, 1593604801);
        Base64Texts(table, "c1").Should().Equal("abc", "def", "abc", "def");
        Doubles(table, "v11").Should().Equal(42.0, 7.7, 42.125, 7.7);
    }

    [Fact]
    public void Larger_lz4_files_hold_the_same_ten_thousand_uuids_hadoop_framed_or_raw()
    {
        var hadoop = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("hadoop_lz4_compressed_larger.parquet"));
        var raw = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("lz4_raw_compressed_larger.parquet"));

        var values = ((StringColumn)hadoop["a"]).Values;
        values.Should().HaveCount(10_000).And.OnlyContain(v => v != null && IsUuid(v));
        values[0].Should().Be("c7ce6bef-d5b0-4863-b199-8ea8c7fb117b");
        ((StringColumn)raw["a"]).Values.Should().Equal(values);
    }

    [Fact]
    public void Byte_stream_split_columns_equal_their_plain_twins()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("byte_stream_split_extended.gzip.parquet"));

        var pairs = 0;
        foreach (var field in table.Schema.Fields)
        {
            if (!field.Name.EndsWith("_plain", StringComparison.Ordinal))
            {
                continue;
            }

            var twin = field.Name[..^"_plain".Length] + "_byte_stream_split";
            var plain = table[field.Name];
            var split = table[twin];
            split.Kind.Should().Be(plain.Kind);
            for (var row = 0; row < plain.Length; row++)
            {
                split.FormatValue(row).Should().Be(plain.FormatValue(row), $"{twin} row {row}");
            }

            pairs++;
        }

        pairs.Should().Be(7);
        table.RowCount.Should().Be(200);
    }

    [Fact]
    public void Byte_stream_split_zstd_floats_are_numpy_seed_zero_normals()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("byte_stream_split.zstd.parquet"));

        // numpy.random.seed(0); numpy.random.randn(): the first six draws, stored as float32.
        double[] normals = [1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675, -0.977277879876411];
        Doubles(table, "f32").Take(6).Should().Equal(normals.Select(v => (double)(float)v));
        table.RowCount.Should().Be(300);
        table["f64"].NullCount.Should().Be(0);
    }

    [Fact]
    public void Delta_length_byte_array_holds_squares_after_a_common_prefix()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("delta_length_byte_array.parquet"));

        ((StringColumn)table["FRUIT"]).Values.Should().Equal(Enumerable.Range(0, 1000).Select(i => "apple_banana_mango" + (i * i).ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Version_2_pages_with_snappy_hold_the_parquet_mr_rows()
    {
        var reader = new ParquetSnapshotReader(ParquetFixtures.ParquetTesting("datapage_v2.snappy.parquet"));
        var table = SnapshotTable.Load(reader, [new("a", ColumnKind.String), new("b", ColumnKind.Int64), new("c", ColumnKind.Double), new("d", ColumnKind.Bool)]);

        ((StringColumn)table["a"]).Values.Should().Equal("abc", "abc", "abc", null, "abc");
        Longs(table, "b").Should().Equal(1, 2, 3, 4, 5);
        Doubles(table, "c").Should().Equal(2, 3, 4, 5, 2);
        ((BoolColumn)table["d"]).Values.Should().Equal(true, true, true, false, true);
    }

    [Fact]
    public void Concatenated_gzip_members_are_all_read()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("concatenated_gzip_members.parquet"));

        Longs(table, "long_col").Should().Equal(Enumerable.Range(1, 513).Select(i => (long)i));
    }

    [Fact]
    public void Binary_values_are_base64()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("binary.parquet"));

        ((StringColumn)table["foo"]).Values.Should().Equal(Enumerable.Range(0, 12).Select(i => Convert.ToBase64String([(byte)i])));
    }

    [Fact]
    public void Unknown_logical_type_falls_back_to_the_physical_type()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("unknown-logical-type.parquet"));

        ((StringColumn)table["column with known type"]).Values.Should().Equal("known string 1", "known string 2", "known string 3");
        Base64Texts(table, "column with unknown type").Should().Equal("unknown string 1", "unknown string 2", "unknown string 3");
    }

    [Theory]
    [InlineData("datapage_v2_empty_datapage.snappy.parquet", 1)]
    [InlineData("page_v2_empty_compressed.parquet", 10)]
    [InlineData("single_nan.parquet", 1)]
    public void Pages_of_nulls_only_read_as_nulls(string file, int rows)
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting(file));

        table.RowCount.Should().Be(rows);
        table[table.Schema.Fields[0].Name].NullCount.Should().Be(rows);
    }

    [Theory]
    [InlineData("int32_with_null_pages.parquet", "int32_field", 1000, 275)]
    [InlineData("fixed_length_byte_array.parquet", "flba_field", 1000, 105)]
    [InlineData("rle_boolean_encoding.parquet", "datatype_boolean", 68, 6)]
    public void Optional_columns_have_the_documented_number_of_nulls(string file, string column, int rows, int nulls)
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting(file));

        table.RowCount.Should().Be(rows);
        table[column].NullCount.Should().Be(nulls);
    }

    [Fact]
    public void Checksummed_pages_read_the_same_compressed_or_not()
    {
        var uncompressed = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("datapage_v1-uncompressed-checksum.parquet"));
        var snappy = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("datapage_v1-snappy-compressed-checksum.parquet"));

        uncompressed.RowCount.Should().Be(5120);
        SameValues(uncompressed, snappy);
    }

    /// <summary>DuckDB 1.5.6: 1,000 rows, <c>long_field</c> always 0, <c>binary_field</c> always this one UUID text (<c>to_base64</c> gives the same).</summary>
    [Theory]
    [InlineData("plain-dict-uncompressed-checksum.parquet", "a655fd0e-9949-4059-bcae-fd6a002a4652")]
    [InlineData("rle-dict-snappy-checksum.parquet", "c95e263a-f5d4-401f-8107-5ca7146a1f98")]
    public void Checksummed_dictionary_pages_hold_one_repeated_row(string file, string text)
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting(file));

        table.RowCount.Should().Be(1000);
        Longs(table, "long_field").Should().AllSatisfy(v => v.Should().Be(0));
        Base64Texts(table, "binary_field").Should().AllBe(text);
        table["long_field"].NullCount.Should().Be(0);
        table["binary_field"].NullCount.Should().Be(0);
    }

    [Fact]
    public void More_than_32767_pages_in_one_chunk_are_all_read()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("overflow_i16_page_cnt.parquet"));

        table.RowCount.Should().Be(40_000);
        table["inc"].NullCount.Should().Be(0);
    }

    [Fact]
    public void Zero_row_file_has_its_columns_and_no_rows()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("column_chunk_key_value_metadata.parquet"));

        table.RowCount.Should().Be(0);
        table.Schema.Fields.Select(f => f.Name).Should().Equal("column1", "column2");
    }

    [Fact]
    public void Row_groups_are_concatenated_in_file_order()
    {
        var reader = new ParquetSnapshotReader(ParquetFixtures.ParquetTesting("floating_orders_nan_count.parquet"));
        var schema = reader.ReadSchema();

        var batches = reader.ReadBatches([new(schema.Fields[0].Name, ColumnKind.Double)]).ToList();

        batches.Should().HaveCount(5, "the file has five row groups and batches never span them");
        batches.Sum(b => b.RowCount).Should().Be(50);
    }

    [Fact]
    public void Dictionary_page_offset_of_zero_is_ignored()
    {
        var table = ParquetFixtures.LoadAll(ParquetFixtures.ParquetTesting("dict-page-offset-zero.parquet"));

        table.RowCount.Should().Be(39);
        Longs(table, "l_partkey").Should().OnlyContain(v => v == 1552);
    }

    private static bool IsUuid(string text) => Guid.TryParseExact(text, "D", out var uuid) && uuid.ToString("D") == text;

    private static long[] Longs(SnapshotTable table, string name) => ((Int64Column)table[name]).Values;

    private static double[] Doubles(SnapshotTable table, string name) => ((DoubleColumn)table[name]).Values;

    private static string?[] Base64Texts(SnapshotTable table, string name) =>
        ((StringColumn)table[name]).Values.Select(v => v is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(v))).ToArray();

    private static void SameValues(SnapshotTable expected, SnapshotTable actual)
    {
        actual.RowCount.Should().Be(expected.RowCount);
        actual.Schema.Should().BeEquivalentTo(expected.Schema);
        foreach (var field in expected.Schema.Fields)
        {
            var a = expected[field.Name];
            var b = actual[field.Name];
            for (var row = 0; row < a.Length; row++)
            {
                b.FormatValue(row).Should().Be(a.FormatValue(row), $"{field.Name} row {row}");
            }
        }
    }
}
