using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class InvalidSliExpressionAnalyzerTests
{
    [Fact]
    public void Expression_comparing_a_text_column_with_a_number_is_reported_at_the_number_inside_the_string()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "country > 0", 0.99, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,46): error MAC0017: SLO 'amount-slo': 'good' expression: cannot compare 'country' (text) with '0' (a number)");
    }

    [Fact]
    public void Expression_that_stops_half_way_is_reported_at_its_closing_quote()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount >", 0.99, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,44): error MAC0017: SLO 'amount-slo': 'good' expression: the expression ends after '>': expected a value");
    }

    [Fact]
    public void Expression_with_escapes_is_reported_at_the_whole_string()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > \"0\"", 0.99, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().ContainSingle().Which.Should().StartWith("Monitors.cs(17,35): error MAC0017: SLO 'amount-slo': 'good' expression: ");
    }

    [Fact]
    public void Unknown_columns_in_good_and_total_expressions_are_reported_as_unknown_columns_at_the_name()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amont > 0", 0.99, TimeSpan.FromDays(28));
            m.Slo("score-slo", data, "score < 0.9", 0.99, TimeSpan.FromDays(28)).Total("status < 500");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,36): error MAC0007: SLO 'amount-slo' names column 'amont' in its 'good' expression, which dataset 'fraud-scoring' does not declare (did you mean 'amount'?)",
            "Monitors.cs(18,85): error MAC0007: SLO 'score-slo' names column 'status' in its 'total' expression, which dataset 'fraud-scoring' does not declare");
    }

    [Fact]
    public void Valid_expressions_and_expressions_that_are_not_constants_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("amount-slo", data, "amount > 0 and country in ('FR', 'DE')", 0.99, TimeSpan.FromDays(28)).Total("score is not null");
            m.Slo("score-slo", data, Environment.MachineName, 0.99, TimeSpan.FromDays(28)).Total(Environment.UserName);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Columns_of_a_dataset_that_escapes_the_analyzer_are_not_judged()
    {
        var diagnostics = Diagnose(WithBody("""
            var open = m.Dataset("open").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);
            GC.KeepAlive(open);
            m.Slo("open-slo", open, "latency_ms <= 120", 0.99, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new InvalidSliExpressionAnalyzer(), DefinitionRules.InvalidSliExpression);
    }
}
