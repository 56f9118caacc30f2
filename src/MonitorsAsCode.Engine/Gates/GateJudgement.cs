using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Slos;
using MonitorsAsCode.Engine.Results;
using MonitorsAsCode.Engine.Running;

namespace MonitorsAsCode.Engine.Gates;

/// <summary>
/// Judges a gate from the results of its member monitors and SLOs: which members block it, its quality score, and
/// the verdict of each SLO against the budget the gate demands of it.
/// </summary>
internal static class GateJudgement
{
    /// <summary>
    /// Without a quality requirement, any failing member or SLO fails the gate. With one, members the score covers
    /// (a kind with positive weight) block only through the score: the gate fails when the score is below the minimum,
    /// and otherwise warns if any of them failed. Hard members count in the score and always block when they fail;
    /// members of unscored kinds (drift, schema, volume) block as usual.
    /// </summary>
    public static GateResult Judge(GateDefinition gate, IReadOnlyDictionary<string, CheckResult> results, IReadOnlyList<SloResult> sloResults)
    {
        var statuses = new List<CheckStatus>();
        var blocking = new List<string>();
        var scored = new List<CheckResult>();
        var scoredFailures = new List<string>();
        foreach (var member in gate.Monitors)
        {
            if (!results.TryGetValue(member, out var result))
            {
                continue;
            }

            // A failure suppressed by a known event counts as a pass: the campaign must not block the deploy either.
            var status = result.CountedStatus;
            var failed = status is CheckStatus.Fail or CheckStatus.Error;
            var inScore = gate.Quality is { } quality && quality.WeightOf(result.Check) > 0;
            if (inScore)
            {
                scored.Add(result);
            }

            if (inScore && !gate.Hard.Contains(member, StringComparer.Ordinal))
            {
                statuses.Add(failed ? CheckStatus.Warn : status);
                if (failed)
                {
                    scoredFailures.Add(member);
                }

                continue;
            }

            statuses.Add(status);
            if (failed)
            {
                blocking.Add(member);
            }
        }

        double? score = null;
        if (gate.Quality is { } required)
        {
            score = StatusPolicy.QualityScore(scored.Select(r => (r.Check, r.CountedStatus)), required);
            if (score is { } value && value < required.Min)
            {
                statuses.Add(CheckStatus.Fail);
                blocking.AddRange(scoredFailures);
                blocking.Sort((a, b) => IndexOf(gate.Monitors, a).CompareTo(IndexOf(gate.Monitors, b)));
            }
        }

        var blockingSlos = new List<string>();
        var verdicts = new List<GateSloVerdict>();
        foreach (var member in gate.Slos)
        {
            if (Find(sloResults, member) is not { } slo || verdicts.Exists(v => string.Equals(v.SloId, member, StringComparison.Ordinal)))
            {
                continue;
            }

            var verdict = JudgeSlo(slo, gate.SloBudgets.TryGetValue(member, out var min) ? min : null);
            verdicts.Add(verdict);
            statuses.Add(verdict.Status);
            if (verdict.Status is CheckStatus.Fail or CheckStatus.Error)
            {
                blockingSlos.Add(slo.SloId);
            }
        }

        return new GateResult(gate.Id, StatusPolicy.Gate(statuses), gate.Monitors)
        {
            Blocking = blocking,
            Slos = gate.Slos,
            BlockingSlos = blockingSlos,
            SloVerdicts = verdicts,
            Mode = gate.Mode,
            Quality = score,
            QualityMin = gate.Quality?.Min,
        };
    }

    /// <summary>
    /// An SLO as a gate member. Without a budget of the gate's own, the SLO's verdict. With one, the gate's minimum
    /// replaces the SLO's <c>budget_remaining.fail</c>: the SLO blocks when less budget remains or its page alert
    /// would be firing, and errors when its budget could not be measured; when the gate's demand is met but the
    /// SLO fails or warns by its own thresholds, it warns.
    /// </summary>
    private static GateSloVerdict JudgeSlo(SloResult slo, double? minBudgetRemaining)
    {
        var remaining = slo.BudgetRemaining;
        if (minBudgetRemaining is not { } min)
        {
            var reason = slo.Status switch
            {
                CheckStatus.Fail or CheckStatus.Warn => SloReason(slo),
                CheckStatus.Error => "could not be measured: " + slo.Evidence.Summary,
                _ => null,
            };
            return new GateSloVerdict(slo.SloId, slo.Status) { BudgetRemaining = remaining, Reason = reason };
        }

        var required = ValueFormat.Percent(min);
        if (slo.Status == CheckStatus.Error || remaining is null)
        {
            var why = slo.Status == CheckStatus.Error ? slo.Evidence.Summary : "no events in its window";
            return new GateSloVerdict(slo.SloId, CheckStatus.Error) { MinBudgetRemaining = min, Reason = $"its budget could not be measured ({why}); the gate requires {required} of it left" };
        }

        var left = ValueFormat.Percent(remaining.Value) + " of the error budget left";
        var paging = slo.Firing.Contains(AlertSeverity.Page);
        var (status, text) = remaining.Value < min
            ? (CheckStatus.Fail, $"{left}, the gate requires {required}")
            : paging
                ? (CheckStatus.Fail, $"{left} (the gate requires {required}), but its page alert is firing")
                : slo.Status is CheckStatus.Fail or CheckStatus.Warn
                    ? (CheckStatus.Warn, $"{left}, enough for the gate's {required}, though by its own thresholds the SLO {Word(slo.Status)}")
                    : (CheckStatus.Pass, (string?)null);
        return new GateSloVerdict(slo.SloId, status) { MinBudgetRemaining = min, BudgetRemaining = remaining, Reason = text };
    }

    private static string SloReason(SloResult slo)
    {
        var left = slo.BudgetRemaining is { } remaining ? ValueFormat.Percent(remaining) + " of the error budget left" : "no budget measured";
        var firing = slo.Firing;
        return firing.Count == 0 ? left : left + ", " + string.Join(" and ", firing.Select(SloWords.Of)) + " alert firing";
    }

    private static string Word(CheckStatus status) => status == CheckStatus.Fail ? "fails" : "warns";

    private static SloResult? Find(IReadOnlyList<SloResult> results, string sloId)
    {
        foreach (var result in results)
        {
            if (string.Equals(result.SloId, sloId, StringComparison.Ordinal))
            {
                return result;
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], item, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
