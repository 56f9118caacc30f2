using MonitorsAsCode.Engine.History;

namespace MonitorsAsCode.Engine.Tests.History;

public sealed class HistorySchemaTests
{
    [Theory]
    [InlineData("2026-11-16T00:00:00Z", 1_794_787_200_000_000L)] // python3: (datetime(2026,11,16,tzinfo=utc) - epoch).total_seconds() * 1e6
    [InlineData("1970-01-01T00:00:00.000001Z", 1L)]
    [InlineData("1969-12-31T23:59:59.999999Z", -1L)]
    public void Instants_are_microseconds_since_the_unix_epoch(string text, long expected)
    {
        var instant = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        HistorySchema.ToMicroseconds(instant).Should().Be(expected);
        HistorySchema.FromMicroseconds(expected).Should().Be(instant);
    }

    [Fact]
    public void Sub_microsecond_ticks_round_towards_the_past_on_both_sides_of_the_epoch()
    {
        HistorySchema.ToMicroseconds(DateTimeOffset.UnixEpoch.AddTicks(19)).Should().Be(1);
        HistorySchema.ToMicroseconds(DateTimeOffset.UnixEpoch.AddTicks(-1)).Should().Be(-1);
        HistorySchema.ToMicroseconds(DateTimeOffset.UnixEpoch.AddTicks(-10)).Should().Be(-1);
        HistorySchema.ToMicroseconds(DateTimeOffset.UnixEpoch.AddTicks(-11)).Should().Be(-2);
    }

    [Fact]
    public void Every_migration_step_exists_up_to_the_current_version()
    {
        HistorySchema.Migrations.Should().HaveCount(HistorySchema.Version);
        HistorySchema.Migrations[0].Should().Contain(s => s.Contains("PRIMARY KEY (monitor_id, window_start, window_end)", StringComparison.Ordinal));
    }
}
