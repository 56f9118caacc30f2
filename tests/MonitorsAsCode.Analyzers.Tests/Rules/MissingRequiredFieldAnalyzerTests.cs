using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class MissingRequiredFieldAnalyzerTests
{
    [Fact]
    public void Monitor_without_a_threshold_in_csharp_is_reported_at_the_check_with_its_metric()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Drift("amount-drift", data, "amount");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,11): error MAC0004: monitor 'amount-drift' needs a 'warn' or 'fail' threshold on its psi");
    }

    [Fact]
    public void Validity_monitor_without_a_range_or_allowed_values_is_reported()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Validity("amount-valid", data, "amount").Warn(0.01);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,11): error MAC0004: validity monitor 'amount-valid' needs 'min', 'max' or 'allowed'");
    }

    [Fact]
    public void Dataset_without_snapshots_is_reported_with_the_loaders_message()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Dataset("other", owner: "risk-ml");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,11): error MAC0004: dataset 'other' is missing the required field 'snapshots': call .Snapshots(reference: ..., current: ...)");
    }

    [Fact]
    public void Monitor_without_a_check_in_yaml_is_reported_at_the_monitor()
    {
        var diagnostics = FraudScoringYaml.DiagnoseMonitors("""
            monitors:
              - id: amount-drift
                dataset: fraud-scoring
                column: amount
                fail: 0.25
            """);

        diagnostics.Should().Equal(
            "monitors.yaml(2,5): error MAC0004: a monitor is missing the required field 'check'");
    }

    [Fact]
    public void Thresholds_that_are_not_constant_or_may_be_set_elsewhere_are_not_called_missing()
    {
        var diagnostics = Diagnose(WithBody("""
            var limit = Environment.ProcessorCount / 100.0;
            m.Drift("amount-drift", data, "amount").Fail(limit);
            var kept = new System.Collections.Generic.List<object> { m.Drift("score-drift", data, "score") };
            m.Validity("amount-valid", data, "amount").Min(limit).Warn(0.01);
            m.Schema("schema", data);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Csharp_slo_with_alert_settings_but_neither_page_nor_ticket_is_reported_at_the_slo_call()
    {
        var diagnostics = Diagnose(WithBody("""
            m.Slo("silent-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).AlertLabel("team", "risk-ml");
            m.Slo("paged-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28)).AlertLabel("team", "risk-ml").Ticket();
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,11): error MAC0004: SLO 'silent-slo' sets alerting but neither pages nor opens tickets: call .Page(runbook) or .Ticket()");
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new MissingRequiredFieldAnalyzer(), DefinitionRules.MissingRequiredField);
    }
}
