using MonitorsAsCode.Data.Columns;
using MonitorsAsCode.Data.Snapshots;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Slos;

namespace MonitorsAsCode.Engine.Tests.Slos;

public sealed class SliEvaluatorTests
{
    // Four rows; row 3 has a null latency, a null status and a null version.
    private static readonly SnapshotTable Table = new(
        "serving.csv",
        new SnapshotSchema([]),
        4,
        [
            new DoubleColumn("latency_ms", [80, 150, 120, 0], [true, true, true, false]),
            new Int64Column("status", [200, 503, 200, 0], [true, true, true, false]),
            new StringColumn("model_version", ["v1", "v2", "v1", null], [true, true, true, false]),
            new BoolColumn("cached", [true, false, false, true], [true, true, true, true]),
            new DoubleColumn("weird", [double.NaN, 1, 2, 3], [true, true, true, true]),
        ]);

    [Theory]
    [InlineData("latency_ms <= 120", new[] { true, false, true, false })]
    [InlineData("latency_ms <= 120 and status < 500", new[] { true, false, true, false })]
    [InlineData("status >= 500 or cached", new[] { true, true, false, true })]
    [InlineData("model_version == 'v1'", new[] { true, false, true, false })]
    [InlineData("model_version in ('v2', 'v3')", new[] { false, true, false, false })]
    [InlineData("status not in (503)", new[] { true, false, true, false })]
    [InlineData("latency_ms / 2 + 20 < 81", new[] { true, false, true, false })]
    [InlineData("-latency_ms > -100", new[] { true, false, false, false })]
    [InlineData("cached == true", new[] { true, false, false, true })]
    [InlineData("latency_ms is null", new[] { false, false, false, true })]
    [InlineData("latency_ms is not null", new[] { true, true, true, false })]
    public void Rows_match_where_the_expression_is_true(string expression, bool[] expected)
    {
        SliEvaluator.Matches(Parse(expression), Table).Should().Equal(expected);
    }

    [Theory]
    // Unknown (null) stays unknown through not, and an unknown row never matches.
    [InlineData("not (latency_ms > 100)", new[] { true, false, false, false })]
    // false and unknown is false; true or unknown is true.
    [InlineData("not (cached == false and latency_ms > 100)", new[] { true, false, false, true })]
    [InlineData("status >= 500 or cached", new[] { true, true, false, true })]
    // false or unknown is unknown, and so is its negation: row 3 matches neither.
    [InlineData("not (cached == false or latency_ms > 100)", new[] { true, false, false, false })]
    public void Nulls_follow_three_valued_logic(string expression, bool[] expected)
    {
        SliEvaluator.Matches(Parse(expression), Table).Should().Equal(expected);
    }

    [Fact]
    public void Dividing_by_zero_gives_null_so_the_row_does_not_match_either_way()
    {
        SliEvaluator.Matches(Parse("latency_ms / (status - 200) > 0"), Table).Should().Equal(false, true, false, false);
        SliEvaluator.Matches(Parse("not (latency_ms / (status - 200) > 0)"), Table).Should().Equal(false, false, false, false);
    }

    [Fact]
    public void NaN_equals_nothing_and_is_ordered_with_nothing()
    {
        SliEvaluator.Matches(Parse("weird < 100"), Table).Should().Equal(false, true, true, true);
        SliEvaluator.Matches(Parse("weird != 5"), Table).Should().Equal(true, true, true, true);
    }

    [Fact]
    public void A_column_that_was_not_read_is_an_error_not_a_guess()
    {
        var act = () => SliEvaluator.Matches(Parse("nope > 1"), Table);

        act.Should().Throw<KeyNotFoundException>();
    }

    private static SliExpression Parse(string text) => SliParser.Parse(text).Expression ?? throw new InvalidOperationException(text);
}
