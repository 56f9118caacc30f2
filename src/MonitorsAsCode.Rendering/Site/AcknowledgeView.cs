namespace MonitorsAsCode.Rendering.Site;

/// <summary>How long an alert of a severity may wait to be acknowledged (<c>30m</c>, <c>1d</c>).</summary>
internal sealed record AcknowledgeView(string Severity, string Within);
