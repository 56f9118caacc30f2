namespace MonitorsAsCode.Rendering.Slos;

/// <summary>One burn-rate condition of a run: the burn rates over its long and short windows against the factor both must exceed.</summary>
internal sealed record SloBurnRateView(string Severity, string LongWindow, string LongBurnRate, string ShortWindow, string ShortBurnRate, string Factor, bool Firing)
{
    /// <summary><c>yes</c> or <c>no</c>, for tables.</summary>
    public string FiringText => Firing ? "yes" : "no";
}
