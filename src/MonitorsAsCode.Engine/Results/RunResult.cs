namespace MonitorsAsCode.Engine.Results;

/// <summary>Everything a run produced: one result per monitor in definition order, and one per gate.</summary>
public sealed record RunResult(IReadOnlyList<CheckResult> Results, IReadOnlyList<GateResult> Gates)
{
    /// <summary>The SLOs evaluated (all, or only a selected gate's), in definition order; reported apart from the monitors.</summary>
    public IReadOnlyList<SloResult> Slos { get; init; } = [];

    /// <summary>Whether any evaluated monitor or SLO failed or errored, or any gate failed.</summary>
    public bool HasFailures
    {
        get
        {
            foreach (var result in Results)
            {
                if (result.Status is CheckStatus.Fail or CheckStatus.Error)
                {
                    return true;
                }
            }

            foreach (var slo in Slos)
            {
                if (slo.Status is CheckStatus.Fail or CheckStatus.Error)
                {
                    return true;
                }
            }

            foreach (var gate in Gates)
            {
                if (gate.Status is CheckStatus.Fail or CheckStatus.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Number of results with this status.</summary>
    public int Count(CheckStatus status)
    {
        var count = 0;
        foreach (var result in Results)
        {
            if (result.Status == status)
            {
                count++;
            }
        }

        return count;
    }
}
