using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports SLO windows, time slices and burn-rate windows that do not fit one another (MAC0018), at the window argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SloWindowsInconsistentAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.SloWindowsInconsistent,
        DefinitionRules.SloWindowsInconsistent.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.SloWindowsInconsistent.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public SloWindowsInconsistentAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
