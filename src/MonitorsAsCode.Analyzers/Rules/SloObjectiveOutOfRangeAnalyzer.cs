using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports SLO objectives and time-slice targets outside (0, 1) (MAC0016), at the objective or target argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SloObjectiveOutOfRangeAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.SloObjectiveOutOfRange,
        DefinitionRules.SloObjectiveOutOfRange.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.SloObjectiveOutOfRange.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public SloObjectiveOutOfRangeAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
