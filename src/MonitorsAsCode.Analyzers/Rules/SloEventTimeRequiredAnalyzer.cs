using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports SLOs on a dataset without an event-time column (MAC0020), at the dataset or monitor argument.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SloEventTimeRequiredAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.SloEventTimeRequired,
        DefinitionRules.SloEventTimeRequired.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.SloEventTimeRequired.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public SloEventTimeRequiredAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
