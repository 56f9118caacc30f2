using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Datasets;
using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>The <c>gates:</c> list.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] GateKeys = ["id", "description", "monitors", "slos", "mode", "quality", "hard"];
    private static readonly string[] QualityKeys = ["min", "weights"];
    private static readonly string[] GateSloKeys = ["id", "budget_remaining"];
    private static readonly string[] QualityWeightKeys = ["completeness", "validity", "uniqueness", "freshness"];

    private void ReadGate(YamlMapping mapping)
    {
        var fields = new YamlFields(mapping, "a gate", GateKeys, diagnostics);
        fields.RequireAll("id", "monitors");
        var id = fields.Text("id");
        var monitors = fields.TextList("monitors");
        if (id is null || monitors is null)
        {
            Remember(id);
            return;
        }

        var mode = fields.Word("mode", YamlWords.GateModes) ?? GateMode.Blocking;
        var quality = ReadGateQuality(fields);
        var hard = fields.TextList("hard") ?? [];
        for (var i = 0; i < hard.Count; i++)
        {
            if (!monitors.Contains(hard[i]))
            {
                var location = fields.Locations.TryGetValue("hard[" + i.ToString(CultureInfo.InvariantCulture) + "]", out var at) ? at : mapping.Location;
                Report(DefinitionRules.UnknownGateMonitor, $"gate '{id}' lists '{hard[i]}' under 'hard', which is not one of its monitors", location);
            }
        }

        var (slos, budgets) = ReadGateSlos(fields);
        Gates.Add(new GateDefinition(id, monitors)
        {
            Description = fields.Text("description"),
            Slos = slos,
            SloBudgets = budgets,
            Mode = mode,
            Quality = quality,
            Hard = hard,
            Source = new SourceMap(mapping.Location, fields.Locations),
        });
    }

    /// <summary>
    /// <c>slos: [scoring-latency, { id: scoring-availability, budget_remaining: 0.25 }]</c>: each item an SLO id, or
    /// a mapping with the id and the budget the gate requires. <c>slos[i]</c> locates the id and
    /// <c>slos[i].budget_remaining</c> the budget, for the validator.
    /// </summary>
    private (List<string> Slos, Dictionary<string, double> Budgets) ReadGateSlos(YamlFields fields)
    {
        var slos = new List<string>();
        var budgets = new Dictionary<string, double>(StringComparer.Ordinal);
        var node = fields.Node("slos");
        if (node is null)
        {
            return (slos, budgets);
        }

        var items = node switch
        {
            YamlSequence sequence => sequence.Items,
            YamlScalar { IsNull: false } or YamlMapping => [node],
            _ => null,
        };
        if (items is null)
        {
            Report(DefinitionRules.WrongValueType, $"'slos' must be a list of SLO ids or of {{ id, budget_remaining }} mappings, not {node.Describe()}", node.Location);
            return (slos, budgets);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var at = "slos[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            switch (items[i])
            {
                case YamlScalar { IsNull: false } scalar:
                    fields.Locate(at, scalar.Location);
                    slos.Add(scalar.Value);
                    break;
                case YamlMapping mapping:
                    {
                        var item = new YamlFields(mapping, "an SLO of a gate", GateSloKeys, diagnostics);
                        item.RequireAll("id");
                        var sloId = item.Text("id");
                        var budget = item.Number("budget_remaining");
                        if (sloId is null)
                        {
                            break;
                        }

                        fields.Locate(at, item.Locations["id"]);
                        slos.Add(sloId);
                        if (budget is { } value)
                        {
                            fields.Locate(at + ".budget_remaining", item.Locations["budget_remaining"]);
                            budgets[sloId] = value;
                        }

                        break;
                    }

                default:
                    Report(DefinitionRules.WrongValueType, $"'slos' items must be an SLO id or {{ id, budget_remaining }}, not {items[i].Describe()}", items[i].Location);
                    break;
            }
        }

        return (slos, budgets);
    }

    /// <summary><c>quality: { min: 0.95, weights: { completeness: 1, validity: 1, uniqueness: 1, freshness: 1 } }</c>; weights default to 1.</summary>
    private GateQuality? ReadGateQuality(YamlFields fields)
    {
        if (fields.Node("quality") is not { } node)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'quality' must be a mapping such as {{ min: 0.95 }}, not {node.Describe()}", node.Location);
            return null;
        }

        var quality = new YamlFields(mapping, "'quality'", QualityKeys, diagnostics);
        quality.RequireAll("min");
        var min = quality.Number("min");
        if (min is { } m && (m < 0 || m > 1))
        {
            Report(DefinitionRules.WrongValueType, $"'min' must be a score from 0 to 1, not {m.ToString(CultureInfo.InvariantCulture)}", quality.LocationOf("min"));
            min = null;
        }

        var result = min is { } value ? new GateQuality(value) : null;
        if (quality.Node("weights") is { } weightsNode)
        {
            if (weightsNode is YamlMapping weightsMapping)
            {
                var weights = new YamlFields(weightsMapping, "'weights'", QualityWeightKeys, diagnostics);
                double Weight(string key)
                {
                    if (weights.Number(key) is not { } w)
                    {
                        return 1;
                    }

                    if (w < 0)
                    {
                        Report(DefinitionRules.WrongValueType, $"'{key}' must be a weight of 0 or more, not {w.ToString(CultureInfo.InvariantCulture)}", weights.LocationOf(key));
                        return 1;
                    }

                    return w;
                }

                var completeness = Weight("completeness");
                var validity = Weight("validity");
                var uniqueness = Weight("uniqueness");
                var freshness = Weight("freshness");
                Nest(quality, "weights", weights);
                result = result is null ? null : result with { Completeness = completeness, Validity = validity, Uniqueness = uniqueness, Freshness = freshness };
            }
            else
            {
                Report(DefinitionRules.WrongValueType, $"'weights' must be a mapping such as {{ completeness: 1, validity: 1 }}, not {weightsNode.Describe()}", weightsNode.Location);
            }
        }

        Nest(fields, "quality", quality);
        return result;
    }
}
