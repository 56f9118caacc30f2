using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports gates naming a monitor no definition declares (MAC0011), at the monitor's id.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownGateMonitorAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.UnknownGateMonitor,
        DefinitionRules.UnknownGateMonitor.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.UnknownGateMonitor.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public UnknownGateMonitorAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
