using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports checks and drift methods that do not apply to the column's type (MAC0012), such as Wasserstein on text.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NotApplicableToColumnTypeAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.NotApplicableToColumnType,
        DefinitionRules.NotApplicableToColumnType.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.NotApplicableToColumnType.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public NotApplicableToColumnTypeAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
