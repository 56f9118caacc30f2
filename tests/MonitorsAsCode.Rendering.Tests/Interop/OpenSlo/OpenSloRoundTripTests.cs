using FluentAssertions.Equivalency;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Rendering.Interop.OpenSlo;
using MonitorsAsCode.Rendering.Tests.Prometheus;

namespace MonitorsAsCode.Rendering.Tests.Interop.OpenSlo;

/// <summary>OpenSLO v1: what is written reads back into the same SLOs, and what cannot be read is reported.</summary>
public sealed class OpenSloRoundTripTests
{
    [Fact]
    [UseCulture("de-DE")]
    public void Read_write_read_gives_the_same_slos_and_reports_nothing()
    {
        var written = OpenSloWriter.Write(SloRulesExample.Load());

        var first = OpenSloReader.Read("openslo.yaml", written);
        var second = OpenSloReader.Read("openslo.yaml", OpenSloWriter.Write(first.Slos));

        first.Issues.Should().BeEmpty();
        second.Issues.Should().BeEmpty();
        second.Slos.Should().BeEquivalentTo(first.Slos, Structurally);
    }

    [Fact]
    public void Every_supported_field_survives_the_trip_through_openslo()
    {
        var original = SloRulesExample.Load().Slos;

        var read = OpenSloReader.Read("openslo.yaml", OpenSloWriter.Write(original)).Slos;

        // OpenSLO requires a service: an SLO without one gets its dataset, else its id.
        var expected = original.Select(s => s with { Service = s.Service ?? s.Id }).ToList();
        read.Should().BeEquivalentTo(expected, Structurally);
        read[1].Alerting!.Windows.Should().ContainSingle().Which.Should().Be(new BurnRateWindow(AlertSeverity.Page, TimeSpan.FromHours(2), TimeSpan.FromMinutes(10), 0.04));
        read[0].Alerting!.Windows.Should().BeNull("the workbook's windows are read back as the default");
    }

    [Fact]
    public void The_written_documents_are_openslo_v1_objects_referring_to_each_other_by_name()
    {
        var text = OpenSloWriter.Write(SloRulesExample.Load());

        text.Should().Contain("---\napiVersion: openslo/v1\nkind: SLI\nmetadata:\n  name: latency-sli\n  annotations:\n    monitorsascode.dev/good: latency_ms <= 300\n");
        text.Should().Contain("kind: AlertCondition\nmetadata:\n  name: availability-page-1\nspec:\n  severity: page\n  condition:\n    kind: burnrate\n    op: gt\n    threshold: 14.4\n    lookbackWindow: 1h\n    alertAfter: 5m\n");
        text.Should().Contain("kind: AlertPolicy\nmetadata:\n  name: latency-page\n  labels:\n    pager: \"primary\"\n");
        text.Should().Contain("  timeWindow:\n    - duration: 1M\n      isRolling: false\n      calendar:\n        startTime: \"2024-01-01 00:00:00\"\n        timeZone: UTC\n");
        text.Should().Contain("  alertPolicies:\n    - alertPolicyRef: availability-page\n    - alertPolicyRef: availability-ticket\n");
        text.Should().Contain("  indicatorRef: predictions-stable-sli\n");
    }

    [Fact]
    public void Slos_written_as_definitions_load_back_unchanged()
    {
        var original = SloRulesExample.Load();

        var text = SloYamlWriter.Write(original.Slos, "imported");
        var loaded = YamlDefinitionLoader.Load(
        [
            new KeyValuePair<string, string>("/defs/slos.yaml", text),
            new KeyValuePair<string, string>("/defs/rest.yaml", SloRulesExample.Yaml[..SloRulesExample.Yaml.IndexOf("slos:", StringComparison.Ordinal)]),
        ]);

        text.Should().StartWith("# imported\nslos:\n");
        loaded.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        loaded.Definitions.Slos.Should().BeEquivalentTo(original.Slos, Structurally);
    }

    private static EquivalencyAssertionOptions<SloDefinition> Structurally(EquivalencyAssertionOptions<SloDefinition> options) =>
        options.WithStrictOrdering().ComparingRecordsByMembers().Excluding((IMemberInfo member) => member.Name == "Source");
}
