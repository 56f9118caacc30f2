using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports misspelt or inapplicable keys in YAML AdditionalFiles (MAC0002).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownKeyAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.UnknownKey,
        DefinitionRules.UnknownKey.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.UnknownKey.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public UnknownKeyAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
