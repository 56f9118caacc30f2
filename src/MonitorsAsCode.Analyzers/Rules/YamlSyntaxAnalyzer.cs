using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>Reports YAML AdditionalFiles that do not parse (MAC0001), at the line and column of the problem.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class YamlSyntaxAnalyzer : DefinitionRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.YamlSyntax,
        DefinitionRules.YamlSyntax.Title,
        RuleDescriptors.MessageFormat,
        RuleDescriptors.Category,
        Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: DefinitionRules.YamlSyntax.HelpUrl,
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Creates the analyzer.</summary>
    public YamlSyntaxAnalyzer()
        : base(Rule, reportsWhileTyping: false)
    {
    }
}
