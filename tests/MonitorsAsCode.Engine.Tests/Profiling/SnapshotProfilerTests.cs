using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Engine.Profiling;
using MonitorsAsCode.Engine.Tests.Checks;

namespace MonitorsAsCode.Engine.Tests.Profiling;

[UseCulture("de-DE")]
public sealed class SnapshotProfilerTests : IDisposable
{
    private readonly TemporaryDirectory directory = TemporaryDirectory.Create();

    public void Dispose() => directory.Dispose();

    private static ReferenceCaseFile.ProfileCase Sample => ReferenceCaseFile.Instance.Profile;

    private static string SamplePath => Path.Combine(ReferenceCaseFile.Folder, Sample.File);

    [Fact]
    public void Each_column_gets_the_narrowest_type_its_values_parse_as_in_file_order()
    {
        var profile = SnapshotProfiler.Profile(SamplePath);

        profile.Path.Should().Be(SamplePath);
        profile.Rows.Should().Be(Sample.Rows);
        profile.Columns.Select(c => (c.Name, c.Type)).Should().Equal(
            ("id", ColumnType.Int64),
            ("amount", ColumnType.Double),
            ("approved", ColumnType.Bool),
            ("day", ColumnType.Date),
            ("event_time", ColumnType.Timestamp),
            ("country", ColumnType.String),
            ("mixed", ColumnType.Double));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("amount")]
    [InlineData("mixed")]
    public void Numeric_statistics_agree_with_numpy(string name)
    {
        var expected = Sample.Columns[name];

        var column = Column(SnapshotProfiler.Profile(SamplePath), name);

        column.Count.Should().Be(expected.Count);
        column.Nulls.Should().Be(expected.Nulls);
        Convert.ToDouble(column.Minimum, System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected.Min);
        Convert.ToDouble(column.Maximum, System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected.Max);
        NumericAssert.Measured(column.Mean, expected.Mean, name + " mean");
        NumericAssert.Measured(column.StandardDeviation, expected.Std, name + " sample standard deviation");
        column.Distinct.Should().Be(expected.Distinct);
    }

    [Fact]
    public void Int64_extremes_are_whole_numbers_and_double_extremes_doubles()
    {
        var profile = SnapshotProfiler.Profile(SamplePath);

        Column(profile, "id").Minimum.Should().Be(-1L);
        Column(profile, "id").Maximum.Should().Be(12L);
        Column(profile, "amount").Minimum.Should().Be(-0.25);
        Column(profile, "amount").Maximum.Should().Be(10.0);
    }

    [Fact]
    public void A_bool_column_has_false_and_true_as_extremes_and_its_share_of_true_as_mean()
    {
        var approved = Column(SnapshotProfiler.Profile(SamplePath), "approved");

        approved.Should().Be(new ColumnProfile("approved", ColumnType.Bool, 5, 1, "false", "true", 0.6, null, 2));
    }

    [Fact]
    public void Dates_and_timestamps_have_iso_extremes_in_utc_and_no_mean()
    {
        var profile = SnapshotProfiler.Profile(SamplePath);

        Column(profile, "day").Should().Be(new ColumnProfile("day", ColumnType.Date, 5, 1, "2026-11-01", "2026-11-14", null, null, 4));
        Column(profile, "event_time").Should().Be(
            new ColumnProfile("event_time", ColumnType.Timestamp, 5, 1, "2026-11-01T00:00:00Z", "2026-11-15T10:00:00Z", null, null, 4),
            "2026-11-15T08:30:00+02:00 is 06:30Z, and 10:00Z appears twice");
    }

    [Fact]
    public void Text_has_ordinal_extremes_and_an_exact_distinct_count()
    {
        var country = Column(SnapshotProfiler.Profile(SamplePath), "country");

        country.Should().Be(new ColumnProfile("country", ColumnType.String, 5, 1, "de", "nl", null, null, 4));
    }

    [Fact]
    public void Ones_and_zeros_are_int64_and_true_false_words_are_bool()
    {
        var path = directory.Write("flags.csv", "bits,words,mixed_case\n1,true,TRUE\n0,false,False\n1,true,true\n");

        var profile = SnapshotProfiler.Profile(path);

        profile.Columns.Select(c => c.Type).Should().Equal(ColumnType.Int64, ColumnType.Bool, ColumnType.Bool);
        profile.Columns[2].Mean.Should().BeApproximately(2.0 / 3, 1e-15);
    }

    [Fact]
    public void A_column_with_only_nulls_is_text_without_statistics()
    {
        var path = directory.Write("nulls.csv", "a,b\n1,\n2,\n");

        var b = SnapshotProfiler.Profile(path).Columns[1];

        b.Should().Be(new ColumnProfile("b", ColumnType.String, 0, 2, null, null, null, null, 0));
    }

    [Fact]
    public void NaN_and_infinities_are_counted_and_distinct_but_left_out_of_the_statistics()
    {
        var path = directory.Write("odd.csv", "x\n1\nNaN\n3\ninf\nNaN\n");

        var x = SnapshotProfiler.Profile(path).Columns.Single();

        x.Type.Should().Be(ColumnType.Double);
        x.Count.Should().Be(5);
        x.Nulls.Should().Be(0);
        x.Distinct.Should().Be(4);
        x.Minimum.Should().Be(1.0);
        x.Maximum.Should().Be(3.0);
        x.Mean.Should().Be(2.0);
        x.StandardDeviation.Should().BeApproximately(Math.Sqrt(2), 1e-15);
    }

    [Fact]
    public void A_single_value_has_no_sample_standard_deviation()
    {
        var path = directory.Write("one.csv", "x,y\n2.5,\n,\n");

        var x = SnapshotProfiler.Profile(path).Columns[0];

        x.Should().Be(new ColumnProfile("x", ColumnType.Double, 1, 1, 2.5, 2.5, 2.5, null, 1));
    }

    [Fact]
    public void Distinct_counts_are_exact_beyond_a_sample()
    {
        var path = directory.Write("many.csv", "n,s\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i % 3001},k{i % 2999}\n"))));

        var profile = SnapshotProfiler.Profile(path);

        profile.Rows.Should().Be(5000);
        profile.Columns[0].Distinct.Should().Be(3001);
        profile.Columns[1].Distinct.Should().Be(2999);
    }

    [Fact]
    public void Large_int64_values_keep_their_exact_extremes_and_distinct_count()
    {
        // Snowflake-style ids: neighbours above 2^53 share a double, but not an int64.
        var path = directory.Write("ids.csv", "id\n1234567890123456789\n1234567890123456790\n1234567890123456791\n1234567890123456790\n");

        var id = SnapshotProfiler.Profile(path).Columns.Single();

        id.Type.Should().Be(ColumnType.Int64);
        id.Distinct.Should().Be(3);
        id.Minimum.Should().Be(1234567890123456789L);
        id.Maximum.Should().Be(1234567890123456791L);
    }

    [Fact]
    public void A_header_only_file_profiles_as_empty_text_columns()
    {
        var path = directory.Write("empty.csv", "a,b\n");

        var profile = SnapshotProfiler.Profile(path);

        profile.Rows.Should().Be(0);
        profile.Columns.Should().Equal(
            new ColumnProfile("a", ColumnType.String, 0, 0, null, null, null, null, 0),
            new ColumnProfile("b", ColumnType.String, 0, 0, null, null, null, null, 0));
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var path = directory.PathOf("absent.csv");

        var act = () => SnapshotProfiler.Profile(path);

        act.Should().Throw<SnapshotReadException>().Which.FilePath.Should().Be(path);
    }

    private static ColumnProfile Column(SnapshotProfile profile, string name) =>
        profile.Columns.Should().ContainSingle(c => c.Name == name).Subject;
}
