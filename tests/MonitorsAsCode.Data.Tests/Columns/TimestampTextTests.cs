using MonitorsAsCode.Data.Columns;

namespace MonitorsAsCode.Data.Tests.Columns;

[UseCulture("de-DE")]
public sealed class TimestampTextTests
{
    /// <summary>
    /// Dates from numpy 1.24 (Debian /usr/bin/python3): <c>np.datetime_as_string(np.datetime64(v, 'us'))</c>,
    /// which covers the whole int64 microsecond range; the expanded-year sign and padding are ISO 8601's.
    /// </summary>
    [Theory]
    [InlineData(-1, "1969-12-31T23:59:59.999999Z")]
    [InlineData(-62_135_596_800_000_000, "0001-01-01T00:00:00Z")]
    [InlineData(253_402_300_799_999_999, "9999-12-31T23:59:59.999999Z")]
    [InlineData(253_402_300_800_000_000, "+010000-01-01T00:00:00Z")]
    [InlineData(-62_135_596_800_000_001, "+000000-12-31T23:59:59.999999Z")]
    [InlineData(9_089_380_393_200_000_000, "+290000-12-30T23:00:00Z")]
    [InlineData(long.MaxValue, "+294247-01-10T04:00:54.775807Z")]
    [InlineData(-9_223_372_036_854_775_807, "-290308-12-21T19:59:05.224193Z")]
    public void Every_int64_microsecond_is_written_as_iso_8601(long microseconds, string expected)
    {
        TimestampText.Format(microseconds).Should().Be(expected);
    }

    [Fact]
    public void Instant_beyond_year_9999_has_no_date_time_offset_but_has_text()
    {
        var column = new TimestampColumn("t", [long.MaxValue], [true]);

        var convert = () => column.ToDateTimeOffset(0);

        convert.Should().Throw<ArgumentOutOfRangeException>();
        column.FormatValue(0).Should().Be("+294247-01-10T04:00:54.775807Z");
    }

    /// <summary>Dates from numpy 1.24: <c>np.datetime_as_string(np.datetime64(d, 'D'))</c> for day counts d since 1970-01-01.</summary>
    [Theory]
    [InlineData(0, "1970-01-01")]
    [InlineData(-719_162, "0001-01-01")]
    [InlineData(2_932_896, "9999-12-31")]
    [InlineData(2_932_897, "+010000-01-01")]
    [InlineData(int.MaxValue, "+5881580-07-11")]
    [InlineData(int.MinValue, "-5877641-06-23")]
    public void Every_int32_day_is_written_as_an_iso_8601_date(int days, string expected)
    {
        TimestampText.FormatDate(days).Should().Be(expected);
        new DateColumn("d", [days], [true]).FormatValue(0).Should().Be(expected);
    }

    [Theory]
    [InlineData(1_500_000, "1970-01-01T00:00:01Z")]
    [InlineData(-1, "1969-12-31T23:59:59Z")]
    [InlineData(9_089_380_393_200_000_001, "+290000-12-30T23:00:00Z")]
    public void Instants_are_written_to_the_second_rounding_down(long microseconds, string expected)
    {
        TimestampText.FormatSeconds(microseconds).Should().Be(expected);
    }

    [Fact]
    public void Only_instants_within_years_0001_to_9999_become_date_time_offsets()
    {
        TimestampText.ToInstant(0).Should().Be(DateTimeOffset.UnixEpoch);
        TimestampText.ToInstant(253_402_300_799_999_999).Should().Be(DateTimeOffset.MaxValue.AddTicks(-9));
        TimestampText.ToInstant(253_402_300_800_000_000).Should().BeNull();
        TimestampText.ToInstant(long.MinValue).Should().BeNull();
    }
}
