using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports monitors of severity Act without a runbook (MAC0010), at the severity argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RunbookRequiredAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.RunbookRequired,
        DefinitionRules.RunbookRequired.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.RunbookRequired.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public RunbookRequiredAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
