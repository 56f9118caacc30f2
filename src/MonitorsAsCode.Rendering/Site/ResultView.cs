namespace MonitorsAsCode.Rendering.Site;

/// <summary>A monitor's last result as templates show it; every number already formatted in the metric's unit.</summary>
/// <param name="Status">The status word: pass, warn, fail, error, skipped.</param>
/// <param name="Label">The status as a table shows it: FAIL, ERROR, WARN, pass, skipped.</param>
/// <param name="Value">The measured value, or <c>-</c>.</param>
/// <param name="Warn">The warn threshold, or <c>-</c>.</param>
/// <param name="Fail">The fail threshold, or <c>-</c>.</param>
/// <param name="Metric">What was measured (<c>psi</c>, <c>null share</c>).</param>
/// <param name="Summary">The evidence sentence.</param>
/// <param name="Tables">The evidence tables.</param>
internal sealed record ResultView(string Status, string Label, string Value, string Warn, string Fail, string Metric, string Summary, IReadOnlyList<EvidenceTableView> Tables)
{
    public bool Failed => Status is "fail" or "error";

    public bool Warned => Status == "warn";

    public bool Passed => Status == "pass";

    public bool Skipped => Status == "skipped";

    /// <summary>What known events did to the result (<c>suppressed: campaign-2026-10</c>), or empty without events.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>The known events over the result's window, in declaration order.</summary>
    public IReadOnlyList<EventView> Events { get; init; } = [];
}
