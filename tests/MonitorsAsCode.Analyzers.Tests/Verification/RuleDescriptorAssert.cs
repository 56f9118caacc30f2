using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Tests.Verification;

/// <summary>Checks that an analyzer's descriptor is the definition rule's: same id, title, severity, and a help link to its page.</summary>
internal static class RuleDescriptorAssert
{
    public static void MatchesDefinitionRule(DiagnosticAnalyzer analyzer, DiagnosticRule rule)
    {
        var descriptor = analyzer.SupportedDiagnostics.Should().ContainSingle().Which;
        descriptor.Id.Should().Be(rule.Id);
        descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(rule.Title);
        descriptor.DefaultSeverity.Should().Be(rule.Severity == Definitions.Validation.DiagnosticSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        descriptor.HelpLinkUri.Should().Be("https://github.com/MonitorsAsCode/MonitorsAsCode/blob/main/docs/rules/" + rule.Id + ".md");
        descriptor.IsEnabledByDefault.Should().BeTrue();
        File.Exists(Path.Combine(RepositoryCheckout.Root, rule.HelpPath)).Should().BeTrue($"{rule.Id} has the page its help link names");
    }
}
