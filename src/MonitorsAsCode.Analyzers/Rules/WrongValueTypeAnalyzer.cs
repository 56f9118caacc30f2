using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports YAML values of the wrong type or outside the allowed words (MAC0003).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WrongValueTypeAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.WrongValueType,
        DefinitionRules.WrongValueType.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.WrongValueType.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public WrongValueTypeAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
