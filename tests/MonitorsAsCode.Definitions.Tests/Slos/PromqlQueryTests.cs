using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Tests.Slos;

public sealed class PromqlQueryTests
{
    public static TheoryData<string> Valid() => new(PromqlQueries.Valid);

    public static TheoryData<string, string> Invalid()
    {
        var data = new TheoryData<string, string>();
        foreach (var (query, message) in PromqlQueries.Invalid.Concat(PromqlQueries.StricterThanPromtool))
        {
            data.Add(query, message);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void A_query_prometheus_accepts_is_accepted(string query)
    {
        PromqlQuery.Check(query).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    [UseCulture("de-DE")]
    public void A_query_prometheus_refuses_is_refused_naming_the_problem_and_its_position(string query, string message)
    {
        var problem = PromqlQuery.Check(query);

        problem.Should().NotBeNull();
        var (line, column) = PromqlQuery.Position(query, problem!.Offset);
        $"{problem.Message} (at {line}:{column} of the query)".Should().Be(message);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_rather_than_written_as_a_replacement_character()
    {
        PromqlQuery.Check("x{a=\"\ud800\"}")!.Message.Should().Be("a lone UTF-16 surrogate is not a character Prometheus can read");
    }

    [Fact]
    public void Nesting_is_accepted_up_to_a_depth_that_cannot_overflow_the_stack()
    {
        PromqlQuery.Check(new string('(', 200) + "x" + new string(')', 200)).Should().BeNull();
        PromqlQuery.Check(new string('(', 100_000) + "x" + new string(')', 100_000))!.Message.Should().Be("the query nests more than 256 levels deep");
        PromqlQuery.Check(string.Concat(Enumerable.Repeat("-", 100_000)) + "x")!.Message.Should().Be("the query nests more than 256 levels deep");
    }
}
