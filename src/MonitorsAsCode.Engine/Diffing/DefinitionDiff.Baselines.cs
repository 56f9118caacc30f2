using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Definitions.Yaml;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Diffing;

/// <summary>
/// A monitor's history options: a baseline added or removed or its method changed (which cannot be ordered), its limits
/// (a higher deviation or change limit lets more through: loosened), how much history it needs before it judges (more is
/// loosened: it stays silent longer), <c>for:</c> (longer is loosened: it alerts later) and <c>recover:</c> (closer to the
/// fail limit is loosened: a failure clears sooner; added is tightened, removed loosened).
/// </summary>
public static partial class DefinitionDiff
{
    private static void CompareHistoryOptions(List<DefinitionChange> changes, MonitorDefinition before, MonitorDefinition after)
    {
        var id = after.Id;
        var (old, current) = (before.Baseline, after.Baseline);
        if (old is null || current is null)
        {
            CompareText(changes, ChangeKind.ThresholdChanged, id, "baseline", BaselineText(old), BaselineText(current), "baseline changed");
        }
        else
        {
            CompareText(changes, ChangeKind.MethodChanged, id, "baseline.method", YamlWords.Of(old.Method), YamlWords.Of(current.Method), "baseline method changed");
            CompareText(changes, ChangeKind.CheckChanged, id, "baseline.window", Duration(old.EffectiveWindow), Duration(current.EffectiveWindow), "baseline window changed");
            CompareText(changes, ChangeKind.CheckChanged, id, "baseline.seasonality", Duration(old.EffectiveSeasonality), Duration(current.EffectiveSeasonality), "baseline seasonality changed");
            if (old.JudgesChange == current.JudgesChange)
            {
                var (oldWarn, oldFail) = old.JudgesChange ? (old.ChangeWarn, old.ChangeFail) : old.EffectiveDeviations;
                var (newWarn, newFail) = current.JudgesChange ? (current.ChangeWarn, current.ChangeFail) : current.EffectiveDeviations;
                var prefix = current.JudgesChange ? "change." : string.Empty;
                CompareLooseness(changes, id, prefix + "warn", oldWarn, newWarn, largerIsLooser: true, ChangeKind.ThresholdLoosened, ChangeKind.ThresholdTightened);
                CompareLooseness(changes, id, prefix + "fail", oldFail, newFail, largerIsLooser: true, ChangeKind.ThresholdLoosened, ChangeKind.ThresholdTightened);
            }
            else
            {
                CompareText(changes, ChangeKind.ThresholdChanged, id, "change", old.JudgesChange ? "relative change" : "deviations", current.JudgesChange ? "relative change" : "deviations", "baseline limits changed kind");
            }

            CompareLooseness(changes, id, "baseline.k", old.EffectiveK, current.EffectiveK, largerIsLooser: true, ChangeKind.ThresholdLoosened, ChangeKind.ThresholdTightened);
            CompareLooseness(changes, id, "baseline.min_history", old.EffectiveMinHistory, current.EffectiveMinHistory, largerIsLooser: true, ChangeKind.ThresholdLoosened, ChangeKind.ThresholdTightened);
            CompareLooseness(changes, id, "baseline.min_volume", old.MinVolume ?? 0, current.MinVolume ?? 0, largerIsLooser: true, ChangeKind.ThresholdLoosened, ChangeKind.ThresholdTightened);
        }

        if (before.For is { } a && after.For is { } b && (a.Windows is null) != (b.Windows is null))
        {
            CompareText(changes, ChangeKind.ThresholdChanged, id, "for", a.ToString(), b.ToString(), "for changed");
        }
        else if (Seconds(before.For) is var was && Seconds(after.For) is var now && was != now)
        {
            // No 'for' alerts at once, like a zero period: a longer period alerts later, so it lets more through.
            var looser = now > was;
            var (oldText, newText) = (before.For?.ToString(), after.For?.ToString());
            var summary = (before.For, after.For) switch
            {
                (null, _) => $"for added: {newText}",
                (_, null) => $"for removed (was {oldText}): alerts at once",
                _ => $"for {Verb(looser ? -1 : 1)} {ChangeText.Arrow(oldText, newText)}",
            };
            Add(changes, looser ? ChangeKind.ThresholdLoosened : ChangeKind.ThresholdTightened, id, "for", oldText, newText, summary);
        }

        CompareRecover(changes, after, before.Recover, after.Recover);
    }

    private static void CompareRecover(List<DefinitionChange> changes, MonitorDefinition after, double? before, double? current)
    {
        if (before == current)
        {
            return;
        }

        var old = ChangeText.Number(before);
        var now = ChangeText.Number(current);
        if (before is null || current is null)
        {
            var added = before is null;
            Add(changes, added ? ChangeKind.ThresholdTightened : ChangeKind.ThresholdLoosened, after.Id, "recover", old, now, added ? $"recover added: {now}" : $"recover removed (was {old}): a failure clears at the fail limit");
            return;
        }

        // A recovery limit below an upper fail limit (deviations and changes are upper limits too) is looser when higher.
        var lowerFail = after.Baseline is null && after.Fail is { Below: not null, Above: null };
        var looser = lowerFail ? current < before : current > before;
        Add(changes, looser ? ChangeKind.ThresholdLoosened : ChangeKind.ThresholdTightened, after.Id, "recover", old, now, $"recover {Verb(looser ? -1 : 1)} {ChangeText.Arrow(old, now)}");
    }

    private static void CompareLooseness(List<DefinitionChange> changes, string id, string field, double? before, double? after, bool largerIsLooser, ChangeKind loosened, ChangeKind tightened)
    {
        if (before == after)
        {
            return;
        }

        var old = ChangeText.Number(before);
        var now = ChangeText.Number(after);
        var looser = (before, after) switch
        {
            (null, _) => !largerIsLooser,
            (_, null) => largerIsLooser,
            ({ } b, { } a) => (a > b) == largerIsLooser,
        };
        var summary = (before, after) switch
        {
            (null, _) => $"{field} added: {now}",
            (_, null) => $"{field} removed (was {old})",
            _ => $"{field} {Verb(looser ? -1 : 1)} {ChangeText.Arrow(old, now)}",
        };
        Add(changes, looser ? loosened : tightened, id, field, old, now, summary);
    }

    private static string? BaselineText(BaselineDefinition? baseline) => baseline is null ? null : YamlWords.Of(baseline.Method);

    private static double Seconds(SustainPeriod? sustain) => sustain switch
    {
        { Windows: { } windows } => windows,
        { Duration: { } duration } => duration.TotalSeconds,
        _ => 0,
    };
}
