using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports SLOs that page without a runbook (MAC0019), at the page alert's runbook argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SloPageRunbookRequiredAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.SloPageRunbookRequired,
        DefinitionRules.SloPageRunbookRequired.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.SloPageRunbookRequired.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public SloPageRunbookRequiredAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
