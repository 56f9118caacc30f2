using System;
using System.Collections.Generic;
using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Validation;

namespace MonitorsAsCode.Definitions.Yaml;

/// <summary>A monitor's history options: <c>baseline:</c> (with <c>warn</c>/<c>fail</c> as deviations or <c>change:</c>), <c>for:</c>, <c>recover:</c>.</summary>
internal sealed partial class YamlDefinitionReader
{
    private static readonly string[] HistoryKeys = ["baseline", "change", "for", "recover"];
    private static readonly string[] BaselineKeys = ["method", "window", "seasonality", "k", "min_history", "min_volume"];

    private MonitorDefinition ReadHistoryOptions(YamlFields fields, MonitorDefinition monitor)
    {
        var baseline = ReadBaseline(fields);
        if (baseline is not null)
        {
            // With a baseline, warn and fail are deviations from what the history expects, not values of the metric.
            baseline = baseline with { Warn = Deviation(fields, "warn"), Fail = Deviation(fields, "fail") };
            if (ReadChange(fields) is { } change)
            {
                baseline = baseline with { ChangeWarn = change.Warn, ChangeFail = change.Fail };
            }
        }
        else if (fields.Has("change"))
        {
            fields.Report(DefinitionRules.BaselineOptionNotApplicable, $"'change' is a relative change from what a baseline expects, and this monitor has no 'baseline'", fields.LocationOf("change"));
        }

        SustainPeriod? sustain = null;
        if (fields.Node("for") is { } node)
        {
            if (node is YamlScalar { IsNull: false } scalar && SustainPeriod.TryParse(scalar.Value, out var parsed))
            {
                sustain = parsed;
            }
            else
            {
                fields.Report(DefinitionRules.SustainOrRecoveryInvalid, $"'for' must be a duration such as 3d or 36h, or a number of windows such as '3 windows', not {node.Describe()}", node.Location);
            }
        }

        return monitor with { Baseline = baseline, For = sustain, Recover = fields.Number("recover") };
    }

    private BaselineDefinition? ReadBaseline(YamlFields fields)
    {
        var node = fields.Node("baseline");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'baseline' must be a mapping such as {{ method: median-mad, window: 28d }}, not {node.Describe()}", node.Location);
            return null;
        }

        var options = new YamlFields(mapping, "'baseline'", BaselineKeys, diagnostics);
        options.RequireAll("method");
        var method = options.Word("method", YamlWords.BaselineMethods);
        var baseline = method is { } m
            ? new BaselineDefinition(m)
            {
                Window = Duration(options, "window"),
                Seasonality = Duration(options, "seasonality"),
                K = options.Number("k"),
                MinHistory = options.Integer("min_history", 0, 1_000_000),
                MinVolume = options.Integer("min_volume", 0, int.MaxValue),
            }
            : null;
        foreach (var pair in options.Locations)
        {
            fields.Locate("baseline." + pair.Key, pair.Value);
        }

        return baseline;
    }

    private TimeSpan? Duration(YamlFields fields, string key)
    {
        var node = fields.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar && DurationText.TryParse(scalar.Value, out var duration))
        {
            return duration;
        }

        Report(DefinitionRules.WrongValueType, DurationText.Problem(key, (node as YamlScalar)?.Value, node.Describe(), "28d, 7d or 36h"), node.Location);
        return null;
    }

    private double? Deviation(YamlFields fields, string key)
    {
        var node = fields.Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar)
        {
            Report(DefinitionRules.WrongValueType, $"with a baseline, '{key}' is a number of deviations from the expected value, such as 3, not {node.Describe()}", node.Location);
            return null;
        }

        return fields.Number(key, node);
    }

    private (double? Warn, double? Fail)? ReadChange(YamlFields fields)
    {
        var node = fields.Node("change");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DefinitionRules.WrongValueType, $"'change' must be a mapping such as {{ warn: 10%, fail: 25% }}, not {node.Describe()}", node.Location);
            return null;
        }

        var limits = new YamlFields(mapping, "'change'", ThresholdKeys, diagnostics);
        var warn = Share(limits, "warn");
        var fail = Share(limits, "fail");
        foreach (var pair in limits.Locations)
        {
            fields.Locate("change." + pair.Key, pair.Value);
        }

        if (mapping.Entries.Count == 0)
        {
            Report(DefinitionRules.MissingRequiredField, "'change' needs 'warn', 'fail' or both", mapping.Location);
        }

        return (warn, fail);
    }

    /// <summary>A share written as a percentage (<c>10%</c>) or a fraction (<c>0.1</c>).</summary>
    private double? Share(YamlFields fields, string key)
    {
        var node = fields.Node(key);
        if (node is YamlScalar { IsNull: false } scalar && scalar.Value.EndsWith("%", StringComparison.Ordinal)
            && double.TryParse(scalar.Value.Substring(0, scalar.Value.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            && !double.IsNaN(percent) && !double.IsInfinity(percent))
        {
            return percent / 100.0;
        }

        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { IsNull: false } plain && double.TryParse(plain.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share)
            && !double.IsNaN(share) && !double.IsInfinity(share))
        {
            return share;
        }

        Report(DefinitionRules.WrongValueType, $"'{key}' must be a relative change such as 10% or 0.1, not {node.Describe()}", node.Location);
        return null;
    }
}
