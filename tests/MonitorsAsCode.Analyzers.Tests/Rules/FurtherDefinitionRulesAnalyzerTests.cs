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
}
