using MonitorsAsCode.Definitions.Monitors;
using MonitorsAsCode.Engine.Results;

namespace MonitorsAsCode.Engine.Running;

/// <summary>Turns a measured value and a monitor's thresholds into a verdict, and members' verdicts into a gate's.</summary>
public static class StatusPolicy
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
}
