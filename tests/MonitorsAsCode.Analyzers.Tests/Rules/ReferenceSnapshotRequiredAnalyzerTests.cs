using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class ReferenceSnapshotRequiredAnalyzerTests
{
    private const string CurrentOnly = """
        var current = m.Dataset("current-only").Snapshots(reference: null, current: "data/current.csv")
            .Column("amount", ColumnType.Double)
            .Column("country", ColumnType.String);
        """;

    [Fact]
    public void Drift_on_a_dataset_without_reference_is_reported_at_the_check()
    {
        var diagnostics = Diagnose(WithBody(CurrentOnly + "\n" + """
            m.Drift("amount-drift", current, "amount").Fail(0.25);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(20,11): error MAC0014: monitor 'amount-drift' uses a drift check, but dataset 'current-only' has no reference snapshot");
    }

    [Fact]
    public void Allowed_from_reference_on_a_dataset_without_reference_is_reported_at_the_call()
    {
        var diagnostics = Diagnose(WithBody(CurrentOnly + "\n" + """
            m.Validity("country-seen", current, "country").AllowedFromReference().Fail(0.01);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(20,56): error MAC0014: monitor 'country-seen' uses 'allowed: reference', but dataset 'current-only' has no reference snapshot");
    }

    [Fact]
    public void Volume_on_a_yaml_dataset_without_reference_is_reported_at_the_check()
    {
        var diagnostics = DefinitionAnalysis.DiagnoseYaml(("monitors.yaml", """
            datasets:
              - id: current-only
                snapshots: { current: data/current.csv }
                columns: { amount: { type: double } }
            monitors:
              - id: row-count
                dataset: current-only
                check: volume
                fail: { below: 0.5 }
            """));

        diagnostics.Should().Equal(
            "monitors.yaml(8,12): error MAC0014: monitor 'row-count' uses a volume check, but dataset 'current-only' has no reference snapshot");
    }

    [Fact]
    public void A_reference_that_is_not_constant_is_taken_as_present()
    {
        var diagnostics = Diagnose(WithBody("""
            var other = m.Dataset("other").Snapshots(reference: Environment.CurrentDirectory, current: "c.csv").Column("amount", ColumnType.Double);
            m.Drift("other-drift", other, "amount").Fail(0.25);
            """));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Descriptor_is_the_definition_rule()
    {
        RuleDescriptorAssert.MatchesDefinitionRule(new ReferenceSnapshotRequiredAnalyzer(), DefinitionRules.ReferenceSnapshotRequired);
    }
}
