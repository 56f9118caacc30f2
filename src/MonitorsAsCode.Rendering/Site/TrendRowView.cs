namespace MonitorsAsCode.Rendering.Site;

/// <summary>One window of a trend table, every number formatted in the metric's unit.</summary>
/// <param name="Window">The window as people read it (<c>2026-10-01</c>), or the span of a gap.</param>
/// <param name="Status">The status word, for a CSS class: pass, warn, fail, error, skipped (a gap is skipped).</param>
/// <param name="Label">The status as a table shows it (FAIL, WARN, pass), or <c>no record</c> for a gap.</param>
/// <param name="Value">The measured value, or <c>-</c>.</param>
/// <param name="Warn">The warn limits recorded with the window, or <c>-</c>.</param>
/// <param name="Fail">The fail limits recorded with the window, or <c>-</c>.</param>
/// <param name="Events">The known events over the window: <c>campaign-2026-10 (campaign, suppress)</c>, or empty.</param>
internal sealed record TrendRowView(string Window, string Status, string Label, string Value, string Warn, string Fail, string Events)
{
    /// <summary>Whether nothing was recorded for this slot.</summary>
    public bool Gap => Label == TrendView.GapLabel;
}
