using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports definitions missing a field they need (MAC0004): a monitor without a threshold, a validity monitor without min, max or allowed, a dataset without snapshots.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingRequiredFieldAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.MissingRequiredField,
        DefinitionRules.MissingRequiredField.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.MissingRequiredField.HelpUrl);

    /// <summary>Creates the analyzer.</summary>
    public MissingRequiredFieldAnalyzer()
        : base(Rule, reportsWhileTyping: true)
    {
    }
}
