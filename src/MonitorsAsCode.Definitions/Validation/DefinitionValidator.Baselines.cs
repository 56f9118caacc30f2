using System.Collections.Generic;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;

namespace MonitorsAsCode.Definitions.Validation;

/// <summary>The history options of a monitor: <c>baseline:</c> (MAC0030, MAC0031), <c>for:</c> and <c>recover:</c> (MAC0032).</summary>
public static partial class DefinitionValidator
{
    private static void ValidateHistoryOptions(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, MetricDescription metric)
    {
        var source = monitor.Source;
        if (monitor.Baseline is { } baseline)
        {
            ValidateBaseline(diagnostics, monitor, baseline, metric);
        }

        if (monitor.For is { } sustain && ((sustain.Windows is { } windows && windows < 1) || (sustain.Duration is { } duration && duration <= System.TimeSpan.Zero)))
        {
            Add(diagnostics, DefinitionRules.SustainOrRecoveryInvalid, $"monitor '{monitor.Id}': 'for' must be at least one window or a positive duration, not {sustain}", source.Of("for"));
        }

        if (monitor.Recover is { } recover)
        {
            ValidateRecover(diagnostics, monitor, recover);
        }
    }

    private static void ValidateBaseline(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, BaselineDefinition baseline, MetricDescription metric)
    {
        var source = monitor.Source;
        var method = YamlWords.Of(baseline.Method);
        if (!metric.AcceptsThresholds)
        {
            Add(diagnostics, DefinitionRules.BaselineOptionNotApplicable, $"monitor '{monitor.Id}': a {Word(monitor.Check)} check has no value to compare with its history, so it cannot have a baseline", source.Of("baseline"));
            return;
        }

        if (monitor.Warn is not null || monitor.Fail is not null)
        {
            Add(diagnostics, DefinitionRules.BaselineOptionNotApplicable, $"monitor '{monitor.Id}': with a baseline the limits are deviations from what the history expects; write them with Deviations(warn, fail) or Change(warn, fail), not as fixed thresholds", source.Of(monitor.Fail is not null ? "fail" : "warn"));
        }

        if (baseline.Seasonality is not null && !baseline.IsSeasonal)
        {
            Add(diagnostics, DefinitionRules.BaselineOptionNotApplicable, $"monitor '{monitor.Id}': method {method} compares with all recent windows alike and has no seasons; remove 'seasonality' or use same-period-last-week or holt-winters", source.Of("baseline.seasonality"));
        }

        if (baseline.JudgesChange && (baseline.Warn is not null || baseline.Fail is not null))
        {
            Add(diagnostics, DefinitionRules.BaselineOptionNotApplicable, $"monitor '{monitor.Id}': write the limits either as deviations ('warn', 'fail') or as a relative 'change', not both", source.Of("change"));
        }

        foreach (var (field, value) in new[] { ("warn", baseline.Warn), ("fail", baseline.Fail), ("change.warn", baseline.ChangeWarn), ("change.fail", baseline.ChangeFail), ("baseline.k", baseline.K) })
        {
            if (value is { } limit && !(limit > 0))
            {
                Add(diagnostics, DefinitionRules.BaselineOptionNotApplicable, $"monitor '{monitor.Id}': '{field}' is a distance from the expected value either side and must be above 0, not {Format(limit)}", source.Of(field));
            }
        }

        if (baseline.Warn is { } warn && baseline.Fail is { } fail && warn > fail)
        {
            Add(diagnostics, DefinitionRules.BaselineOptionNotApplicable, $"monitor '{monitor.Id}': it warns at {Format(warn)} deviations and fails at {Format(fail)}, so it would fail before it warns; warn must be at most fail", source.Of("warn"));
        }

        if (baseline.ChangeWarn is { } changeWarn && baseline.ChangeFail is { } changeFail && changeWarn > changeFail)
        {
            Add(diagnostics, DefinitionRules.BaselineOptionNotApplicable, $"monitor '{monitor.Id}': it warns at a {Format(changeWarn * 100)}% change and fails at {Format(changeFail * 100)}%, so it would fail before it warns; warn must be at most fail", source.Of("change.warn"));
        }

        var minimum = BaselineDefinition.MethodMinimum(baseline.Method);
        if (baseline.MinHistory is { } minHistory && minHistory < minimum)
        {
            Add(diagnostics, DefinitionRules.BaselineHistoryTooShort, $"monitor '{monitor.Id}': method {method} needs at least {minimum} past windows, and 'min_history' is {minHistory}", source.Of("baseline.min_history"));
        }

        if (baseline.EffectiveSeasonality is { } season)
        {
            var seasons = baseline.Method == BaselineMethod.HoltWinters ? 2 : 1;
            if (baseline.EffectiveWindow.Ticks < season.Ticks * seasons)
            {
                var needed = DurationText.Format(season.TotalSeconds * seasons);
                var why = seasons == 2 ? "two seasons to learn the level, trend and season from" : "one season to find the same period in";
                Add(diagnostics, DefinitionRules.BaselineHistoryTooShort, $"monitor '{monitor.Id}': method {method} needs {why}, so 'window' must be at least {needed}, not {DurationText.Format(baseline.EffectiveWindow.TotalSeconds)}", source.Of(source.Has("baseline.window") ? "baseline.window" : "baseline.seasonality"));
            }
        }
    }

    private static void ValidateRecover(List<DefinitionDiagnostic> diagnostics, MonitorDefinition monitor, double recover)
    {
        var source = monitor.Source;
        if (monitor.Baseline is { } baseline)
        {
            var (limit, unit) = baseline.JudgesChange ? (baseline.ChangeFail, "relative change") : (baseline.EffectiveDeviations.Fail, "deviations");
            if (limit is null)
            {
                Add(diagnostics, DefinitionRules.SustainOrRecoveryInvalid, $"monitor '{monitor.Id}': 'recover' is where a failing monitor passes again, and this monitor has no fail limit", source.Of("recover"));
            }
            else if (!(recover >= 0 && recover < limit))
            {
                Add(diagnostics, DefinitionRules.SustainOrRecoveryInvalid, $"monitor '{monitor.Id}': 'recover' {Format(recover)} must be at least 0 and below the fail limit {Format(limit.Value)} ({unit}), so that a failing monitor passes again only once it is well back", source.Of("recover"));
            }

            return;
        }

        switch (monitor.Fail)
        {
            case null:
                Add(diagnostics, DefinitionRules.SustainOrRecoveryInvalid, $"monitor '{monitor.Id}': 'recover' is where a failing monitor passes again, and this monitor has no fail threshold", source.Of("recover"));
                break;
            case { Below: not null, Above: not null }:
                Add(diagnostics, DefinitionRules.SustainOrRecoveryInvalid, $"monitor '{monitor.Id}': 'recover' is one value, and the fail threshold is a band with two sides; remove 'recover' or fail on one side", source.Of("recover"));
                break;
            case { Above: { } above } when recover >= above:
                Add(diagnostics, DefinitionRules.SustainOrRecoveryInvalid, $"monitor '{monitor.Id}': the monitor fails above {Format(above)}, so 'recover' must be below it, not {Format(recover)}", source.Of("recover"));
                break;
            case { Below: { } below } when recover <= below:
                Add(diagnostics, DefinitionRules.SustainOrRecoveryInvalid, $"monitor '{monitor.Id}': the monitor fails below {Format(below)}, so 'recover' must be above it, not {Format(recover)}", source.Of("recover"));
                break;
        }
    }
}
