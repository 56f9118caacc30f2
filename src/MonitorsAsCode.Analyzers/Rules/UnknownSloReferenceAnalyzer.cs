using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports gates naming an undeclared SLO and SLOs judged by an undeclared monitor (MAC0021), at the id.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownSloReferenceAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.UnknownSloReference,
        DefinitionRules.UnknownSloReference.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.UnknownSloReference.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public UnknownSloReferenceAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
