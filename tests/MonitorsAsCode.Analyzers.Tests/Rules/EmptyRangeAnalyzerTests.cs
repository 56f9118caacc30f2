using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class EmptyRangeAnalyzerTests
{
    [Fact]
    public void Min_greater_than_max_in_csharp_is_reported_at_min()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Validity("amount-valid", data, "amount").Range(5, 1).Warn(0.01);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,58): error MAC0013: monitor 'amount-valid' has min 5 greater than max 1, so every value would be invalid");
    }

    [Fact]
    public void A_volume_band_written_upside_down_is_reported_at_the_band()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Volume("row-count", data).Warn(below: 0.8, above: 1.25).Fail(below: 2, above: 0.5);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,79): error MAC0013: monitor 'row-count': the fail band has below 2 not under above 0.5, so every value breaches it; write below as the lower limit");
    }

    [Fact]
    public void Min_greater_than_max_in_yaml_is_reported_at_min()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
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
    public void Ranges_in_order_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Validity("amount-valid", data, "amount").Min(0.01).Max(50000).Warn(0.01);
            m.Volume("row-count", data).Warn(below: 0.8, above: 1.25).Fail(below: 0.5, above: 2);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new EmptyRangeAnalyzer(), DefinitionRules.EmptyRange);
    }
}
