using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports SLI expressions that do not parse or mix types (MAC0017), at the offending word of the expression.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidSliExpressionAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.InvalidSliExpression,
        DefinitionRules.InvalidSliExpression.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.InvalidSliExpression.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public InvalidSliExpressionAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
