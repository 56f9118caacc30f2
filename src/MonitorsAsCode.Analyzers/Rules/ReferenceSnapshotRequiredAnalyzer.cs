using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports drift, volume and unseen-value checks on a dataset without a reference snapshot (MAC0014).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReferenceSnapshotRequiredAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ReferenceSnapshotRequired,
        DefinitionRules.ReferenceSnapshotRequired.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.ReferenceSnapshotRequired.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public ReferenceSnapshotRequiredAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
