using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports datasets, monitors or gates sharing an id across the compilation's C# and YAML, and columns declared twice (MAC0005).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateIdAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.DuplicateId,
        DefinitionRules.DuplicateId.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.DuplicateId.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public DuplicateIdAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
