namespace MonitorsAsCode.Engine.Results;

/// <summary>Everything a run produced: one result per monitor in definition order, and one per gate.</summary>
public sealed record RunResult(IReadOnlyList<CheckResult> Results, IReadOnlyList<GateResult> Gates)
{
    /// <summary>The SLOs evaluated (all, or only a selected gate's), in definition order; reported apart from the monitors.</summary>
    public IReadOnlyList<SloResult> Slos { get; init; } = [];

    /// <summary>The gate selected with <c>--gate</c>, whose verdict alone decides <see cref="Fails"/>; null when everything ran.</summary>
    public string? SelectedGate { get; init; }

    /// <summary>
    /// Whether the run fails at this strictness. With a selected gate: its verdict, except that an advisory gate
    /// never fails the run. Otherwise: any monitor or SLO that failed or errored, or any blocking gate that failed
    /// (an advisory gate's own verdict never counts); with <see cref="FailOn.Warn"/>, warnings of those count too. A monitor
    /// result suppressed by a known event counts as passing (<see cref="CheckResult.CountedStatus"/>).
    /// </summary>
    public bool Fails(FailOn failOn)
    {
        bool Counts(CheckStatus status) => status is CheckStatus.Fail or CheckStatus.Error || (failOn == FailOn.Warn && status == CheckStatus.Warn);

        if (SelectedGate is not null)
        {
            foreach (var gate in Gates)
            {
                if (string.Equals(gate.Id, SelectedGate, StringComparison.Ordinal))
                {
                    return gate.Mode == Definitions.Gates.GateMode.Blocking && Counts(gate.Status);
                }
            }
        }

        foreach (var result in Results)
        {
            if (Counts(result.CountedStatus))
            {
                return true;
            }
        }

        foreach (var slo in Slos)
        {
            if (Counts(slo.Status))
            {
                return true;
            }
        }

        foreach (var gate in Gates)
        {
            if (gate.Mode == Definitions.Gates.GateMode.Blocking && Counts(gate.Status))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any evaluated monitor (not suppressed by a known event) or SLO failed or errored, or any gate failed.</summary>
    public bool HasFailures
    {
        get
        {
            foreach (var result in Results)
            {
                if (result.CountedStatus is CheckStatus.Fail or CheckStatus.Error)
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
