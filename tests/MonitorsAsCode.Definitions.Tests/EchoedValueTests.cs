namespace MonitorsAsCode.Definitions.Tests;

/// <summary>src/Shared/EchoedValue.cs, tested through the copy compiled into MonitorsAsCode.Definitions.</summary>
public sealed class EchoedValueTests
{
    [Fact]
    public void A_value_of_the_limit_is_quoted_whole()
    {
        var value = new string('a', EchoedValue.MaxChars);

        EchoedValue.Shorten(value).Should().BeSameAs(value);
    }

    [Fact]
    public void A_longer_value_keeps_its_start_and_says_how_much_was_left_out()
    {
        EchoedValue.Shorten(new string('a', 201)).Should().Be(new string('a', 200) + "… (1 more character)");
        EchoedValue.Shorten(new string('b', 30_000_000)).Should().Be(new string('b', 200) + "… (29999800 more characters)");
    }

    [Fact]
    public void A_surrogate_pair_at_the_cut_is_left_out_whole()
    {
        var value = new string('a', 199) + "🙂" + "tail";

        var shortened = EchoedValue.Shorten(value);

        shortened.Should().Be(new string('a', 199) + "… (6 more characters)");
    }

    [Fact]
    public void A_narrower_limit_is_taken_for_table_cells()
    {
        EchoedValue.Shorten("abcdefgh", 3).Should().Be("abc… (5 more characters)");
    }
}
