using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Definitions.Tests.Validation.DefinitionFiles;

namespace MonitorsAsCode.Definitions.Tests.Validation;

public sealed class ThresholdsReversedTests
{
    [Fact]
    public void Warn_above_fail_is_reported_at_warn_with_both_limits()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.25
                fail: 0.1
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0009: monitor 'amount-drift': warn (0.25) must be less strict than fail (0.1), or the warning never comes first; swap them");
    }

    [Fact]
    public void Warn_equal_to_fail_is_reported_at_warn()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.2
                fail: 0.2
            """);

        diagnostics.Should().ContainSingle().Which.Should().StartWith(
            "monitors.yaml(6,11): error MAC0009: monitor 'amount-drift': warn (0.2) must be less strict than fail (0.2), or the warning never comes first");
    }

    [Fact]
    public void Warn_equal_to_fail_is_not_told_to_swap_them()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.2
                fail: 0.2
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0009: monitor 'amount-drift': warn (0.2) must be less strict than fail (0.2), or the warning never comes first");
    }

    [Fact]
    public void Volume_warn_band_lower_limit_below_the_fail_lower_limit_is_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                warn: { below: 0.5 }
                fail: { below: 0.8 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,11): error MAC0009: monitor 'row-count': warn (below 0.5) must be less strict than fail (below 0.8), or the warning never comes first; swap them");
    }

    [Fact]
    public void Volume_warn_band_upper_limit_above_the_fail_upper_limit_is_reported()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                warn: { below: 0.8, above: 1.5 }
                fail: { below: 0.5, above: 1.25 }
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,11): error MAC0009: monitor 'row-count': warn (below 0.8 or above 1.5) must be less strict than fail (below 0.5 or above 1.25), or the warning never comes first; swap them");
    }

    [Fact]
    public void Freshness_warn_longer_than_fail_is_reported_in_durations()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: events-fresh
                dataset: fraud-scoring
                check: freshness
                column: event_time
                warn: 2d
                fail: 36h
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0009: monitor 'events-fresh': warn (2d) must be less strict than fail (1d12h), or the warning never comes first; swap them");
    }

    [Fact]
    public void Warn_less_strict_than_fail_has_no_reversed_diagnostic()
    {
        var diagnostics = DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.1
                fail: 0.25
              - id: row-count
                dataset: fraud-scoring
                check: volume
                warn: { below: 0.8, above: 1.25 }
                fail: { below: 0.5, above: 2 }
              - id: events-fresh
                dataset: fraud-scoring
                check: freshness
                column: event_time
                warn: 1d12h
                fail: 2d
            """);

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Rule_has_a_documentation_page()
    {
        RulePage.ShouldBeDocumented(DefinitionRules.ThresholdsReversed);
    }
}
