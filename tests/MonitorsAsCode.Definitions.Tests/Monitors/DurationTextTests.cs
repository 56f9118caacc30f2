using MonitorsAsCode.Definitions.Monitors;

namespace MonitorsAsCode.Definitions.Tests.Monitors;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("36500d")]
    [InlineData("5214w")]
    [InlineData("876000h")]
    public void Durations_up_to_the_longest_are_read(string text)
    {
        DurationText.TryParse(text, out var duration).Should().BeTrue();
        duration.Should().BeLessThanOrEqualTo(DurationText.Longest);
        DurationText.IsTooLong(text).Should().BeFalse();
    }

    [Theory]
    [InlineData("36501d")]
    [InlineData("10675199d")]
    [InlineData("10675200d")]
    [InlineData("99999999999999999999w")]
    [InlineData("36500d1s")]
    public void A_duration_longer_than_the_longest_is_refused_without_overflowing(string text)
    {
        DurationText.TryParse(text, out var duration).Should().BeFalse();
        duration.Should().Be(TimeSpan.Zero);
        DurationText.IsTooLong(text).Should().BeTrue();
    }

    [Fact]
    public void A_number_of_days_too_large_for_a_double_is_too_long()
    {
        var text = new string('9', 400) + "d";

        DurationText.TryParse(text, out _).Should().BeFalse();
        DurationText.IsTooLong(text).Should().BeTrue();
    }

    [Theory]
    [InlineData("36")]
    [InlineData("1y")]
    [InlineData("")]
    public void Text_that_is_no_duration_is_not_called_too_long(string text)
    {
        DurationText.TryParse(text, out _).Should().BeFalse();
        DurationText.IsTooLong(text).Should().BeFalse();
    }
}
