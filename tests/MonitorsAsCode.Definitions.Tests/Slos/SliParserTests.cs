using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Tests.Slos;

public sealed class SliParserTests
{
    [Fact]
    public void A_comparison_parses_into_a_column_an_operator_and_a_number()
    {
        var expression = Parse("latency_ms <= 120");

        var comparison = expression.Should().BeOfType<SliComparison>().Subject;
        comparison.Operator.Should().Be(SliComparisonOperator.LessOrEqual);
        comparison.Left.Should().Be(new SliColumn("latency_ms", 0, 10));
        comparison.Right.Should().Be(new SliNumber(120, 14, 3));
    }

    [Fact]
    public void And_binds_tighter_than_or_and_not_tighter_than_and()
    {
        var expression = Parse("a or not b and c");

        var or = expression.Should().BeOfType<SliLogical>().Subject;
        or.Operator.Should().Be(SliLogicalOperator.Or);
        or.Left.Should().Be(new SliColumn("a", 0, 1));
        var and = or.Right.Should().BeOfType<SliLogical>().Subject;
        and.Operator.Should().Be(SliLogicalOperator.And);
        and.Left.Should().BeOfType<SliNot>().Which.Operand.Should().Be(new SliColumn("b", 9, 1));
        and.Right.Should().Be(new SliColumn("c", 15, 1));
    }

    [Fact]
    public void Arithmetic_binds_tighter_than_comparison_and_products_tighter_than_sums()
    {
        var comparison = Parse("a + b * 2 > 10").Should().BeOfType<SliComparison>().Subject;

        var sum = comparison.Left.Should().BeOfType<SliArithmetic>().Subject;
        sum.Operator.Should().Be(SliArithmeticOperator.Add);
        sum.Right.Should().BeOfType<SliArithmetic>().Which.Operator.Should().Be(SliArithmeticOperator.Multiply);
    }

    [Fact]
    public void Parentheses_override_precedence()
    {
        var and = Parse("(a or b) and c").Should().BeOfType<SliLogical>().Subject;

        and.Operator.Should().Be(SliLogicalOperator.And);
        and.Left.Should().BeOfType<SliLogical>().Which.Operator.Should().Be(SliLogicalOperator.Or);
    }

    [Theory]
    [InlineData("status in (200, 204)", false, 2)]
    [InlineData("model_version not in ['fraud-v3.2.0', \"fraud-v3.2.1\"]", true, 2)]
    [InlineData("status in (-1)", false, 1)]
    public void In_lists_hold_literals(string text, bool negated, int count)
    {
        var membership = Parse(text).Should().BeOfType<SliMembership>().Subject;

        membership.Negated.Should().Be(negated);
        membership.Candidates.Should().HaveCount(count);
    }

    [Theory]
    [InlineData("latency_ms is null", false)]
    [InlineData("latency_ms is not null", true)]
    public void Null_tests_parse(string text, bool negated)
    {
        Parse(text).Should().BeOfType<SliNullTest>().Which.Negated.Should().Be(negated);
    }

    [Fact]
    public void Text_literals_take_either_quote_and_escaped_quotes()
    {
        var comparison = Parse("""model_version == 'it\'s' or model_version == "v\"2" """.Trim()).Should().BeOfType<SliLogical>().Subject;

        comparison.Left.Should().BeOfType<SliComparison>().Which.Right.Should().BeOfType<SliText>().Which.Value.Should().Be("it's");
        comparison.Right.Should().BeOfType<SliComparison>().Which.Right.Should().BeOfType<SliText>().Which.Value.Should().Be("v\"2");
    }

    [Fact]
    public void Backticks_name_columns_that_are_not_identifiers()
    {
        Parse("`latency (ms)` < 5").Should().BeOfType<SliComparison>().Which.Left.Should().Be(new SliColumn("latency (ms)", 0, 14));
    }

    [Theory]
    [UseCulture("de-DE")]
    [InlineData("x > 0.5", 0.5)]
    [InlineData("x > 1e-3", 0.001)]
    [InlineData("x > .25", 0.25)]
    [InlineData("x > -2", -2)]
    public void Numbers_are_read_with_the_invariant_culture(string text, double expected)
    {
        Parse(text).Should().BeOfType<SliComparison>().Which.Right.Should().BeOfType<SliNumber>().Which.Value.Should().Be(expected);
    }

    [Fact]
    public void Columns_lists_each_named_column_once_in_order()
    {
        Parse("latency_ms <= 120 and status < 500 or latency_ms is null").Columns().Should().Equal("latency_ms", "status");
    }

    [Theory]
    [InlineData("status = 200", 7, "'=' alone is not a comparison: write == to compare")]
    [InlineData("a && b", 2, "'&&' is not an operator here: write and")]
    [InlineData("a || b", 2, "'||' is not an operator here: write or")]
    [InlineData("!a", 0, "'!' is not an operator here: write not")]
    [InlineData("latency_ms <= 120ms", 14, "'120ms' is not a number (numbers have no units: write 120, not 120ms)")]
    [InlineData("model_version == 'v3", 17, "text starting here is not closed: add the closing '")]
    [InlineData("latency_ms <= ", 14, "the expression ends after '<=': expected a value")]
    [InlineData("", 0, "the expression is empty: write a condition such as latency_ms <= 120")]
    [InlineData("(a or b", 7, "expected ')' to close the '(' at offset 0, not end of the expression")]
    [InlineData("a < b < c", 6, "unexpected '<' after a complete expression: comparisons cannot be chained; join them with and")]
    [InlineData("a b", 2, "unexpected column 'b' after a complete expression: join conditions with and / or")]
    [InlineData("status in 200", 10, "expected a list such as ('a', 'b') after 'in', not '200'")]
    [InlineData("status in (a)", 11, "a list after 'in' holds numbers, text or true/false, not column 'a'")]
    [InlineData("status == null", 10, "null can only be tested with 'is null' or 'is not null'")]
    [InlineData("a is 5", 5, "expected null after 'is', not '5'")]
    [InlineData("latency_ms # 5", 11, "unexpected character '#'")]
    public void Malformed_expressions_are_errors_at_the_offending_offset(string text, int offset, string message)
    {
        var result = SliParser.Parse(text);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Be(new SliExpressionError(message, offset));
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd') == ''", 6, "'.' is not allowed: an SLI expression names columns of its dataset, not members, methods or files")]
    [InlineData("exec('rm -rf /') == 0", 0, "'exec(' is a function call; SLI expressions have no functions, only columns, literals, comparisons, arithmetic, and, or, not, in and is null")]
    [InlineData("__import__('os') == 0", 0, "'__import__(' is a function call; SLI expressions have no functions, only columns, literals, comparisons, arithmetic, and, or, not, in and is null")]
    [InlineData("latency_ms <= 120; drop table events", 17, "unexpected character ';'")]
    [InlineData("$(cat /etc/passwd) == ''", 0, "unexpected character '$'")]
    [InlineData("{{.window}} > 0", 0, "unexpected character '{'")]
    public void Anything_that_looks_like_code_is_rejected_before_it_could_run(string text, int offset, string message)
    {
        SliParser.Parse(text).Error.Should().Be(new SliExpressionError(message, offset));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow()
    {
        var text = new string('(', 200) + "a" + new string(')', 200);

        var result = SliParser.Parse(text);

        result.Error!.Message.Should().Be("the expression nests more than 50 levels deep");
        result.Error.Offset.Should().Be(SliParser.MaximumDepth);
    }

    [Fact]
    public void Expressions_longer_than_the_limit_are_rejected()
    {
        var text = string.Join(" and ", Enumerable.Repeat("a", 500));

        SliParser.Parse(text).Error!.Message.Should().Be($"the expression is {text.Length} characters long; at most 2000 are allowed");
    }

    private static SliExpression Parse(string text)
    {
        var result = SliParser.Parse(text);
        result.Error.Should().BeNull();
        return result.Expression!;
    }
}
