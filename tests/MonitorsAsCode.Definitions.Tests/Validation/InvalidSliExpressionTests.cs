using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class InvalidSliExpressionTests
{
    [Fact]
    public void A_syntax_error_is_reported_at_its_own_line_and_column_inside_the_quotes()
    {
        SloFiles.Diagnose(Slo("\"latency_ms <= 120 && status < 500\"")).Should().Equal(
            "slos.yaml(5,32): error MAC0017: SLO 'latency': 'good' expression: '&&' is not an operator here: write and");
    }

    [Fact]
    public void An_unquoted_expression_is_positioned_from_its_first_character()
    {
        SloFiles.Diagnose(Slo("latency_ms <= 120 and status = 200")).Should().Equal(
            "slos.yaml(5,42): error MAC0017: SLO 'latency': 'good' expression: '=' alone is not a comparison: write == to compare");
    }

    [Fact]
    public void Type_errors_name_the_values_and_their_types()
    {
        SloFiles.Diagnose(Slo("\"status == 'ok' or model_version > 3\"")).Should().Equal(
            "slos.yaml(5,24): error MAC0017: SLO 'latency': 'good' expression: cannot compare 'status' (a number) with 'ok' (text)",
            "slos.yaml(5,48): error MAC0017: SLO 'latency': 'good' expression: cannot compare 'model_version' (text) with '3' (a number)");
    }

    [Fact]
    public void An_unknown_column_in_an_expression_is_an_unknown_column_at_its_position_with_a_suggestion()
    {
        SloFiles.Diagnose(Slo("\"latncy_ms <= 120\"")).Should().Equal(
            "slos.yaml(5,14): error MAC0007: SLO 'latency' names column 'latncy_ms' in its 'good' expression, which dataset 'fraud-serving' does not declare (did you mean 'latency_ms'?)");
    }

    [Fact]
    public void Timestamps_and_dates_can_only_be_tested_for_null()
    {
        SloFiles.Diagnose(Slo("\"served_on > 3 or request_time is null\"")).Should().Equal(
            "slos.yaml(5,14): error MAC0017: SLO 'latency': 'good' expression: 'served_on' is a timestamp or date: SLI expressions compare numbers, text and true/false values, and test any column with 'is null'");
    }

    [Fact]
    public void An_expression_that_reads_files_or_calls_code_is_rejected_at_load()
    {
        SloFiles.Diagnose(Slo("\"File.ReadAllText('/etc/passwd') != ''\"")).Should().Equal(
            "slos.yaml(5,18): error MAC0017: SLO 'latency': 'good' expression: '.' is not allowed: an SLI expression names columns of its dataset, not members, methods or files");
    }

    [Fact]
    public void Every_well_typed_expression_over_declared_columns_is_accepted()
    {
        SloFiles.Diagnose(Slo("\"(latency_ms <= 120 or cached) and status not in (500, 503) and model_version != 'x' and request_time is not null\"")).Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.InvalidSliExpression);
    }

    private static string Slo(string good) => $"""
        slos:
          - id: latency
            dataset: fraud-serving
            indicator:
              good: {good}
            objective: 0.99
            window: 28d
        """;
}
