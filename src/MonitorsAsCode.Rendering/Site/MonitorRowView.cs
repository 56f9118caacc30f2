namespace MonitorsAsCode.Rendering.Site;

/// <summary>A monitor as a row of a list or table: its link, what it checks, and its last result when there is one.</summary>
internal sealed record MonitorRowView(string Id, string Href, LinkView Dataset, string Check, string Severity, string? Owner, string? Description, ResultView? Result);
