namespace MonitorsAsCode.Rendering.Site;

/// <summary>Who owns and who is paged, the times to acknowledge by severity, and the next steps.</summary>
internal sealed record EscalationView(string? Owner, string? OnCall, IReadOnlyList<AcknowledgeView> Acknowledge, IReadOnlyList<string> Steps);
