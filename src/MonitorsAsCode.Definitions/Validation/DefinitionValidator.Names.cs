using System;
using System.Collections.Generic;
using MonitorsAsCode.Definitions.Slos;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>
/// The rule for names (MAC0023): ids and services in the id grammar, alert names, label and annotation
/// names in Prometheus's, and none of the labels and annotations the generated alert rules write themselves.
/// </summary>
public static partial class DefinitionValidator
{
    /// <summary>Labels every generated alert rule sets itself.</summary>
    private static readonly string[] GeneratedAlertLabels = ["severity", "sloth_severity"];

    /// <summary>Annotations every generated alert rule sets itself, and the field that sets each.</summary>
    private static readonly KeyValuePair<string, string>[] GeneratedAnnotations = [new("summary", "summary"), new("runbook_url", "runbook")];

    private static void ValidateNames(List<DefinitionDiagnostic> diagnostics, DefinitionSet set)
    {
        foreach (var dataset in set.Datasets)
        {
            CheckId(diagnostics, "dataset", dataset.Id, dataset.Source);
        }

        foreach (var monitor in set.Monitors)
        {
            CheckId(diagnostics, "monitor", monitor.Id, monitor.Source);
        }

        foreach (var gate in set.Gates)
        {
            CheckId(diagnostics, "gate", gate.Id, gate.Source);
        }

        foreach (var slo in set.Slos)
        {
            CheckId(diagnostics, "SLO", slo.Id, slo.Source);
            if (slo.Service is { } service && !DefinitionNames.IsValidId(service))
            {
                Add(diagnostics, DefinitionRules.InvalidName, $"SLO '{slo.Id}': service '{service}' may hold only {DefinitionNames.IdGrammar}; it becomes the sloth_service label and part of rule group names", slo.Source.Of("service"));
            }

            if (slo.Alerting is { } alerting)
            {
                ValidateAlertNames(diagnostics, slo, alerting);
            }
        }

        // Prometheus rules name each SLO's groups by Sloth's id, service-slo; two SLOs with one id would give
        // two groups of one name, which promtool rejects (service 'a-b' with SLO 'c', service 'a' with SLO 'b-c').
        // An SLO declared twice under one id is already a duplicate id; only the first of each id is compared here.
        var withRules = new List<SloDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slo in set.Slos)
        {
            if (seen.Add(slo.Id) && slo.Indicator.Prometheus is not null && slo.Budgeting == BudgetingMethod.Occurrences)
            {
                withRules.Add(slo);
            }
        }

        CheckDuplicates(diagnostics, withRules, SlothId, s => s.Source, id => $"two SLOs get the Prometheus id '{id}' (service-slo), which names their rule groups; rename one SLO or service");
    }

    /// <summary>Sloth's id of the SLO's Prometheus rules: its service (else its dataset, else its id), a dash, and its id.</summary>
    private static string SlothId(SloDefinition slo) => (slo.Service ?? slo.DatasetId ?? slo.Id) + "-" + slo.Id;

    private static void CheckId(List<DefinitionDiagnostic> diagnostics, string kind, string id, SourceMap source)
    {
        if (!DefinitionNames.IsValidId(id))
        {
            Add(diagnostics, DefinitionRules.InvalidName, $"{kind} id '{id}' may hold only {DefinitionNames.IdGrammar}: ids name pages, files, Prometheus labels and CI log lines", source.Of("id"));
        }
    }

    private static void ValidateAlertNames(List<DefinitionDiagnostic> diagnostics, SloDefinition slo, SloAlerting alerting)
    {
        if (alerting.Name is { } name && !DefinitionNames.IsValidLabelName(name))
        {
            Add(diagnostics, DefinitionRules.InvalidName, $"SLO '{slo.Id}': alert name '{name}' may hold only {DefinitionNames.LabelGrammar}", slo.Source.Of("alerting.name"));
        }

        CheckPairs(diagnostics, slo, "alerting", "label", alerting.Labels);
        CheckPairs(diagnostics, slo, "alerting", "annotation", alerting.Annotations);
        foreach (var severity in new[] { AlertSeverity.Page, AlertSeverity.Ticket })
        {
            if (alerting.For(severity) is { } alert)
            {
                var at = "alerting." + SloWords.Of(severity);
                CheckPairs(diagnostics, slo, at, "label", alert.Labels);
                CheckPairs(diagnostics, slo, at, "annotation", alert.Annotations);
            }
        }
    }

    private static void CheckPairs(List<DefinitionDiagnostic> diagnostics, SloDefinition slo, string at, string kind, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        var field = at + "." + kind + "s";
        foreach (var pair in pairs)
        {
            var location = slo.Source.Has(field + "." + pair.Key) ? slo.Source.Of(field + "." + pair.Key) : slo.Source.Of(field);
            if (!DefinitionNames.IsValidLabelName(pair.Key))
            {
                Add(diagnostics, DefinitionRules.InvalidName, $"SLO '{slo.Id}': {kind} name '{pair.Key}' in '{field}' is not a Prometheus {kind} name: it may hold only {DefinitionNames.LabelGrammar}", location);
                continue;
            }

            if (kind == "label" && Array.IndexOf(GeneratedAlertLabels, pair.Key) >= 0)
            {
                Add(diagnostics, DefinitionRules.InvalidName, $"SLO '{slo.Id}': label '{pair.Key}' in '{field}' is set by the generated alert rule itself (from 'page' or 'ticket'); choose another name", location);
                continue;
            }

            if (kind == "annotation")
            {
                foreach (var generated in GeneratedAnnotations)
                {
                    if (string.Equals(generated.Key, pair.Key, StringComparison.Ordinal))
                    {
                        Add(diagnostics, DefinitionRules.InvalidName, $"SLO '{slo.Id}': annotation '{pair.Key}' in '{field}' is set by the generated alert rule itself; write it as '{generated.Value}:' under 'page' or 'ticket'", location);
                    }
                }
            }
        }
    }
}
