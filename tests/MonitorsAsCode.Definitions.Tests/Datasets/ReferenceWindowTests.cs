using MonitorsAsCode.Definitions.Datasets;

namespace MonitorsAsCode.Definitions.Tests.Datasets;

public sealed class ReferenceWindowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 8, 17, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_trailing_window_ends_the_offset_before_the_judged_window_starts()
    {
        var spans = ReferenceWindow.Trailing(TimeSpan.FromDays(28), TimeSpan.FromDays(7)).For(Monday, Monday.AddDays(1));

        spans.Should().Equal((Monday.AddDays(-35), Monday.AddDays(-7)));
    }

    [Fact]
    public void A_same_weekday_reference_is_the_judged_hours_in_each_earlier_week_earliest_first()
    {
        var from = Monday.AddHours(9);
        var spans = ReferenceWindow.SameWeekday(3).For(from, from.AddHours(1));

        spans.Should().Equal(
            (from.AddDays(-21), from.AddDays(-21).AddHours(1)),
            (from.AddDays(-14), from.AddDays(-14).AddHours(1)),
            (from.AddDays(-7), from.AddDays(-7).AddHours(1)));
        spans.Should().OnlyContain(s => s.From.DayOfWeek == DayOfWeek.Monday);
    }

    [Fact]
    public void A_reference_reaching_before_year_1_starts_at_the_first_instant_there_is()
    {
        var first = DateTimeOffset.MinValue.AddDays(1);

        ReferenceWindow.Trailing(TimeSpan.FromDays(28), TimeSpan.FromDays(7)).For(first, first.AddDays(1))
            .Should().Equal((DateTimeOffset.MinValue, DateTimeOffset.MinValue));
        ReferenceWindow.SameWeekday(520).For(first, first.AddDays(1))
            .Should().HaveCount(520).And.OnlyContain(s => s.From == DateTimeOffset.MinValue);
    }

    [Fact]
    public void Described_in_the_words_of_the_definitions()
    {
        ReferenceWindow.Trailing(TimeSpan.FromDays(28), TimeSpan.FromDays(7)).Describe().Should().Be("the 28d ending 7d before the window");
        ReferenceWindow.Trailing(TimeSpan.FromHours(36), TimeSpan.Zero).Describe().Should().Be("the 1d12h ending right before the window");
        ReferenceWindow.SameWeekday(4).Describe().Should().Be("the same weekday window of the last 4 weeks");
    }
}
