using MonitorsAsCode.Analyzers.Tests.Verification;
using static MonitorsAsCode.Analyzers.Tests.Verification.DefinitionAnalysis;
using static MonitorsAsCode.Analyzers.Tests.Verification.MonitorSetSource;

namespace MonitorsAsCode.Analyzers.Tests.Rules;

public sealed class DefinitionRuleAnalyzerHelpLinkTests
{
    private const string Property = "build_property.MonitorsDocsUrl";

    // MAC0008 is reported while typing, MAC0011 (from YAML) at compilation end: both paths must follow the property.
    private static readonly string Broken = WithBody("""m.Completeness("amount-nulls", data, "amount").Warn(0.01).Fail(25);""");
    private static readonly (string, string) BrokenGate = ("gates.yaml", "gates:\n  - { id: deploy, monitors: [amount-nuls] }\n");

    [Fact]
    public void Help_links_point_at_the_published_rule_pages_by_default()
    {
        var diagnostics = Analyze(Broken, new Dictionary<string, string>(), BrokenGate);

        diagnostics.Where(d => d.Id.StartsWith("MAC", StringComparison.Ordinal)).Select(d => (d.Id, d.Descriptor.HelpLinkUri)).Should().BeEquivalentTo(new[]
        {
            ("MAC0008", "https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0008.md"),
            ("MAC0011", "https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0011.md"),
        });
    }

    [Fact]
    public void The_MonitorsDocsUrl_property_moves_every_help_link_under_the_teams_docs_site()
    {
        var diagnostics = Analyze(Broken, new Dictionary<string, string> { [Property] = "https://docs.example.com/monitoring/" }, BrokenGate);

        diagnostics.Where(d => d.Id.StartsWith("MAC", StringComparison.Ordinal)).Select(d => (d.Id, d.Descriptor.HelpLinkUri)).Should().BeEquivalentTo(new[]
        {
            ("MAC0008", "https://docs.example.com/monitoring/rules/MAC0008/"),
            ("MAC0011", "https://docs.example.com/monitoring/rules/MAC0011/"),
        });
    }

    [Fact]
    public void An_empty_property_is_as_if_it_were_not_set()
    {
        // MSBuild passes a CompilerVisibleProperty that the project does not set as an empty value.
        var diagnostics = Analyze(Broken, new Dictionary<string, string> { [Property] = string.Empty });

        diagnostics.Should().ContainSingle(d => d.Id.StartsWith("MAC", StringComparison.Ordinal))
            .Which.Descriptor.HelpLinkUri.Should().Be("https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0008.md");
    }

    [Fact]
    public void A_property_that_is_not_an_absolute_web_address_is_MAC0026_and_links_stay_on_the_published_pages()
    {
        var diagnostics = Analyze(Broken, new Dictionary<string, string> { [Property] = "docs/rules" });

        diagnostics.Where(d => d.Id.StartsWith("MAC", StringComparison.Ordinal)).Select(Format).Should().BeEquivalentTo(
            "Monitors.cs(17,72): error MAC0008: monitor 'amount-nulls': fail 25 is outside what its null share can take (from 0, up to 1)",
            "error MAC0026: the MonitorsDocsUrl property 'docs/rules' is not a base address for links: it is not an absolute address such as https://wiki.example.com/monitoring; help links point at https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs");
        diagnostics.Single(d => d.Id == "MAC0008").Descriptor.HelpLinkUri.Should().Be("https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/MAC0008.md");
    }

    [Fact]
    public void A_yaml_docs_url_with_another_scheme_is_MAC0026_at_its_value()
    {
        var diagnostics = DiagnoseYaml(("links.yaml", "docs_url: ftp://docs.example.com/monitoring\n"));

        diagnostics.Should().Equal(
            "links.yaml(1,11): error MAC0026: docs_url 'ftp://docs.example.com/monitoring' is not a base address for links: its scheme is 'ftp', and only http and https links open in a browser");
    }
}
