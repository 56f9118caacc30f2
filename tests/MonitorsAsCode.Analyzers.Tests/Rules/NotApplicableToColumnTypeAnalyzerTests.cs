using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class NotApplicableToColumnTypeAnalyzerTests
{
    [Fact]
    public void Wasserstein_on_a_string_column_is_reported_at_the_method_argument()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("country-drift", data, "country", DriftMethod.Wasserstein).Fail(0.25);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,51): error MAC0012: monitor 'country-drift': method wasserstein needs a numeric column, and 'country' is string; use psi or jensen-shannon");
    }

    [Fact]
    public void Freshness_on_a_numeric_column_is_reported_at_the_check()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Freshness("amount-fresh", data, "amount").Fail(TimeSpan.FromHours(36));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,11): error MAC0012: monitor 'amount-fresh': a freshness check needs a timestamp or date column, and 'amount' is double");
    }

    [Fact]
    public void A_range_on_a_string_column_is_reported_at_min()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Validity("country-range", data, "country").Range(0, 10).Fail(0.01);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,60): error MAC0012: monitor 'country-range': a min/max range needs a numeric column, and 'country' is string; use 'allowed'");
    }

    [Fact]
    public void Wasserstein_on_a_string_column_in_yaml_is_reported_at_the_method()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: country-drift
                dataset: fraud-scoring
                check: drift
                column: country
                method: wasserstein
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(6,13): error MAC0012: monitor 'country-drift': method wasserstein needs a numeric column, and 'country' is string; use psi or jensen-shannon");
    }

    [Fact]
    public void Checks_that_apply_to_the_column_type_are_not_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount", DriftMethod.Wasserstein).Fail(0.25);
            m.Drift("country-drift", data, "country", DriftMethod.JensenShannon).Fail(0.25);
            m.Freshness("events-fresh", data, "event_time").Fail(TimeSpan.FromHours(36));
            m.Validity("country-valid", data, "country").Allowed("US", "GB").Fail(0.01);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new NotApplicableToColumnTypeAnalyzer(), DefinitionRules.NotApplicableToColumnType);
    }
}
