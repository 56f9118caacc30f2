using MonitorsAsCode.Definitions.Gates;
using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Running;

/// <summary>Turns a measured value and a monitor's thresholds into a verdict, and members' verdicts into a gate's.</summary>
internal static class StatusPolicy
{
    /// <summary>Fail when the fail threshold is breached, warn when the warn threshold is, else pass; a NaN value is an error.</summary>
    public static CheckStatus Judge(double value, Threshold? warn, Threshold? fail)
    {
        if (double.IsNaN(value))
        {
            return CheckStatus.Error;
        }

        if (fail is { } f && f.IsBreachedBy(value))
        {
            return CheckStatus.Fail;
        }

        return warn is { } w && w.IsBreachedBy(value) ? CheckStatus.Warn : CheckStatus.Pass;
    }

    /// <summary>A gate fails when any member fails or errors, warns when any warns, and passes otherwise.</summary>
    public static CheckStatus Gate(IEnumerable<CheckStatus> members)
    {
        var status = CheckStatus.Pass;
        foreach (var member in members)
        {
            if (member is CheckStatus.Fail or CheckStatus.Error)
            {
                return CheckStatus.Fail;
            }

            if (member == CheckStatus.Warn)
            {
                status = CheckStatus.Warn;
            }
        }

        return status;
    }

    /// <summary>A member's contribution to a quality score: pass 1, warn 0.5, fail or error 0; null for skipped (not counted).</summary>
    public static double? QualityPoints(CheckStatus status) => status switch
    {
        CheckStatus.Pass => 1,
        CheckStatus.Warn => 0.5,
        CheckStatus.Fail or CheckStatus.Error => 0,
        _ => null,
    };

    /// <summary>
    /// A gate's dataset quality score: Σ weight(kind)·points(status) / Σ weight(kind) over the members whose kind has a
    /// positive weight and that were not skipped (<see cref="QualityPoints"/>). Null when no member counts.
    /// </summary>
    public static double? QualityScore(IEnumerable<(CheckKind Check, CheckStatus Status)> members, GateQuality quality)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(quality);
        var weighted = 0.0;
        var total = 0.0;
        foreach (var (check, status) in members)
        {
            var weight = quality.WeightOf(check);
            if (weight > 0 && QualityPoints(status) is { } points)
            {
                weighted += weight * points;
                total += weight;
            }
        }

        return total > 0 ? weighted / total : null;
    }
}
