using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Runbooks;

namespace MonitorsAsCode.Definitions.Tests.Yaml;

public sealed class YamlDefinitionReaderRunbooksTests
{
    [Fact]
    public void A_runbook_is_read_with_causes_mitigations_diagnostics_and_escalation()
    {
        var loaded = YamlDefinitionLoaderTests.Load(("runbooks.yaml", """
            runbooks:
              - id: feature-drift
                title: Feature drift
                meaning: |
                  A feature no longer looks like the training window.
                causes:
                  - The feature job changed its window.
                  - A new category launched.
                mitigations:
                  - action: rollback
                    text: Roll back the feature job.
                  - Keep the deploy gate closed.
                diagnostics:
                  - Read the evidence.
                  - text: Compare quantiles.
                    panel: txn-sum-30d-drift
                    query: SELECT 1
                    language: sql
                escalation:
                  owner: risk-ml
                  on_call: risk-ml-oncall
                  acknowledge: { act: 30m, investigate: 1d }
                  steps: [Page the manager after 30 minutes.]
            """));

        loaded.Diagnostics.Should().BeEmpty();
        var runbook = loaded.Definitions.FindRunbook("feature-drift")!;
        runbook.Title.Should().Be("Feature drift");
        runbook.Meaning.Should().Be("A feature no longer looks like the training window.\n");
        runbook.Causes.Should().Equal("The feature job changed its window.", "A new category launched.");
        runbook.Mitigations.Should().Equal(new RunbookMitigation(MitigationAction.Rollback, "Roll back the feature job."), new RunbookMitigation(MitigationAction.Other, "Keep the deploy gate closed."));
        runbook.Diagnostics.Should().Equal(new RunbookDiagnostic("Read the evidence."), new RunbookDiagnostic("Compare quantiles.") { Panel = "txn-sum-30d-drift", Query = "SELECT 1", Language = "sql" });
        runbook.Escalation!.Owner.Should().Be("risk-ml");
        runbook.Escalation.OnCall.Should().Be("risk-ml-oncall");
        runbook.Escalation.Acknowledge.Should().Equal(new AcknowledgementTarget(Severity.Investigate, 86400), new AcknowledgementTarget(Severity.Act, 1800));
        runbook.Escalation.Steps.Should().Equal("Page the manager after 30 minutes.");
        runbook.Source.Location!.Line.Should().Be(2);
    }

    [Fact]
    public void The_runbook_example_of_the_rendering_page_loads_without_diagnostics()
    {
        var root = Validation.RulePage.RepositoryRoot;
        var readme = File.ReadAllText(Path.Combine(root, "docs", "rendering.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("```yaml\nrunbooks:", StringComparison.Ordinal) + "```yaml\n".Length;
        var block = readme[start..readme.IndexOf("\nmonitors:", start, StringComparison.Ordinal)];

        var loaded = YamlDefinitionLoaderTests.Load(("rendering.yaml", block));

        loaded.Diagnostics.Should().BeEmpty();
        loaded.Definitions.FindRunbook("feature-drift")!.Escalation!.Acknowledge.Should().HaveCount(2);
    }

    [Fact]
    public void Every_problem_of_a_runbook_is_reported_at_its_value()
    {
        var loaded = YamlDefinitionLoaderTests.Load(("runbooks.yaml", """
            runbooks:
              - id: runbooks/feature.md
                meaning: x
                mitigations:
                  - action: reboot
                    text: Turn it off and on.
                escalation:
                  acknowledge: { page: 5m, act: soon }
                  oncall: someone
              - title: No id
            """));

        loaded.Diagnostics.Select(d => d.ToString()).Should().Equal(
            "runbooks.yaml(2,9): error MAC0003: runbook id 'runbooks/feature.md' may hold only letters, digits, '-' and '_', so that a monitor's 'runbook:' can tell it from a file path",
            "runbooks.yaml(5,17): error MAC0003: 'action' must be one of rollback, fallback-model, circuit-breaker, disable-feature, throttle, backfill, retrain, other, not 'reboot'",
            "runbooks.yaml(8,22): error MAC0002: unknown key 'page' in 'acknowledge'",
            "runbooks.yaml(8,37): error MAC0003: 'act' must be a duration such as 15m, 1h or 1d, not 'soon'",
            "runbooks.yaml(9,7): error MAC0002: unknown key 'oncall' in escalation (did you mean 'on_call'?)",
            "runbooks.yaml(10,5): error MAC0004: a runbook is missing the required field 'id'",
            "runbooks.yaml(10,5): error MAC0004: a runbook is missing the required field 'meaning'");
        loaded.Definitions.Runbooks.Should().BeEmpty();
    }
}
