using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Analyzers.Rules;

/// <summary>
/// Reports every rule of <see cref="DefinitionRules.All"/> that has no analyzer of its own yet, so a rule
/// added to the definitions fails the build from the day it is added (at compilation end, with the
/// loader's message). A rule that gets its own analyzer is added to <see cref="Dedicated"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FurtherDefinitionRulesAnalyzer : DefinitionRuleAnalyzer
{
    /// <summary>The rules with an analyzer of their own in this folder.</summary>
    internal static readonly ImmutableHashSet<string> Dedicated = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        RuleIdentifiers.YamlSyntax,
        RuleIdentifiers.UnknownKey,
        RuleIdentifiers.WrongValueType,
        RuleIdentifiers.MissingRequiredField,
        RuleIdentifiers.DuplicateId,
        RuleIdentifiers.UnknownDataset,
        RuleIdentifiers.UnknownColumn,
        RuleIdentifiers.ThresholdOutOfRange,
        RuleIdentifiers.ThresholdsReversed,
        RuleIdentifiers.RunbookRequired,
        RuleIdentifiers.UnknownGateMonitor,
        RuleIdentifiers.NotApplicableToColumnType,
        RuleIdentifiers.EmptyRange,
        RuleIdentifiers.ReferenceSnapshotRequired,
        RuleIdentifiers.SloObjectiveOutOfRange,
        RuleIdentifiers.InvalidSliExpression,
        RuleIdentifiers.SloWindowsInconsistent,
        RuleIdentifiers.SloPageRunbookRequired,
        RuleIdentifiers.SloEventTimeRequired,
        RuleIdentifiers.UnknownSloReference);

    /// <summary>Creates the analyzer.</summary>
    public FurtherDefinitionRulesAnalyzer()
        : base(Descriptors(), reportsWhileTyping: false)
    {
    }

    private static ImmutableArray<DiagnosticDescriptor> Descriptors()
    {
        var descriptors = new List<DiagnosticDescriptor>();
        foreach (var rule in DefinitionRules.All)
        {
            if (!Dedicated.Contains(rule.Id))
            {
                descriptors.Add(new DiagnosticDescriptor(
                    rule.Id,
                    rule.Title,
                    RuleDescriptors.MessageFormat,
                    RuleDescriptors.Category,
                    rule.Severity == Definitions.Validation.DiagnosticSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
                    isEnabledByDefault: true,
                    description: null,
                    helpLinkUri: rule.HelpUrl,
                    customTags: WellKnownDiagnosticTags.CompilationEnd));
            }
        }

        return descriptors.ToImmutableArray();
    }
}
