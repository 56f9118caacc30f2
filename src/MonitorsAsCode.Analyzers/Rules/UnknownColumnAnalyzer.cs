using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports monitors on a column their dataset does not declare (MAC0007), at the column argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownColumnAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.UnknownColumn,
        DefinitionRules.UnknownColumn.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.UnknownColumn.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public UnknownColumnAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
