using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class EmptyRangeTests
{
    [Fact]
    public void Min_greater_than_max_is_reported_at_min_with_both_bounds()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-range
                dataset: fraud-scoring
                check: validity
                column: amount
                min: 10000
                max: 0
                fail: 0.01
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,10): error MAC0013: monitor 'amount-range' has min 10000 greater than max 0, so every value would be invalid");
    }

    [Fact]
    public void Min_greater_than_max_is_reported_at_min_even_when_max_is_written_first()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: score-range
                dataset: fraud-scoring
                check: validity
                column: score
                max: 0
                min: 1
                fail: 0
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,10): error MAC0013: monitor 'score-range' has min 1 greater than max 0, so every value would be invalid");
    }

    [Fact]
    public void Ranges_with_min_at_most_max_or_one_bound_have_no_empty_range_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: score-range
                dataset: fraud-scoring
                check: validity
                column: score
                min: 0
                max: 1
                fail: 0
              - id: amount-fixed
                dataset: fraud-scoring
                check: validity
                column: amount
                min: 5
                max: 5
                fail: 0.5
              - id: amount-positive
                dataset: fraud-scoring
                check: validity
                column: amount
                min: 0
                fail: 0.01
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.EmptyRange);
    }

    [Fact]
    public void A_volume_band_written_upside_down_is_reported_at_the_threshold()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: rows
                dataset: fraud-scoring
                check: volume
                warn: { below: 1.25, above: 0.8 }
                fail: { below: 0.5, above: 2 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,11): error MAC0013: monitor 'rows': the warn band has below 1.25 not under above 0.8, so every value breaches it; write below as the lower limit");
    }
}
