using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports validity ranges with min above max and threshold bands with below not under above (MAC0013).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyRangeAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.EmptyRange,
        DefinitionRules.EmptyRange.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.EmptyRange.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public EmptyRangeAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
