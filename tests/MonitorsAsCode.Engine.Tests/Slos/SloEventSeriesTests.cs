using MonitorsAsCode.Engine.Slos;

namespace MonitorsAsCode.Engine.Tests.Slos;

public sealed class SloEventSeriesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Windows_are_open_at_the_start_and_closed_at_the_end()
    {
        var series = Series((T0.AddHours(-1), false), (T0.AddMinutes(-30), true), (T0, true));

        // (T0 - 1h, T0]: the event exactly at the start is outside, the one exactly at the end inside.
        series.Count(T0.AddHours(-1), T0).Should().Be(new EventCounts(2, 2));
        series.Count(T0.AddHours(-1).AddTicks(-10), T0).Should().Be(new EventCounts(2, 3));
        series.Count(T0.AddHours(-1), T0.AddTicks(-10)).Should().Be(new EventCounts(1, 1));
    }

    [Fact]
    public void Events_are_counted_whatever_order_they_come_in()
    {
        var series = Series((T0, true), (T0.AddMinutes(-50), false), (T0.AddMinutes(-10), true), (T0.AddMinutes(-70), false));

        series.Count(T0.AddHours(-1), T0).Should().Be(new EventCounts(2, 3));
        series.DataStart.Should().Be(T0.AddMinutes(-70));
    }

    [Fact]
    public void An_empty_or_reversed_window_counts_nothing_and_has_no_error_ratio()
    {
        var series = Series((T0, false));

        series.Count(T0, T0).Should().Be(new EventCounts(0, 0));
        series.Count(T0, T0.AddHours(-1)).ErrorRatio.Should().BeNull();
    }

    [Fact]
    public void Time_slices_are_aligned_to_the_epoch_and_stamped_at_their_end()
    {
        // 09:00-10:00 holds 3 good and 1 bad (75%); 10:00-11:00 holds 1 good (100%); 11:00-12:00 nothing.
        var series = Series(
            (T0.AddHours(9), true), (T0.AddHours(9.25), true), (T0.AddHours(9.5), false), (T0.AddHours(9.99), true),
            (T0.AddHours(10), true));

        var slices = series.Slices(TimeSpan.FromHours(1), target: 0.75);

        slices.Length.Should().Be(2);
        slices.Count(T0.AddHours(9), T0.AddHours(10)).Should().Be(new EventCounts(1, 1), "the 09:00 slice is good at 75% and ends at 10:00");
        slices.Count(T0.AddHours(10), T0.AddHours(11)).Should().Be(new EventCounts(1, 1));
        series.Slices(TimeSpan.FromHours(1), target: 0.8).Count(T0, T0.AddDays(1)).Should().Be(new EventCounts(1, 2), "75% misses an 80% target");
        slices.DataStart.Should().Be(T0.AddHours(9), "slices keep the start of the raw data");
    }

    [Fact]
    public void A_slice_that_is_not_complete_at_the_as_of_instant_is_not_counted()
    {
        var slices = Series((T0.AddMinutes(5), true)).Slices(TimeSpan.FromHours(1), 0.9);

        slices.Count(T0.AddDays(-1), T0.AddMinutes(30)).Total.Should().Be(0);
        slices.Count(T0.AddDays(-1), T0.AddHours(1)).Total.Should().Be(1);
    }

    internal static SloEventSeries Series(params (DateTimeOffset Time, bool Good)[] events) =>
        SloEventSeries.Create([.. events.Select(e => SloEventSeries.ToMicroseconds(e.Time))], [.. events.Select(e => e.Good)]);
}
