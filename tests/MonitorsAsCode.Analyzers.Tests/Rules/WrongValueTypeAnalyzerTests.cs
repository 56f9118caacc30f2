using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class WrongValueTypeAnalyzerTests
{
    [Fact]
    public void An_unknown_check_word_is_reported_at_the_value_with_the_nearest_check()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drfit
                column: amount
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(4,12): error MAC0003: 'check' must be one of drift, schema, completeness, validity, uniqueness, volume, freshness, label-coverage, performance, not 'drfit' (did you mean 'drift'?)");
    }

    [Fact]
    public void A_volume_threshold_written_as_a_number_is_reported_at_the_value()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: row-count
                dataset: fraud-scoring
                check: volume
                fail: 0.5
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(5,11): error MAC0003: a row count ratio threshold is a band: write 'fail: { below: 0.8, above: 1.25 }'");
    }

    [Fact]
    public void An_upper_limit_on_a_p_value_in_csharp_names_the_lower_limit_call()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-ks", data, "amount", DriftMethod.KolmogorovSmirnov).Warn(0.05).FailBelow(0.01);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,82): error MAC0003: monitor 'amount-ks': warn is an upper limit, but a smaller ks p-value is worse; its threshold is a lower limit (breached below it): in C#, call WarnBelow");
    }

    [Fact]
    public void P_value_lower_limits_in_csharp_are_not_reported()
    {
        Diagnose(WithBody("""
            m.Drift("amount-ks", data, "amount", DriftMethod.KolmogorovSmirnov).WarnBelow(0.05).FailBelow(0.01);
            """)).Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new WrongValueTypeAnalyzer(), DefinitionRules.WrongValueType);
    }
}
