using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Baselines;

/// <summary>The evidence of a baseline verdict: a sentence an on-call engineer can read, and the numbers behind it.</summary>
public static class BaselineEvidence
{
    /// <summary>The evidence for <paramref name="verdict"/> on <paramref name="value"/>.</summary>
    public static Evidence Of(BaselineDefinition baseline, BaselineVerdict verdict, double value, MetricUnit unit)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(verdict);
        var method = BaselineJudge.Yaml(verdict.Method);
        var expected = ValueFormat.Metric(verdict.Estimate.Expected, unit);
        var side = verdict.Distance < 0 ? "below" : "above";
        var distance = baseline.JudgesChange
            ? $"{ValueFormat.Percent(Math.Abs(verdict.Distance))} {side} the expected {expected}"
            : $"{ValueFormat.Number(Math.Abs(verdict.Distance))} deviations {side} the expected {expected}";
        var band = $"band {ValueFormat.Metric(verdict.Lower, unit)} to {ValueFormat.Metric(verdict.Upper, unit)}";
        var leftOut = verdict.LeftOut.Count == 0 ? "none left out" : $"{verdict.LeftOut.Count} left out";
        var summary = $"{ValueFormat.Metric(value, unit)} is {distance} ({method} over {verdict.Used} past windows, {leftOut}; {band})";

        var rows = new List<IReadOnlyList<EvidenceCell>>
        {
            new EvidenceCell[] { "method", method },
            new EvidenceCell[] { "expected", verdict.Estimate.Expected },
            new EvidenceCell[] { "typical deviation", verdict.Estimate.Scale },
            new EvidenceCell[] { baseline.JudgesChange ? "relative change" : "deviations", verdict.Distance },
            new EvidenceCell[] { "band lower", verdict.Lower },
            new EvidenceCell[] { "band upper", verdict.Upper },
            new EvidenceCell[] { "past windows used", verdict.Used },
            new EvidenceCell[] { "past windows left out", verdict.LeftOut.Count },
        };
        if (verdict.Weights is { } weights)
        {
            rows.Add(["smoothing (level, trend, seasonal)", $"{ValueFormat.Number(weights.Level)}, {ValueFormat.Number(weights.Trend)}, {ValueFormat.Number(weights.Seasonal)}"]);
        }

        var tables = new List<EvidenceTable> { new("Baseline", ["quantity", "value"], rows) };
        if (verdict.LeftOut.Count > 0)
        {
            var left = new List<IReadOnlyList<EvidenceCell>>();
            foreach (var window in verdict.LeftOut)
            {
                left.Add([ValueFormat.Instant(window.Start), window.Reason]);
            }

            tables.Add(new EvidenceTable("Left out of the baseline", ["window start", "reason"], left));
        }

        return new Evidence(summary, tables);
    }
}
