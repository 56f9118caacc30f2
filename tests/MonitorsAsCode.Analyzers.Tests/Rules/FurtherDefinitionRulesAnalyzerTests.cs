using Microsoft.CodeAnalysis;
using MonitorsAsCode.Analyzers.Rules;
using MonitorsAsCode.Analyzers.Tests.Verification;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class FurtherDefinitionRulesAnalyzerTests
{
    [Fact]
    public void Every_definition_rule_is_reported_by_exactly_one_analyzer_with_its_id_title_severity_and_page()
    {
        var supported = DefinitionAnalysis.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToList();

        supported.Select(d => d.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(DefinitionRules.All.Select(r => r.Id));
        foreach (var rule in DefinitionRules.All)
        {
            var descriptor = supported.Single(d => d.Id == rule.Id);
            descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(rule.Title);
            descriptor.HelpLinkUri.Should().Be(rule.HelpUrl);
            descriptor.Category.Should().Be("MonitorsAsCode");
        }
    }

    [Fact]
    public void Rules_with_their_own_analyzer_are_listed_in_the_unshipped_release()
    {
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryCheckout.Root, "src", "MonitorsAsCode.Analyzers", "AnalyzerReleases.Unshipped.md"));

        foreach (var analyzer in DefinitionAnalysis.AllAnalyzers.Where(a => a is not FurtherDefinitionRulesAnalyzer))
        {
            var descriptor = analyzer.SupportedDiagnostics.Single();
            unshipped.Should().Contain($"{descriptor.Id} | MonitorsAsCode | Error | {analyzer.GetType().Name}");
        }
    }

    [Fact]
    public void Rules_that_need_every_definition_are_marked_as_reported_at_compilation_end()
    {
        var judgedAlone = new[] { "MAC0004", "MAC0008", "MAC0009", "MAC0010", "MAC0013", "MAC0016", "MAC0018", "MAC0019" };

        foreach (var descriptor in DefinitionAnalysis.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd).Should().Be(!judgedAlone.Contains(descriptor.Id), descriptor.Id);
        }
    }

    [Fact]
    public void A_yaml_gate_may_require_an_slo_declared_in_csharp()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(
            MonitorSetSource.WithBody("""
                m.Completeness("amount-nulls", data, "amount").Fail(0.01);
                m.Slo("amount-slo", data, "amount > 0", objective: 0.99, window: TimeSpan.FromDays(28)).Ticket();
                """),
            ("gates.yaml", "gates:\n  - { id: deploy, monitors: [amount-nulls], slos: [amount-slo] }\n"));

        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_yaml_gate_naming_an_slo_declared_nowhere_is_still_reported_beside_csharp_slos()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(
            MonitorSetSource.WithBody("""
                m.Completeness("amount-nulls", data, "amount").Fail(0.01);
                m.Slo("amount-slo", data, "amount > 0", objective: 0.99, window: TimeSpan.FromDays(28)).Ticket();
                """),
            ("gates.yaml", "gates:\n  - { id: deploy, monitors: [amount-nulls], slos: [amount-sol] }\n"));

        diagnostics.Should().Equal("gates.yaml(2,52): error MAC0021: gate 'deploy' names SLO 'amount-sol', which is not declared (did you mean 'amount-slo'?)");
    }

    [Fact]
    public void A_csharp_event_ending_before_it_starts_is_MAC0033_at_its_end_and_an_unknown_dataset_MAC0006_at_its_item()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Event("campaign", "2026-10-14", "2026-10-01", MonitorsAsCode.Definitions.Events.EventKind.Campaign, MonitorsAsCode.Definitions.Events.EventEffect.Suppress).Datasets("fraud-scoring", "fraud-scorin");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,43): error MAC0033: event 'campaign' ends at 2026-10-02T00:00:00Z, not after it starts at 2026-10-14T00:00:00Z, so it covers no time; write 'from' before 'to' (a 'to' date is the event's last whole day)",
            "Monitors.cs(17,193): error MAC0006: event 'campaign' names dataset 'fraud-scorin', which is not declared (did you mean 'fraud-scoring'?)");
    }

    [Fact]
    public void A_csharp_event_bound_that_is_not_an_iso_date_is_the_builders_MAC0003_and_a_valid_event_is_silent()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Event("sale", "14.10.2026", "2026-10-20", MonitorsAsCode.Definitions.Events.EventKind.Holiday, MonitorsAsCode.Definitions.Events.EventEffect.Annotate);
            m.Event("launch", "2026-10-01", "2026-10-01", MonitorsAsCode.Definitions.Events.EventKind.Release, MonitorsAsCode.Definitions.Events.EventEffect.Annotate).Datasets("fraud-scoring").Description("v2");
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,25): error MAC0003: event 'sale': 'from' must be an ISO 8601 date or instant such as 2026-10-01 or 2026-10-01T06:00:00Z, not '14.10.2026'");
    }

    [Fact]
    public void A_yaml_event_naming_a_dataset_declared_in_csharp_is_valid_and_a_duplicate_id_across_both_is_reported()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(
            MonitorSetSource.WithBody("""
                m.Event("launch", "2026-10-01", "2026-10-02", MonitorsAsCode.Definitions.Events.EventKind.Release, MonitorsAsCode.Definitions.Events.EventEffect.Annotate);
                """),
            ("events.yaml", "events:\n  - { id: launch, from: 2026-10-01, to: 2026-10-02, kind: release, effect: suppress, datasets: [fraud-scoring] }\n"));

        diagnostics.Should().Equal("Monitors.cs(17,17): error MAC0005: duplicate event id 'launch' (first declared at events.yaml(2,5))");
    }

    [Fact]
    public void A_csharp_performance_monitor_without_labels_is_MAC0035_and_a_threshold_on_roc_auc_MAC0034()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            m.Performance("fraud-auc", data, PerformanceMetric.RocAuc).Threshold(0.5).Fail(0.8);
            """));

        diagnostics.Should().Equal(
            "Monitors.cs(17,11): error MAC0035: monitor 'fraud-auc' is a performance check, but dataset 'fraud-scoring' has no label column: declare one with role label, or a 'labels:' block",
            "Monitors.cs(17,78): error MAC0034: monitor 'fraud-auc': 'threshold' does not apply to roc-auc: it judges the scores themselves, at every threshold; leave it out, or measure accuracy, precision, recall, f1 or cost");
    }

    [Fact]
    public void A_csharp_labelled_dataset_with_a_performance_floor_is_valid_and_a_floor_above_one_is_MAC0008()
    {
        var diagnostics = DefinitionAnalysis.Diagnose(MonitorSetSource.WithBody("""
            var labelled = m.Dataset("labelled").Snapshots(reference: "data/reference.csv", current: "data/current.csv").Labels("is_fraud", matureAfter: TimeSpan.FromDays(14)).Column("event_time", ColumnType.Timestamp, ColumnRole.EventTime).Column("score", ColumnType.Double, ColumnRole.Prediction).Column("is_fraud", ColumnType.Bool, ColumnRole.Label);
            m.Performance("auc", labelled, PerformanceMetric.RocAuc).Warn(0.85).Fail(0.8);
            m.Performance("auc-drop", labelled, PerformanceMetric.RocAuc).Relative().Fail(0.05);
            m.LabelCoverage("coverage", labelled).Warn(0.9).Fail(0.5);
            m.Performance("auc-high", labelled, PerformanceMetric.RocAuc).Fail(1.2);
            """));

        diagnostics.Should().ContainSingle().Which.Should().StartWith("Monitors.cs(21,").And.Contain("error MAC0008: monitor 'auc-high': fail 1.2 is outside what its roc-auc can take");
    }
}
