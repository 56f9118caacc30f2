using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class ThresholdOutOfRangeAnalyzerTests
{
    [Fact]
    public void A_share_threshold_of_25_in_csharp_is_reported_at_the_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Completeness("amount-nulls", data, "amount").Warn(0.01).Fail(25);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,72): error MAC0008: monitor 'amount-nulls': fail 25 is outside what its null share can take (from 0, up to 1)");
    }

    [Fact]
    public void A_jensen_shannon_limit_above_its_maximum_is_reported_with_the_maximum()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("country-drift", data, "country", DriftMethod.JensenShannon).Warn(0.1).Fail(0.9);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,93): error MAC0008: monitor 'country-drift': fail 0.9 is outside what its jensen-shannon distance can take (from 0, up to 0.832555)");
    }

    [Fact]
    public void A_p_value_lower_limit_above_1_is_reported_at_the_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-ks", data, "amount", DriftMethod.KolmogorovSmirnov).WarnBelow(1.5).FailBelow(0.01);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,87): error MAC0008: monitor 'amount-ks': warn 1.5 is outside what its ks p-value can take (from 0, up to 1)");
    }

    [Fact]
    public void A_negative_freshness_is_reported_as_a_duration()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Freshness("events-fresh", data, "event_time").Warn(TimeSpan.FromHours(-1));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,62): error MAC0008: monitor 'events-fresh': warn -1h is outside what its age of newest event can take (from 0s, no upper bound)");
    }

    [Fact]
    public void A_share_threshold_of_25_in_yaml_is_reported_at_the_value()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                fail: 25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,11): error MAC0008: monitor 'amount-nulls': fail 25 is outside what its null share can take (from 0, up to 1)");
    }

    [Fact]
    public void Limits_inside_the_metric_range_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Completeness("amount-nulls", data, "amount").Warn(0).Fail(1);
            m.Drift("country-drift", data, "country", DriftMethod.JensenShannon).Warn(0.1).Fail(0.8);
            m.Volume("row-count", data).Fail(below: 0, above: 1000);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new ThresholdOutOfRangeAnalyzer(), DefinitionRules.ThresholdOutOfRange);
    }
}
