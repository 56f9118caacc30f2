using System.Globalization;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.History;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Baselines;

/// <summary>
/// What a monitor's history changes about its verdict, applied after the check has measured its value: a baseline
/// (judge against what history expects), <c>for:</c> (warn or fail only once the condition has held that long) and
/// <c>recover:</c> (a failing monitor passes again only once its value is back past the recovery limit).
/// </summary>
/// <remarks>
/// Gaps: a window with no record is neither a passing nor a failing one. It ends a <c>for:</c> streak (the condition
/// must hold again over the whole period after a gap, so a gap never makes an alert fire), and it does not clear a
/// failure (<c>recover:</c> looks at the latest recorded window, however far back, so a gap never makes an alert clear).
/// </remarks>
public static class HistoryJudgement
{
    /// <summary>How many windows back a run reads for <c>for:</c> and <c>recover:</c> when no baseline look-back is longer.</summary>
    public const int RecentWindows = 30;

    /// <summary>
    /// <paramref name="result"/> rejudged with the monitor's history; unchanged when the monitor reads no history or was
    /// not measured. <paramref name="rows"/> are the judged window's rows, for <c>min_volume</c>.
    /// </summary>
    public static CheckResult Apply(MonitorDefinition monitor, CheckResult result, RunOptions options, DateTimeOffset asOf, long? rows)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (!monitor.ReadsHistory || result.Status is CheckStatus.Error or CheckStatus.Skipped || result.Value is not { } value)
        {
            return result;
        }

        if (options.History is not { } reader)
        {
            var what = monitor.Baseline is not null ? "a baseline" : monitor.For is not null ? "'for'" : "'recover'";
            // Like a baseline with too little history: not judged, and never a pass. The summary line counts it as skipped
            // and the evidence says what to give, so a plain run over the snapshots stays usable beside monitors that need a past.
            return result with { Status = CheckStatus.Skipped, Evidence = Evidence.Of($"monitor '{monitor.Id}' has {what}, which reads the monitor's past windows, and this run has no history, so it is not judged; give --history FILE (or history: {{ store: … }} in the definitions)") };
        }

        var current = options.Window ?? JudgedWindow.At(asOf);
        var step = PastWindows.StepOf(current);
        var slots = RecentWindows;
        if (monitor.Baseline is { } look)
        {
            slots = Math.Max(slots, (int)(look.EffectiveWindow.Ticks / step.Ticks));
        }

        if (monitor.For is { Windows: { } forWindows })
        {
            slots = Math.Max(slots, forWindows);
        }
        else if (monitor.For is { Duration: { } forDuration })
        {
            slots = Math.Max(slots, (int)Math.Ceiling(forDuration.Ticks / (double)step.Ticks));
        }

        var past = PastWindows.Read(reader, monitor.Id, current, slots);
        double distance = value;
        if (monitor.Baseline is { } baseline)
        {
            if (baseline.MinVolume is { } minimum && rows is { } count && count < minimum)
            {
                return result with { Status = CheckStatus.Skipped, Evidence = Evidence.Of($"this window has {ValueFormat.Count(count)} rows, below the baseline's min_volume {ValueFormat.Count(minimum)}, so it is not judged") };
            }

            var (verdict, skipped) = BaselineJudge.Judge(baseline, past, value, options.BaselineExclusion);
            if (verdict is null)
            {
                return result with { Status = CheckStatus.Skipped, Evidence = Evidence.Of(skipped ?? "baseline not judged") };
            }

            var (warn, fail) = BaselineJudge.Limits(baseline, verdict.Estimate);
            distance = verdict.Distance;
            result = result with
            {
                Status = BaselineJudge.Status(baseline, verdict.Distance),
                Warn = warn,
                Fail = fail,
                Evidence = BaselineEvidence.Of(baseline, verdict, value, result.Metric.Unit),
            };
        }

        if (monitor.For is { } sustain)
        {
            result = Sustain(result, sustain, past);
        }

        if (monitor.Recover is { } recover && result.Status is CheckStatus.Pass or CheckStatus.Warn && past.Latest is { Status: CheckStatus.Fail } previous)
        {
            var back = monitor.Baseline is not null ? Math.Abs(distance) <= recover : monitor.Fail is { Below: not null } ? value >= recover : value <= recover;
            var units = monitor.Baseline is { JudgesChange: true } ? "relative change" : monitor.Baseline is not null ? "deviations" : "the value";
            var where = monitor.Baseline is not null ? $"a distance of {Number(Math.Abs(distance))} ({units})" : $"{units} {Number(value)}";
            var line = back
                ? $"recovered: the previous recorded window ({ValueFormat.Instant(previous.Window.Key.Start)}) failed, and {where} is back past recover {Number(recover)}"
                : $"still failing: the previous recorded window ({ValueFormat.Instant(previous.Window.Key.Start)}) failed, and {where} is not yet back past recover {Number(recover)}";
            result = result with { Status = back ? result.Status : CheckStatus.Fail, Evidence = Append(result.Evidence, line) };
        }

        return result;
    }

    /// <summary>
    /// Applies <c>for:</c>: the status is the worst level (fail, then warn) whose condition held over enough consecutive
    /// windows, the judged one included; a past window's condition is its value judged against its recorded limits.
    /// </summary>
    private static CheckResult Sustain(CheckResult result, SustainPeriod sustain, PastWindows past)
    {
        if (result.Status is not (CheckStatus.Warn or CheckStatus.Fail))
        {
            return result;
        }

        var requiredText = sustain.Windows is not null ? sustain.ToString() : DurationText.Format((sustain.Duration ?? TimeSpan.Zero).TotalSeconds);
        var lines = new List<string>();
        var status = CheckStatus.Pass;
        foreach (var level in new[] { CheckStatus.Fail, CheckStatus.Warn })
        {
            if (result.Status < level)
            {
                continue;
            }

            var held = 1;
            while (past.At(held) is { } entry && Condition(entry) >= level)
            {
                held++;
            }

            var heldFor = TimeSpan.FromTicks(past.Step.Ticks * held);
            var enough = sustain.Windows is { } windows ? held >= windows : heldFor >= (sustain.Duration ?? TimeSpan.Zero);
            var word = level == CheckStatus.Fail ? "fail" : "warn";
            var heldText = $"{held.ToString(CultureInfo.InvariantCulture)} {(held == 1 ? "window" : "windows")} ({DurationText.Format(heldFor.TotalSeconds)})";
            if (enough)
            {
                lines.Add($"the {word} condition has held for {heldText}, at least the {requiredText} 'for' asks");
                status = level;
                break;
            }

            lines.Add($"the {word} condition has held for {heldText} of the {requiredText} 'for' asks, so it is not reported as {word} yet");
        }

        return result with { Status = status, Evidence = Append(result.Evidence, string.Join("; ", lines)) };
    }

    /// <summary>A recorded window's condition: its value against its recorded limits, or its status when it has no value.</summary>
    private static CheckStatus Condition(HistoryEntry entry)
    {
        var condition = entry.Value is { } value && (entry.Warn is not null || entry.Fail is not null) ? StatusPolicy.Judge(value, entry.Warn, entry.Fail) : entry.Status;

        // A window that errored or was skipped shows no condition: like a gap, it ends a streak.
        return condition is CheckStatus.Error or CheckStatus.Skipped ? CheckStatus.Pass : condition;
    }

    private static Evidence Append(Evidence evidence, string line) =>
        line.Length == 0 ? evidence : evidence with { Summary = evidence.Summary.Length == 0 ? line : evidence.Summary + "; " + line };

    private static string Number(double value) => ValueFormat.Number(value);
}
