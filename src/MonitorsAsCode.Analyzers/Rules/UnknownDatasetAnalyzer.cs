using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports monitors on a dataset no definition declares (MAC0006).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownDatasetAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.UnknownDataset,
        DefinitionRules.UnknownDataset.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.UnknownDataset.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public UnknownDatasetAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
