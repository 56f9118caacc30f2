using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports a warn threshold as strict as or stricter than the fail threshold (MAC0009), at the warn argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThresholdsReversedAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ThresholdsReversed,
        DefinitionRules.ThresholdsReversed.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.ThresholdsReversed.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public ThresholdsReversedAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
