using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class UnknownKeyAnalyzerTests
{
    [Fact]
    public void A_misspelt_key_is_reported_at_the_key_with_the_nearest_valid_key()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                check: drift
                column: amount
                warn: 0.1
                fial: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(7,5): error MAC0002: unknown key 'fial' in a monitor (did you mean 'fail'?)");
    }

    [Fact]
    public void A_key_of_another_check_is_reported_with_the_check_it_belongs_to()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-nulls
                dataset: fraud-scoring
                check: completeness
                column: amount
                method: psi
                fail: 0.01
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,5): error MAC0002: 'method' does not apply to completeness checks; it belongs to drift checks");
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new UnknownKeyAnalyzer(), DefinitionRules.UnknownKey);
    }
}
