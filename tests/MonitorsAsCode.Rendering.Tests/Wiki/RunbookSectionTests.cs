using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Rendering.Site;
using MonitorsAsCode.Rendering.Templates;
using MonitorsAsCode.Rendering.Wiki;

namespace MonitorsAsCode.Rendering.Tests.Wiki;

/// <summary>A monitor naming a runbook declared in a <c>runbooks:</c> list gets the runbook's sections on its page.</summary>
public sealed class RunbookSectionTests : IDisposable
{
    private readonly TemporaryDirectory folder = TemporaryDirectory.Create();

    [Fact]
    public void A_declared_runbook_is_printed_with_its_sections_in_order()
    {
        var page = MonitorPage("""
                runbook: feature-drift
            runbooks:
              - id: feature-drift
                title: Feature drift
                meaning: |
                  The feature **moved**.
                  Treat <b>pipeline drift</b> as an incident.
                causes:
                  - The feature job changed.
                  - |
                    A new category:
                    check `payment_method`.
                mitigations:
                  - action: rollback
                    text: Roll back the feature job.
                  - Keep the gates closed.
                diagnostics:
                  - text: Compare quantiles.
                    panel: amount-drift
                    query: |
                      SELECT quantile_cont(amount, 0.5) FROM 'data/current.csv'
                    language: sql
                escalation:
                  owner: risk-ml
                  on_call: risk-ml-oncall
                  acknowledge: { act: 30m, investigate: 1d }
                  steps:
                    - Not acknowledged in 30 minutes? Page the manager.
            """);

        page.Should().EndWith("""
            ## Runbook: Feature drift

            ### What it means

            The feature **moved**.
            Treat &lt;b>pipeline drift&lt;/b> as an incident.

            ### Probable causes

            - The feature job changed.
            - A new category:
                check `payment_method`.

            ### Immediate mitigations

            1. **rollback**: Roll back the feature job.
            1. Keep the gates closed.

            ### Diagnostics

            **Step 1.** Compare quantiles.

            Dashboard panel: **amount-drift**

            ```sql
            SELECT quantile_cont(amount, 0.5) FROM 'data/current.csv'
            ```

            ### Escalation

            | | |
            |---|---|
            | owner | risk-ml |
            | on call | risk-ml-oncall |
            | acknowledge **investigate** within | 1d |
            | acknowledge **act** within | 30m |

            - Not acknowledged in 30 minutes? Page the manager.

            """);
    }

    [Fact]
    public void A_web_address_is_linked_and_a_missing_runbook_is_said_to_be_missing()
    {
        MonitorPage("    runbook: https://wiki.example.com/run books/(drift)\n").Should().EndWith("## Runbook\n\n[https:\u200d//wiki.example.com/run books/(drift)](https://wiki.example.com/run%20books/%28drift%29)\n", "the link is the computed address; its text is the reference as inert text, with a joiner that stops an autolink");
    }

    public void Dispose() => folder.Dispose();

    private string MonitorPage(string tail)
    {
        folder.Write("defs/monitors.yaml", """
            datasets:
              - id: shop
                snapshots: { reference: data/reference.csv, current: data/current.csv }
                columns:
                  amount: { type: double }
            monitors:
              - id: amount-drift
                dataset: shop
                check: drift
                column: amount
                fail: 0.25

            """ + tail);
        var loaded = YamlDefinitionLoader.Load([new KeyValuePair<string, string>(folder.PathOf("defs/monitors.yaml"), File.ReadAllText(folder.PathOf("defs/monitors.yaml")))]);
        loaded.Diagnostics.Should().BeEmpty();
        var files = SiteRenderer.Render(loaded.Definitions, folder.PathOf("defs"), null, TemplateSet.Defaults, WikiFlavour.GitHub);
        return files.Single(f => f.Path == "wiki/monitor-amount-drift.md").Content;
    }
}
