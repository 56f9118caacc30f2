using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class SloEventTimeRequiredAnalyzerTests
{
    private const string NoDates = """var nodates = m.Dataset("nodates").Snapshots(reference: "r.csv", current: "c.csv").Column("amount", ColumnType.Double);""";

    [Fact]
    public void Slo_on_a_dataset_without_event_time_is_reported_at_the_dataset_argument()
    {
        var diagnostics = Diagnose(WithBody(NoDates + "\n" + """
            m.Slo("amount-slo", nodates, "amount > 0", 0.99, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(18,29): error MAC0020: SLO 'amount-slo' is measured over time windows, but dataset 'nodates' declares no column with role event_time");
    }

    [Fact]
    public void Monitor_slo_on_such_a_dataset_is_reported_at_the_monitor_argument()
    {
        var diagnostics = Diagnose(WithBody(NoDates + "\n" + """
            m.Completeness("nodates-nulls", nodates, "amount").Fail(0.01);
            m.MonitorSlo("nulls-slo", "nodates-nulls", TimeSpan.FromDays(1), 0.9, TimeSpan.FromDays(28));
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(19,35): error MAC0020: SLO 'nulls-slo' is measured over time windows, but dataset 'nodates' declares no column with role event_time");
    }

    [Fact]
    public void Slos_on_a_dataset_with_event_time_or_one_declared_in_yaml_with_it_are_not_reported()
    {
        var diagnostics = Diagnose(
            WithBody("""
                m.Slo("amount-slo", data, "amount > 0", 0.99, TimeSpan.FromDays(28));
                m.Slo("serving-slo", "serving", "latency_ms <= 120", 0.99, TimeSpan.FromDays(28));
                """),
            ("serving.yaml", "datasets:\n  - id: serving\n    snapshots: { reference: r.csv, current: c.csv }\n    columns:\n      ts: { type: timestamp, role: event_time }\n      latency_ms: { type: double }\n"));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new SloEventTimeRequiredAnalyzer(), DefinitionRules.SloEventTimeRequired);
    }
}
