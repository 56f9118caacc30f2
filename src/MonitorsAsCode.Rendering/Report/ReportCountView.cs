namespace MonitorsAsCode.Rendering.Report;

/// <summary>How many monitors have a status; <see cref="Status"/> doubles as a CSS class.</summary>
internal sealed record ReportCountView(string Status, int Count)
{
    public bool Any => Count > 0;
}
