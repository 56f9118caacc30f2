using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports thresholds the monitor's metric can never take (MAC0008), such as a share of 25.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThresholdOutOfRangeAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ThresholdOutOfRange,
        DefinitionRules.ThresholdOutOfRange.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.ThresholdOutOfRange.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public ThresholdOutOfRangeAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
