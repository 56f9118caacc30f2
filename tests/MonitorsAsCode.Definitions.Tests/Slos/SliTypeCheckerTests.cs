using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Tests.Slos;

public sealed class SliTypeCheckerTests
{
    private static readonly Dictionary<string, ColumnType> Columns = new()
    {
        ["latency_ms"] = ColumnType.Double,
        ["status"] = ColumnType.Int64,
        ["model_version"] = ColumnType.String,
        ["cached"] = ColumnType.Bool,
        ["request_time"] = ColumnType.Timestamp,
    };

    [Theory]
    [InlineData("latency_ms <= 120 and status < 500")]
    [InlineData("cached or latency_ms / 2 + 1 < status * 0.5")]
    [InlineData("model_version == 'fraud-v3.2.0'")]
    [InlineData("model_version in ('a', 'b') and status not in (500, 503)")]
    [InlineData("cached == true and not cached != false")]
    [InlineData("request_time is not null")]
    [InlineData("-latency_ms < 0")]
    [InlineData("true")]
    public void Well_typed_conditions_have_no_errors(string text)
    {
        Check(text).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_column_is_reported_at_its_offset_and_named()
    {
        var errors = Check("latncy_ms <= 120 and status < 500");

        errors.Should().Equal(new SliExpressionError("unknown column 'latncy_ms'", 0) { UnknownColumn = "latncy_ms" });
    }

    [Theory]
    [InlineData("status == 'ok'", 10, "cannot compare 'status' (a number) with 'ok' (text)")]
    [InlineData("model_version < 'b'", 0, "'model_version' is text: only numbers are ordered with < <= > >=; use == or != (or in)")]
    [InlineData("latency_ms and cached", 0, "'and' takes conditions, and 'latency_ms' is a number; compare it, for example latency_ms > 0")]
    [InlineData("not status", 4, "'not' takes conditions, and 'status' is a number; compare it, for example status > 0")]
    [InlineData("model_version + 1 > 2", 0, "'+' takes numbers, and 'model_version' is text")]
    [InlineData("latency_ms * 2", 0, "the expression must be true or false for each event, but 'latency_ms * 2' is a number; compare it, for example latency_ms * 2 > 0")]
    [InlineData("request_time > 5", 0, "'request_time' is a timestamp or date: SLI expressions compare numbers, text and true/false values, and test any column with 'is null'")]
    [InlineData("status in (200, 'ok')", 16, "'status' is a number, so it cannot be in a list holding text ('ok')")]
    public void Operators_on_values_they_do_not_apply_to_are_errors(string text, int offset, string message)
    {
        Check(text).Should().Equal(new SliExpressionError(message, offset));
    }

    [Fact]
    public void Every_problem_of_an_expression_is_reported_in_text_order()
    {
        var errors = Check("nope == 1 or status == 'x' or other > 2");

        errors.Select(e => e.Offset).Should().Equal(0, 23, 30);
        errors.Where(e => e.UnknownColumn is not null).Select(e => e.UnknownColumn).Should().Equal("nope", "other");
    }

    private static IReadOnlyList<SliExpressionError> Check(string text)
    {
        var parsed = SliParser.Parse(text);
        parsed.Error.Should().BeNull();
        return SliTypeChecker.Check(text, parsed.Expression!, name => Columns.TryGetValue(name, out var type) ? type : null);
    }
}
