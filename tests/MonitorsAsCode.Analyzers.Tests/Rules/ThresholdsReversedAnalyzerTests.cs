using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class ThresholdsReversedAnalyzerTests
{
    [Fact]
    public void Warn_above_fail_in_csharp_is_reported_at_the_warn_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount").Warn(0.25).Fail(0.1);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,54): error MAC0009: monitor 'amount-drift': warn (0.25) must be less strict than fail (0.1), or the warning never comes first; swap them");
    }

    [Fact]
    public void Freshness_durations_written_as_timespans_are_compared_and_shown_as_durations()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Freshness("events-fresh", data, "event_time").Warn(TimeSpan.FromDays(2)).Fail(new TimeSpan(36, 0, 0));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,62): error MAC0009: monitor 'events-fresh': warn (2d) must be less strict than fail (1d12h), or the warning never comes first; swap them");
    }

    [Fact]
    public void Volume_bands_reversed_are_reported_at_the_warn_band()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Volume("row-count", data).Warn(below: 0.5).Fail(below: 0.8);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,49): error MAC0009: monitor 'row-count': warn (below 0.5) must be less strict than fail (below 0.8), or the warning never comes first; swap them");
    }

    [Fact]
    public void Thresholds_set_on_a_local_in_later_statements_are_read_too()
    {
        var diagnostics = Diagnose(WithBody("""
            var drift = m.Drift("amount-drift", data, "amount");
            drift.Warn(0.3);
            drift.Fail(0.2);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(18,20): error MAC0009: monitor 'amount-drift': warn (0.3) must be less strict than fail (0.2), or the warning never comes first; swap them");
    }

    [Fact]
    public void P_value_lower_limits_reversed_in_csharp_are_reported_at_the_warn_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-ks", data, "amount", DriftMethod.KolmogorovSmirnov).WarnBelow(0.01).FailBelow(0.05);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,87): error MAC0009: monitor 'amount-ks': warn (below 0.01) must be less strict than fail (below 0.05), or the warning never comes first; swap them");
    }

    [Fact]
    public void Warn_above_fail_in_a_yaml_additional_file_is_reported_at_its_line_and_column()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
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
    public void Thresholds_in_order_or_not_constant_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            var limit = Environment.ProcessorCount;
            m.Drift("amount-drift", data, "amount").Warn(0.1).Fail(0.25);
            m.Drift("score-drift", data, "score").Warn(limit).Fail(0.1);
            m.Volume("row-count", data).Warn(below: 0.8, above: 1.25).Fail(below: 0.5, above: 2);
            m.Freshness("events-fresh", data, "event_time").Warn(TimeSpan.FromHours(24)).Fail(TimeSpan.FromHours(36));
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new ThresholdsReversedAnalyzer(), DefinitionRules.ThresholdsReversed);
    }
}
