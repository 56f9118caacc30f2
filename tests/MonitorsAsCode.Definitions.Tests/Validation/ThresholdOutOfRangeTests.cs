using System.Globalization;
using MonitorsAsCode.Definitions.Tests.Slos;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class ThresholdOutOfRangeTests
{
    [Fact]
    public void Negative_psi_threshold_is_reported_at_the_value()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: -0.1
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0008: monitor 'amount-drift': warn -0.1 is outside what its psi can take (from 0, no upper bound)");
    }

    [Fact]
    public void Share_threshold_written_as_a_percentage_is_reported_as_above_one()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                warn: 0.05
                fail: 25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,11): error MAC0008: monitor 'amount-nulls': fail 25 is outside what its null share can take (from 0, up to 1)");
    }

    [Fact]
    public void Negative_share_threshold_is_reported_as_below_zero()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: one-row-per-transaction
                dataset: fraud-scoring
                check: uniqueness
                column: transaction_id
                fail: -0.01
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0008: monitor 'one-row-per-transaction': fail -0.01 is outside what its duplicate share can take (from 0, up to 1)");
    }

    [Fact]
    public void Jensen_shannon_threshold_above_its_maximum_is_reported_with_the_maximum_in_invariant_culture()
    {
        const string monitors = """
            monitors:
              - id: country-drift
                dataset: fraud-scoring
                check: drift
                column: country
                method: jensen-shannon
                warn: 0.5
                fail: 0.9
            """;
        var previous = CultureInfo.CurrentCulture;
        IReadOnlyList<string> diagnostics;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            diagnostics = DiagnoseMonitors(monitors);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        diagnostics.Should().Equal(
            "monitors.yaml(8,11): error MAC0008: monitor 'country-drift': fail 0.9 is outside what its jensen-shannon distance can take (from 0, up to 0.832555)");
    }

    [Fact]
    public void Negative_volume_band_limit_is_reported_at_the_band()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                fail: { below: -0.5 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,11): error MAC0008: monitor 'row-count': fail -0.5 is outside what its row count ratio can take (from 0, no upper bound)");
    }

    [Fact]
    public void Out_of_range_thresholds_are_not_also_reported_as_reversed()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                warn: 30
                fail: 25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0008: monitor 'amount-nulls': warn 30 is outside what its null share can take (from 0, up to 1)",
            "monitors.yaml(7,11): error MAC0008: monitor 'amount-nulls': fail 25 is outside what its null share can take (from 0, up to 1)");
    }

    [Fact]
    public void Thresholds_at_the_edges_of_the_metric_range_have_no_out_of_range_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0
                fail: 0.25
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                warn: 0.05
                fail: 1
              - id: country-drift
                dataset: fraud-scoring
                check: drift
                column: country
                method: jensen-shannon
                warn: 0.5
                fail: 0.8
              - id: row-count
                dataset: fraud-scoring
                check: volume
                fail: { below: 0, above: 100 }
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.ThresholdOutOfRange);
    }

    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("-0.1", "-0.1")]
    [InlineData("25", "25")]
    public void A_gate_budget_for_an_slo_outside_0_to_1_is_reported_at_the_budget(string written, string shown)
    {
        SloFiles.Diagnose($$"""
            slos:
              - id: scoring-latency
                dataset: fraud-serving
                indicator: { good: "latency_ms <= 120" }
                objective: 0.99
                window: 28d
            gates:
              - id: deploy
                monitors: []
                slos:
                  - scoring-latency
                  - { id: scoring-latency, budget_remaining: {{written}} }
            """).Should().Equal(
            $"slos.yaml(12,50): error MAC0008: gate 'deploy': budget_remaining {shown} of SLO 'scoring-latency' is outside what the budget remaining can be required to be (from 0, up to 1, the whole budget); it is a share, so write 25% as 0.25");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("0.25")]
    public void A_gate_budget_for_an_slo_from_0_to_1_is_fine(string written)
    {
        SloFiles.Diagnose($$"""
            slos:
              - id: scoring-latency
                dataset: fraud-serving
                indicator: { good: "latency_ms <= 120" }
                objective: 0.99
                window: 28d
            gates:
              - id: deploy
                monitors: []
                slos: [{ id: scoring-latency, budget_remaining: {{written}} }]
            """).Should().BeEmpty();
    }
}
